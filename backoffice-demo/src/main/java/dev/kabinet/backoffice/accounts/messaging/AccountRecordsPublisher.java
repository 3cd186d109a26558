package dev.kabinet.backoffice.accounts.messaging;

import dev.kabinet.backoffice.accounts.AccountsProperties;
import dev.kabinet.demodata.AccountJson;
import dev.kabinet.demodata.AccountUpsertedV1;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends account records on {@code backoffice.accounts} the way a back office does (asyncapi.yaml, docs/adr/0009): key =
 * account number, value = the record's JSON, CloudEvents 1.0 in binary mode ({@code ce_*} headers, type {@code
 * backoffice.AccountUpserted.v1}, subject = account number, time = the record's {@code changedAt}).
 *
 * <p>The event id is derived from the type, account number and revision (a name-based UUID): sending the same record
 * again is the same event, so account-service's inbox drops it, and its revision check would anyway. Records are handed
 * to the producer as they are read; the producer's bounded buffer holds the sender back when the broker is slower
 * ({@code buffer.memory}), so memory stays constant whatever the number. Any record the broker does not acknowledge
 * stops the sending and fails the whole send.
 */
@Component
public class AccountRecordsPublisher {

    /** The CloudEvents source of everything this back office sends. */
    public static final String SOURCE = "/backoffice/demo";

    private final KafkaTemplate<String, String> kafka;
    private final String topic;

    public AccountRecordsPublisher(KafkaTemplate<String, String> kafka, AccountsProperties properties) {
        this.kafka = kafka;
        this.topic = properties.topic();
    }

    /**
     * Sends every record and waits until the broker acknowledged them all; returns how many were sent.
     *
     * @throws CompletionException when a record could not be sent (Kafka unreachable, topic missing …)
     */
    public long publish(Iterator<AccountUpsertedV1> records) {
        var failure = new AtomicReference<Throwable>();
        long sent = 0;
        while (records.hasNext() && failure.get() == null) {
            kafka.send(record(topic, records.next())).whenComplete((result, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            });
            sent++;
        }
        // returns once every record sent is acknowledged or failed, and its callback ran
        kafka.flush();
        if (failure.get() != null) {
            throw new CompletionException("Kafka did not acknowledge every account record", failure.get());
        }
        return sent;
    }

    /** The event id of a record: the same for the same account at the same revision. */
    public static UUID eventId(AccountUpsertedV1 account) {
        return UUID.nameUUIDFromBytes(
                (AccountUpsertedV1.TYPE + "/" + account.accountNumber() + "/" + account.revision())
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The record of one account as a back office sends it: key, JSON value, CloudEvents headers. */
    public static ProducerRecord<String, String> record(String topic, AccountUpsertedV1 account) {
        var record = new ProducerRecord<>(topic, account.accountNumber(), AccountJson.write(account));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId(account).toString());
        header(record, "ce_source", SOURCE);
        header(record, "ce_type", AccountUpsertedV1.TYPE);
        header(record, "ce_time", account.changedAt());
        header(record, "ce_subject", account.accountNumber());
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
