package dev.kabinet.backoffice.contacts.messaging;

import dev.kabinet.backoffice.contacts.ContactRecords;
import dev.kabinet.backoffice.contacts.ContactRecords.Contact;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes residents' contact and preference changes from {@code account.contact-changes} into the back office's records
 * (AC-3, BO-5). Other event types on the topic are skipped. Logs the account's masked number and the changed field
 * names, never the values.
 */
@Component
class ContactChangesListener {

    private static final Logger log = LoggerFactory.getLogger(ContactChangesListener.class);
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ContactRecords records;

    ContactChangesListener(ContactRecords records) {
        this.records = records;
    }

    @KafkaListener(
            topics = "${kabinet.backoffice-demo.contacts-topic:" + ContactChangedV1.TOPIC + "}",
            autoStartup = "${kabinet.backoffice-demo.answers:true}")
    void on(ConsumerRecord<String, String> record) {
        var type = record.headers().lastHeader("ce_type");
        if (type == null || !ContactChangedV1.TYPE.equals(new String(type.value()))) {
            return;
        }
        var change = read(record.value());
        boolean taken = records.take(
                change.accountNumber(),
                new Contact(
                        change.sequence(),
                        change.phone(),
                        change.email(),
                        change.smsInforming(),
                        change.emailInforming(),
                        change.billDelivery()));
        log.info(
                "Contact change {} of account {}: {}",
                taken ? "recorded" : "older than recorded, ignored",
                mask(change.accountNumber()),
                change.changedFields());
    }

    static ContactChangedV1 read(String json) {
        return JSON.readValue(json, ContactChangedV1.class);
    }

    static String mask(String number) {
        return number.length() <= 4
                ? "****"
                : number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }
}
