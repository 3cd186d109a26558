package dev.kabinet.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CloudEvents attributes are read from Kafka headers")
class IncomingEventTest {

    @Test
    void readsTheBinaryModeAttributes() {
        var id = UUID.randomUUID();
        var record = new ConsumerRecord<>("metering.readings", 0, 7L, "1000000011", "{\"a\":1}");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", "metering.ReadingSubmitted.v1");
        header(record, "ce_source", "/kabinet/metering-service");
        header(record, "ce_subject", "1000000011");
        header(record, "ce_time", "2026-11-22T09:15:30.123Z");

        var event = IncomingEvent.from(record);

        assertThat(event.id()).isEqualTo(id);
        assertThat(event.type()).isEqualTo("metering.ReadingSubmitted.v1");
        assertThat(event.subject()).isEqualTo("1000000011");
        assertThat(event.time()).isNotNull();
        assertThat(event.data()).isEqualTo("{\"a\":1}");
    }

    @Test
    void refusesARecordWithoutIdOrType() {
        var record = new ConsumerRecord<>("metering.readings", 0, 7L, "1000000011", "{}");
        header(record, "ce_type", "metering.ReadingSubmitted.v1");
        assertThatThrownBy(() -> IncomingEvent.from(record)).isInstanceOf(IncomingEvent.MalformedEvent.class);
    }

    @Test
    void refusesAnIdThatIsNotAUuid() {
        var record = new ConsumerRecord<>("metering.readings", 0, 7L, "1000000011", "{}");
        header(record, "ce_id", "not-a-uuid");
        header(record, "ce_type", "metering.ReadingSubmitted.v1");
        assertThatThrownBy(() -> IncomingEvent.from(record)).isInstanceOf(IncomingEvent.MalformedEvent.class);
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
