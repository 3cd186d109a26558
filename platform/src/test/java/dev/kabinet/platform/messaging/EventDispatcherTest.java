package dev.kabinet.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.GoldenEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The listener path validates an event against its contract before any effect (#5)")
class EventDispatcherTest {

    static final String TYPE = "metering.ReadingSubmitted.v1";

    /** A consumer's own record of the event, as billing or notification keep one. */
    record Reading(UUID readingId, String accountNumber, Map<String, String> values) {}

    final List<UUID> handled = new ArrayList<>();
    final FakeInbox inbox = new FakeInbox();
    final EventHandler<Reading> handler = new EventHandler<>() {
        @Override
        public Subscription<Reading> subscription() {
            return new Subscription<>("metering.readings", TYPE, Reading.class, "test.consumer");
        }

        @Override
        public void handle(UUID eventId, Reading event) {
            handled.add(eventId);
        }
    };
    final EventDispatcher dispatcher = new EventDispatcher(
            "metering.readings",
            List.of(handler),
            new EventSchemas(),
            JsonMapper.builder().build(),
            inbox,
            new TransactionTemplate(new NoTransactions()));

    @Test
    void theGoldenExampleReachesTheHandlerOnce() {
        var id = UUID.randomUUID();
        dispatcher.dispatch(record(id, TYPE, GoldenEvent.of(TYPE).json()));
        dispatcher.dispatch(record(
                id, TYPE, GoldenEvent.of(TYPE).with("values.T1", "9999.9").json()));

        assertThat(handled).containsExactly(id);
    }

    static List<GoldenEvent> hostilePayloads() {
        return List.of(
                GoldenEvent.of(TYPE).with("values.T1", "1E+200000"),
                GoldenEvent.of(TYPE).withRaw("values.T1", "1E+200000"),
                GoldenEvent.of(TYPE).with("values.T1", "NaN"),
                GoldenEvent.of(TYPE).with("values.T1", "Infinity"),
                GoldenEvent.of(TYPE).with("values.T1", "-5012.5"),
                GoldenEvent.of(TYPE).with("values.T1", "5".repeat(200_000)),
                GoldenEvent.of(TYPE).with("values.T1", 5012.5),
                GoldenEvent.of(TYPE).with("values", Map.of()),
                GoldenEvent.of(TYPE).with("values.T9", "1.0"),
                GoldenEvent.of(TYPE).without("readingId"),
                GoldenEvent.of(TYPE).without("values"),
                GoldenEvent.of(TYPE).with("readingId", "not-a-uuid"),
                GoldenEvent.of(TYPE).with("meterId", "102"),
                GoldenEvent.of(TYPE).with("meterId", -1),
                GoldenEvent.of(TYPE).withRaw("meterId", "1E+200000"),
                GoldenEvent.of(TYPE).with("accountNumber", "1000000012; drop table"),
                GoldenEvent.of(TYPE).with("serialNumber", "Э".repeat(200_000)),
                GoldenEvent.of(TYPE).with("serialNumber", "ЭМ\u0000-102"),
                GoldenEvent.of(TYPE).with("submittedAt", "yesterday"),
                GoldenEvent.of(TYPE).with("service", "WINE"),
                GoldenEvent.of(TYPE).with("extra", "field"));
    }

    @ParameterizedTest
    @MethodSource("hostilePayloads")
    void aPayloadBreakingTheContractIsRefusedWithAReasonAndNoEffect(GoldenEvent payload) {
        var id = UUID.randomUUID();

        assertThatThrownBy(() -> dispatcher.dispatch(record(id, TYPE, payload.json())))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageStartingWith("contract-violation: ")
                .message()
                .hasSizeLessThan(1_000)
                .doesNotContain("200000", "NaN", "drop table", "yesterday", "WINE");
        assertThat(handled).isEmpty();
        assertThat(inbox.seen).isEmpty();
    }

    @Test
    void aBareNanOrSomethingThatIsNoJsonIsRefused() {
        for (String data : List.of(
                GoldenEvent.of(TYPE).withRaw("values.T1", "NaN").json(), "{\"readingId\": not json", "[]", "\"\"")) {
            assertThatThrownBy(() -> dispatcher.dispatch(record(UUID.randomUUID(), TYPE, data)))
                    .isInstanceOf(MalformedEvent.class)
                    .message()
                    .doesNotContain("not json");
        }
        assertThat(handled).isEmpty();
    }

    @Test
    @DisplayName("An unknown version of a handled type is refused; another consumer's type is skipped, contract or not"
            + " (#5, #11)")
    void anUnknownVersionIsRefusedAndAKnownTypeNoHandlerTakesIsSkipped() {
        assertThatThrownBy(() -> dispatcher.dispatch(record(
                        UUID.randomUUID(),
                        "metering.ReadingSubmitted.v9",
                        GoldenEvent.of(TYPE).json())))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageStartingWith("unknown-type: ");
        assertThatThrownBy(() -> dispatcher.dispatch(record(
                        UUID.randomUUID(),
                        "../../etc/passwd",
                        GoldenEvent.of(TYPE).json())))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageNotContaining("/");

        // another version of the handled type fails loudly even where its contract exists (issue #11)
        assertThatThrownBy(() -> dispatcher.dispatch(record(
                        UUID.randomUUID(),
                        "metering.ReadingSubmitted.v2",
                        GoldenEvent.of(TYPE).json())))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageStartingWith("unknown-type: ")
                .hasMessageContaining("another version of " + TYPE);
        // another consumer's type is skipped, with a contract in this build or not yet
        dispatcher.dispatch(record(
                UUID.randomUUID(),
                "metering.ReadingDeleted.v1",
                GoldenEvent.of("metering.ReadingDeleted.v1").json()));
        dispatcher.dispatch(record(UUID.randomUUID(), "metering.ReadingCorrected.v1", "{}"));
        assertThat(handled).isEmpty();
        assertThat(inbox.seen).isEmpty();

        var skipping = new EventDispatcher(
                "metering.readings",
                List.of(),
                new EventSchemas(),
                JsonMapper.builder().build(),
                inbox,
                new TransactionTemplate(new NoTransactions()));
        skipping.dispatch(record(UUID.randomUUID(), TYPE, GoldenEvent.of(TYPE).json()));
        assertThat(handled).isEmpty();
    }

    @Test
    void anEventWithoutDataOrIdIsRefused() {
        assertThatThrownBy(() -> dispatcher.dispatch(record(UUID.randomUUID(), TYPE, null)))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageStartingWith("no-data");
        var withoutId = new ConsumerRecord<>(
                "metering.readings", 0, 1L, "1000000012", GoldenEvent.of(TYPE).json());
        header(withoutId, "ce_type", TYPE);
        assertThatThrownBy(() -> dispatcher.dispatch(withoutId)).isInstanceOf(MalformedEvent.class);
    }

    @Test
    void aHandlerWithoutAContractDoesNotStart() {
        var unknown = new EventHandler<Reading>() {
            @Override
            public Subscription<Reading> subscription() {
                return new Subscription<>("metering.readings", "metering.ReadingSubmitted.v9", Reading.class, "x");
            }

            @Override
            public void handle(UUID eventId, Reading event) {}
        };
        assertThatThrownBy(() -> new EventDispatcher(
                        "metering.readings",
                        List.of(unknown),
                        new EventSchemas(),
                        JsonMapper.builder().build(),
                        inbox,
                        new TransactionTemplate(new NoTransactions())))
                .isInstanceOf(IllegalStateException.class);
    }

    static ConsumerRecord<String, String> record(UUID id, String type, String data) {
        var record = new ConsumerRecord<>("metering.readings", 0, 1L, "1000000012", data);
        header(record, "ce_id", id.toString());
        header(record, "ce_type", type);
        return record;
    }

    static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static final class FakeInbox extends Inbox {
        final Set<UUID> seen = new HashSet<>();

        FakeInbox() {
            super(null);
        }

        @Override
        public boolean firstDelivery(UUID eventId, String consumer, String eventType) {
            return seen.add(eventId);
        }
    }

    /** Runs the callback as is: this test is about what reaches the handler, not about the database. */
    static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }
}
