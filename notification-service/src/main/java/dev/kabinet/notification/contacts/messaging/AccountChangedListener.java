package dev.kabinet.notification.contacts.messaging;

import dev.kabinet.notification.contacts.Contacts;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps notification's contacts in step with the accounts account-service publishes (issue #7, AC-3, NT-1): each
 * {@code account.AccountChanged.v1} replaces the account's phone, e-mail and informing preferences, in {@code sequence}
 * order. The platform's listener path (docs/adr/0005-messaging.md) validates the event against its contract, records it
 * in the inbox with the change, and dead-letters a malformed one at once to {@code account.accounts.DLT}.
 */
@Component
class AccountChangedListener implements EventHandler<AccountChangedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "notification.account-contacts";

    static final String TOPIC = "account.accounts";

    private final Contacts contacts;

    AccountChangedListener(Contacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public Subscription<AccountChangedV1> subscription() {
        return new Subscription<>(TOPIC, AccountChangedV1.TYPE, AccountChangedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, AccountChangedV1 event) {
        contacts.apply(event.toContactChange());
    }
}
