package dev.kabinet.account.accounts.messaging;

import dev.kabinet.account.accounts.AccountRecord;
import dev.kabinet.account.accounts.AccountRegister;
import dev.kabinet.platform.messaging.BatchEventHandler;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Applies the account records the back office sends (BO-1), a poll's worth at a time: the platform's batch listener
 * path (docs/adr/0031) validates each against the contract first and records the events in the inbox with the effect,
 * in one transaction; {@link AccountRegister#recordAll} writes the accounts with one statement per table. A record that
 * is no account goes to {@code backoffice.accounts.DLT} with the reason (the batch is then applied one record at a
 * time, the others still applied); an older revision changes nothing (docs/adr/0009).
 */
@Component
class AccountUpsertedListener implements BatchEventHandler<AccountUpsertedV1> {

    private final AccountRegister register;
    private final String topic;

    AccountUpsertedListener(AccountRegister register, @Value(BackofficeAccounts.TOPIC_SETTING) String topic) {
        this.register = register;
        this.topic = topic;
    }

    @Override
    public Subscription<AccountUpsertedV1> subscription() {
        return new Subscription<>(topic, AccountUpsertedV1.TYPE, AccountUpsertedV1.class, BackofficeAccounts.CONSUMER);
    }

    @Override
    public void handleAll(List<Delivery<AccountUpsertedV1>> events) {
        var records = new ArrayList<AccountRecord>(events.size());
        for (var delivery : events) {
            records.add(BackofficeAccounts.applying(() -> delivery.event().toRecord()));
        }
        register.recordAll(records);
    }
}
