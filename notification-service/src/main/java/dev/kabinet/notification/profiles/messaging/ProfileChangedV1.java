package dev.kabinet.notification.profiles.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.notification.deliveries.Language;
import dev.kabinet.notification.deliveries.ProfileChange;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Notification's own copy of {@code identity.ProfileChanged.v1} (contracts/events). The golden example of the contract
 * must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProfileChangedV1(
        @Nullable String userId,
        @Nullable String change,
        @Nullable Instant changedAt,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String language) {

    static final String TYPE = "identity.ProfileChanged.v1";

    ProfileChange toProfileChange() {
        if (userId == null || change == null || changedAt == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
        ProfileChange.What what;
        try {
            what = ProfileChange.What.valueOf(change);
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("invalid-record: /change unknown", e);
        }
        return new ProfileChange(userId, what, changedAt, email, phone, Language.of(language));
    }
}
