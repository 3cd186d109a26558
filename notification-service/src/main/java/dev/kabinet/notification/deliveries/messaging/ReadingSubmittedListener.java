package dev.kabinet.notification.deliveries.messaging;

import dev.kabinet.notification.deliveries.ReadingNotifications;
import dev.kabinet.platform.messaging.IncomingEvent;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the resident each reading metering publishes was received (NT-1). Other event types on the topic are
 * skipped; a payload that is not a reading goes to {@code metering.readings.DLT} at once, other failures after the
 * platform's retries.
 */
@Component
class ReadingSubmittedListener {

    private static final Logger log = LoggerFactory.getLogger(ReadingSubmittedListener.class);

    private final ReadingNotifications notifications;
    private final JsonMapper json;

    ReadingSubmittedListener(ReadingNotifications notifications, JsonMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    @KafkaListener(topics = "metering.readings", groupId = "notification-service")
    void on(ConsumerRecord<String, String> record) {
        var event = IncomingEvent.from(record);
        if (!ReadingSubmittedV1.TYPE.equals(event.type())) {
            log.debug("Skipping {} event {}", event.type(), event.id());
            return;
        }
        if (event.data() == null) {
            throw new MalformedEvent("Event " + event.id() + " without data");
        }
        var reading = json.readValue(event.data(), ReadingSubmittedV1.class).toReceivedReading();
        notifications.readingReceived(event.id(), event.type(), reading);
    }
}
