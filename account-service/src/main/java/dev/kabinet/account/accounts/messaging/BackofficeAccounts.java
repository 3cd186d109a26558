package dev.kabinet.account.accounts.messaging;

import dev.kabinet.account.accounts.AccountRecordInvalid;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.function.Supplier;

/** The topic of the back office's account records and what its listeners share. */
final class BackofficeAccounts {

    /**
     * Written by the back office, declared by account-service ({@code system/KafkaTopics}): {@code backoffice.accounts},
     * or {@code kabinet.backoffice.accounts-topic} (the import benchmark's account-service reads a topic of its own).
     */
    static final String TOPIC_SETTING = "${kabinet.backoffice.accounts-topic:backoffice.accounts}";

    /** The name both listeners record their events under in the inbox. */
    static final String CONSUMER = "account.backoffice-accounts";

    private BackofficeAccounts() {}

    /**
     * Runs {@code effect}; a record that cannot be an account is malformed: dead-lettered at once with the reason
     * {@code invalid-record: <where> <rule>}, never retried, and the transaction (inbox row included) rolls back.
     */
    static <T> T applying(Supplier<T> effect) {
        try {
            return effect.get();
        } catch (AccountRecordInvalid e) {
            throw new MalformedEvent("invalid-record: " + e.getMessage(), e);
        }
    }
}
