package dev.kabinet.notification.profiles.messaging;

import dev.kabinet.notification.profiles.SecurityNotices;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Security notices (NT-1, NT-2): each {@code identity.ProfileChanged.v1} on {@code identity.profiles}. */
@Component
class ProfileChangedListener implements EventHandler<ProfileChangedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "notification.profile-changed";

    static final String TOPIC = "identity.profiles";

    private final SecurityNotices notices;

    ProfileChangedListener(SecurityNotices notices) {
        this.notices = notices;
    }

    @Override
    public Subscription<ProfileChangedV1> subscription() {
        return new Subscription<>(TOPIC, ProfileChangedV1.TYPE, ProfileChangedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, ProfileChangedV1 event) {
        notices.profileChanged(eventId, event.toProfileChange());
    }
}
