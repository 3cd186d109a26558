package dev.kabinet.billing.accounts.messaging;

import dev.kabinet.billing.accounts.BilledAccounts;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps billing's accounts in step with the accounts account-service publishes (issue #7, BL-1): each
 * {@code account.AccountChanged.v1} replaces the account's services, charge lines, areas, residents and closed flag,
 * in {@code sequence} order. The platform's listener path (docs/adr/0005-messaging.md) validates the event against its
 * contract, records it in the inbox with the change, and dead-letters a malformed one at once to
 * {@code account.accounts.DLT}.
 */
@Component
class AccountChangedListener implements EventHandler<AccountChangedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "billing.billed-accounts";

    static final String TOPIC = "account.accounts";

    private final BilledAccounts accounts;

    AccountChangedListener(BilledAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Subscription<AccountChangedV1> subscription() {
        return new Subscription<>(TOPIC, AccountChangedV1.TYPE, AccountChangedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, AccountChangedV1 event) {
        accounts.apply(event.toBilledAccount());
    }
}
