package dev.kabinet.account.accounts.messaging;

import dev.kabinet.account.accounts.AccountRegister;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Closes an account when the back office says so (BO-1): residents then see it marked closed, not gone. A close of an
 * account never received goes to {@code backoffice.accounts.DLT} at once; an older revision changes nothing.
 */
@Component
class AccountClosedListener implements EventHandler<AccountClosedV1> {

    private final AccountRegister register;
    private final String topic;

    AccountClosedListener(AccountRegister register, @Value(BackofficeAccounts.TOPIC_SETTING) String topic) {
        this.register = register;
        this.topic = topic;
    }

    @Override
    public Subscription<AccountClosedV1> subscription() {
        return new Subscription<>(topic, AccountClosedV1.TYPE, AccountClosedV1.class, BackofficeAccounts.CONSUMER);
    }

    @Override
    public void handle(UUID eventId, AccountClosedV1 event) {
        BackofficeAccounts.applying(() -> register.close(event.accountNumber(), event.revision(), event.closedOn()));
    }
}
