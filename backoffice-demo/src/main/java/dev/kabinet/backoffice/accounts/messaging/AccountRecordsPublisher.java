package dev.kabinet.backoffice.accounts.messaging;

import dev.kabinet.backoffice.accounts.AccountsProperties;
import dev.kabinet.demodata.AccountJson;
import dev.kabinet.demodata.AccountUpsertedV1;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * to the producer as they are read and acknowledgements awaited every {@value #WINDOW} records, so memory stays constant
 * whatever the number; any record the broker does not acknowledge fails the whole send.
 */
@Component
public class AccountRecordsPublisher {

    /** The CloudEvents source of everything this back office sends. */
    public static final String SOURCE = "/backoffice/demo";

    static final int WINDOW = 5_000;

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
        long sent = 0;
        List<CompletableFuture<?>> pending = new ArrayList<>(WINDOW);
        while (records.hasNext()) {
            pending.add(kafka.send(record(records.next())));
            sent++;
            if (pending.size() == WINDOW) {
                awaitAll(pending);
            }
        }
        awaitAll(pending);
        return sent;
    }

    /** The event id of a record: the same for the same account at the same revision. */
    public static UUID eventId(AccountUpsertedV1 account) {
        return UUID.nameUUIDFromBytes(
                (AccountUpsertedV1.TYPE + "/" + account.accountNumber() + "/" + account.revision())
                        .getBytes(StandardCharsets.UTF_8));
    }

    private ProducerRecord<String, String> record(AccountUpsertedV1 account) {
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

    private static void awaitAll(List<CompletableFuture<?>> pending) {
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        pending.clear();
    }
}
