package dev.kabinet.identity.profiles.messaging;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * {@code identity.ProfileChanged.v1} on {@code identity.profiles} (contracts/events, ADR 0033): a login's password,
 * e-mail, username or phone changed; notification-service sends the notice.
 */
public record ProfileChangedV1(
        String userId,
        String change,
        OffsetDateTime changedAt,
        @Nullable String email,
        @Nullable String phone,
        String language) {

    public static final String TYPE = "identity.ProfileChanged.v1";

    @Override
    public String toString() {
        return "ProfileChangedV1[" + change + "]";
    }
}
