package dev.kabinet.billing.readings.messaging;

import dev.kabinet.billing.previews.ChargePreviews;
import dev.kabinet.platform.messaging.IncomingEvent;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prices each reading metering publishes (MT-7). Other event types on the topic are skipped. A payload that is not a
 * reading goes to {@code metering.readings.DLT} at once; a missing tariff is retried, then dead-lettered (the
 * platform's error handler).
 */
@Component
class ReadingSubmittedListener {

    private static final Logger log = LoggerFactory.getLogger(ReadingSubmittedListener.class);

    private final ChargePreviews previews;
    private final JsonMapper json;

    ReadingSubmittedListener(ChargePreviews previews, JsonMapper json) {
        this.previews = previews;
        this.json = json;
    }

    @KafkaListener(topics = "metering.readings", groupId = "billing-service")
    void on(ConsumerRecord<String, String> record) {
        var event = IncomingEvent.from(record);
        if (!ReadingSubmittedV1.TYPE.equals(event.type())) {
            log.debug("Skipping {} event {}", event.type(), event.id());
            return;
        }
        if (event.data() == null) {
            throw new MalformedEvent("Event " + event.id() + " without data");
        }
        var reading = json.readValue(event.data(), ReadingSubmittedV1.class).toSubmittedReading();
        previews.previewCharge(event.id(), event.type(), reading);
    }
}
