package dev.kabinet.account.accounts.messaging;

import dev.kabinet.account.accounts.AccountRegister;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applies each account record the back office sends (BO-1). The platform's listener path (docs/adr/0005-messaging.md)
 * validates it against the contract first and records the event in the inbox with the effect; a record that is no
 * account goes to {@code backoffice.accounts.DLT} at once with the reason; an older revision changes nothing
 * (docs/adr/0009).
 */
@Component
class AccountUpsertedListener implements EventHandler<AccountUpsertedV1> {

    private final AccountRegister register;

    AccountUpsertedListener(AccountRegister register) {
        this.register = register;
    }

    @Override
    public Subscription<AccountUpsertedV1> subscription() {
        return new Subscription<>(
                BackofficeAccounts.TOPIC, AccountUpsertedV1.TYPE, AccountUpsertedV1.class, BackofficeAccounts.CONSUMER);
    }

    @Override
    public void handle(UUID eventId, AccountUpsertedV1 event) {
        BackofficeAccounts.applying(() -> register.record(event.toRecord()));
    }
}
