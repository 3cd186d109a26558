package dev.kabinet.metering.meters.messaging;

import dev.kabinet.metering.meters.MeterOfAnotherAccount;
import dev.kabinet.metering.meters.MeterRegistry;
import dev.kabinet.platform.messaging.EventHandler;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps metering's meters in step with the accounts account-service publishes (issue #7, MT-1, MT-2): each
 * {@code account.AccountChanged.v1} replaces the account's meters and closed flag, in {@code sequence} order. The
 * platform's listener path (docs/adr/0005-messaging.md) validates the event against its contract, records it in the
 * inbox with the change, and dead-letters a malformed one at once to {@code account.accounts.DLT}.
 */
@Component
class AccountChangedListener implements EventHandler<AccountChangedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "metering.account-meters";

    static final String TOPIC = "account.accounts";

    private final MeterRegistry registry;

    AccountChangedListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Subscription<AccountChangedV1> subscription() {
        return new Subscription<>(TOPIC, AccountChangedV1.TYPE, AccountChangedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, AccountChangedV1 event) {
        try {
            registry.apply(event.toAccountMeters());
        } catch (MeterOfAnotherAccount e) {
            throw new MalformedEvent("invalid-record: /meters/" + e.position() + "/id on another open account", e);
        }
    }
}
