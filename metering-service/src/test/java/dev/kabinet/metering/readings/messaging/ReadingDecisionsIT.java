package dev.kabinet.metering.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.metering.readings.Reading;
import dev.kabinet.metering.readings.ReadingAlreadyDecided;
import dev.kabinet.metering.readings.ReadingBelowPrevious;
import dev.kabinet.metering.readings.ReadingDecidedV1;
import dev.kabinet.metering.readings.ReadingDeletedV1;
import dev.kabinet.metering.readings.ReadingNotFound;
import dev.kabinet.metering.readings.ReadingRepository;
import dev.kabinet.metering.readings.ReadingStatus;
import dev.kabinet.metering.readings.Readings;
import dev.kabinet.metering.system.KafkaTopics;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The back office's side of readings on the real Kafka and PostgreSQL (BO-2, MT-3): decisions from
 * {@code backoffice.reading-decisions} move a reading out of processing once, with metering.ReadingDecided.v1 on
 * {@code metering.readings}; wrong decisions are dead-lettered; readings taken elsewhere on {@code backoffice.readings}
 * become the meter's accepted history once per reading id. Every test has an account number and meter ids of its own
 * (never the demo's: the dev stack's metering reads the same topics).
 */
@KabinetIntegrationTest
@DisplayName("BO-2 metering applies the back office's decisions and history (MT-3, #8)")
class ReadingDecisionsIT {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String DECIDED = ReadingDecisionV1.TYPE;
    static final String TAKEN = ReadingTakenV1.TYPE;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Readings readings;

    @Autowired
    ReadingRepository repository;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    String account;
    long single;
    long dayNight;

    @BeforeEach
    void anAccountWithMetersOfItsOwn() {
        account = "78" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L) * 10;
        single = base + 1;
        dayNight = base + 2;
        var id = UUID.randomUUID();
        KafkaProbe.publish(
                "account.accounts",
                account,
                id,
                GoldenEvent.of("account.AccountChanged.v1")
                        .with("accountNumber", account)
                        .with("sequence", 1)
                        .with(
                                "meters",
                                List.of(
                                        meter(single, List.of("T1"), 6, 1),
                                        meter(dayNight, List.of("T1", "T2"), 5, 1))));
        awaitInbox(id, "metering.account-meters");
    }

    static Map<String, Object> meter(long id, List<String> zones, int digits, int decimals) {
        var meter = new LinkedHashMap<String, Object>();
        meter.put("id", id);
        meter.put("serialNumber", "ЭМ-" + id);
        meter.put("service", "ELECTRICITY");
        meter.put("zones", zones);
        meter.put("digitCapacity", digits);
        meter.put("decimals", decimals);
        meter.put("verificationDue", "2035-06-30");
        meter.put("remoteRead", false);
        meter.put("retired", false);
        return meter;
    }

    void awaitInbox(UUID eventId, String consumer) {
        ServiceApi.eventually(
                "event " + eventId + " handled by " + consumer,
                () -> jdbc.queryForObject(
                        "select count(*) from inbox_event where event_id = ? and consumer = ?",
                        Long.class,
                        eventId,
                        consumer),
                n -> n == 1);
    }

    GoldenEvent accepted(Reading reading) {
        return GoldenEvent.of(DECIDED)
                .with("readingId", reading.id().toString())
                .with("accountNumber", account)
                .with("meterId", reading.meterId())
                .with("decision", "ACCEPTED")
                .without("reasonCode")
                .without("reason");
    }

    GoldenEvent refused(Reading reading) {
        return GoldenEvent.of(DECIDED)
                .with("readingId", reading.id().toString())
                .with("accountNumber", account)
                .with("meterId", reading.meterId());
    }

    UUID send(String topic, GoldenEvent event) {
        var id = UUID.randomUUID();
        KafkaProbe.publish(topic, account, id, event);
        return id;
    }

    Reading reading(UUID id) {
        return repository.findById(id).orElseThrow();
    }

    @Test
    @DisplayName(
            "BO-2 MT-3 an accepted reading is ACCEPTED in the resident's list and metering.ReadingDecided.v1 goes out")
    void anAcceptedReadingIsAcceptedAndPublished() {
        var submitted = readings.submit(account, single, Map.of("T1", "100.5"));
        try (var out = KafkaProbe.listen(KafkaTopics.READINGS)) {
            awaitInbox(send(KafkaTopics.READING_DECISIONS, accepted(submitted)), ReadingDecisionListener.CONSUMER);

            var decided = out.await(
                    r -> ReadingDecidedV1.TYPE.equals(KafkaProbe.header(r, "ce_type"))
                            && r.value().contains(submitted.id().toString()),
                    PATIENCE);
            assertThat(decided.key()).isEqualTo(account);
            EventContracts.assertConforms(ReadingDecidedV1.TYPE, decided.value());
            assertThat(decided.value())
                    .containsPattern("\"status\": ?\"ACCEPTED\"")
                    .doesNotContain("reason");
        }
        var listed = ServiceApi.on(port).as("operator").get("/api/v1/accounts/" + account + "/readings");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().get(0).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(listed.json().get(0).get("channel").asString()).isEqualTo("PORTAL");
    }

    @Test
    @DisplayName("BO-2 MT-3 a refused reading shows the back office's reason; the same decision again changes nothing")
    void aRefusedReadingShowsItsReasonOnce() {
        var submitted = readings.submit(account, dayNight, Map.of("T1", "5012.5", "T2", "2004.0"));
        awaitInbox(send(KafkaTopics.READING_DECISIONS, refused(submitted)), ReadingDecisionListener.CONSUMER);
        var firstDecidedAt = reading(submitted.id()).decidedAt();
        awaitInbox(send(KafkaTopics.READING_DECISIONS, refused(submitted)), ReadingDecisionListener.CONSUMER);

        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_event where message_key = ? and event_type = ?",
                        Long.class,
                        account,
                        ReadingDecidedV1.TYPE))
                .as("one metering.ReadingDecided.v1")
                .isEqualTo(1);
        assertThat(reading(submitted.id()).decidedAt()).isEqualTo(firstDecidedAt);
        var refused = reading(submitted.id());
        assertThat(refused.status()).isEqualTo(ReadingStatus.REJECTED);
        assertThat(refused.rejectionCode()).isEqualTo("CONSUMPTION_TOO_HIGH");
        assertThat(refused.rejectionReason()).startsWith("Расход 12 500 кВт·ч");

        var listed = ServiceApi.on(port).as("operator").get("/api/v1/accounts/" + account + "/readings");
        assertThat(listed.json().get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(listed.json().get(0).get("rejectionReason").asString()).startsWith("Расход 12 500 кВт·ч");
    }

    @Test
    @DisplayName("BO-2 a decision for an unknown reading, or contradicting the one taken, goes to the DLT at once")
    void wrongDecisionsAreDeadLettered() {
        var submitted = readings.submit(account, single, Map.of("T1", "7.0"));
        awaitInbox(send(KafkaTopics.READING_DECISIONS, accepted(submitted)), ReadingDecisionListener.CONSUMER);
        var someoneElses = readings.submit(account, single, Map.of("T1", "8.0"));
        try (var deadLetters = KafkaProbe.listen(KafkaTopics.READING_DECISIONS + ".DLT")) {
            var contradicting = send(KafkaTopics.READING_DECISIONS, refused(submitted));
            var unknown = send(
                    KafkaTopics.READING_DECISIONS,
                    accepted(submitted).with("readingId", UUID.randomUUID().toString()));
            var otherMeter =
                    send(KafkaTopics.READING_DECISIONS, accepted(someoneElses).with("meterId", dayNight));
            var notJson = UUID.randomUUID();
            KafkaProbe.publish(KafkaTopics.READING_DECISIONS, account, notJson, DECIDED, "{not json");
            var refusedWithoutReason =
                    send(KafkaTopics.READING_DECISIONS, refused(someoneElses).without("reason"));

            assertThat(KafkaProbe.header(
                            deadLetters.awaitDeadLetter(contradicting, group, PATIENCE), "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /decision reading already decided");
            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(unknown, group, PATIENCE), "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /readingId unknown reading");
            assertThat(KafkaProbe.header(
                            deadLetters.awaitDeadLetter(otherMeter, group, PATIENCE), "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /readingId unknown reading");
            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(notJson, group, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("not-json");
            assertThat(KafkaProbe.header(
                            deadLetters.awaitDeadLetter(refusedWithoutReason, group, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("contract-violation");
        }
        assertThat(reading(submitted.id()).status()).isEqualTo(ReadingStatus.ACCEPTED);
        assertThat(reading(someoneElses.id()).status()).isEqualTo(ReadingStatus.IN_PROCESSING);
    }

    GoldenEvent taken(UUID id, long meterId, Map<String, String> values, String takenAt, String channel) {
        return GoldenEvent.of(TAKEN)
                .with("readingId", id.toString())
                .with("accountNumber", account)
                .with("meterId", meterId)
                .with("values", values)
                .with("takenAt", takenAt)
                .with("channel", channel);
    }

    @Test
    @DisplayName("BO-2 MT-3 readings taken elsewhere become the meter's accepted history once per reading id")
    void historyIsKeptOncePerReadingId() {
        var september = UUID.randomUUID();
        var october = UUID.randomUUID();
        awaitInbox(
                send(
                        KafkaTopics.BACKOFFICE_READINGS,
                        taken(october, single, Map.of("T1", "12345.6"), "2026-10-24T07:00:00Z", "CONTROLLER")),
                ReadingTakenListener.CONSUMER);
        awaitInbox(
                send(
                        KafkaTopics.BACKOFFICE_READINGS,
                        taken(september, single, Map.of("T1", "12000.0"), "2026-09-24T07:00:00Z", "OFFICE")),
                ReadingTakenListener.CONSUMER);
        // sent again at the next start of the back office, under a new event id: still one reading
        awaitInbox(
                send(
                        KafkaTopics.BACKOFFICE_READINGS,
                        taken(october, single, Map.of("T1", "12345.6"), "2026-10-24T07:00:00Z", "CONTROLLER")),
                ReadingTakenListener.CONSUMER);

        assertThat(jdbc.queryForObject("select count(*) from reading where meter_id = ?", Long.class, single))
                .isEqualTo(2);
        var last = reading(october);
        assertThat(last.status()).isEqualTo(ReadingStatus.ACCEPTED);
        assertThat(last.channel().name()).isEqualTo("CONTROLLER");
        assertThat(last.shownValues()).containsEntry("T1", "12345.6");

        var meters = ServiceApi.on(port).as("operator").get("/api/v1/accounts/" + account + "/meters");
        assertThat(meters.body()).contains("12345.6");
        assertThatThrownBy(() -> readings.submit(account, single, Map.of("T1", "12300.0")))
                .as("checked against the history's last accepted value")
                .isInstanceOf(ReadingBelowPrevious.class);
    }

    @Test
    @DisplayName("BO-2 a reading taken elsewhere that does not fit the meter goes to the DLT at once")
    void historyNotFittingTheMeterIsDeadLettered() {
        try (var deadLetters = KafkaProbe.listen(KafkaTopics.BACKOFFICE_READINGS + ".DLT")) {
            var tooWide = send(
                    KafkaTopics.BACKOFFICE_READINGS,
                    taken(UUID.randomUUID(), single, Map.of("T2", "1.0"), "2026-10-24T07:00:00Z", "OFFICE"));

            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(tooWide, group, PATIENCE), "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /values do not fit the meter");
        }
    }

    @Test
    @DisplayName("MT-4 a reading in processing is deleted with metering.ReadingDeleted.v1; a decided one is not")
    void aReadingInProcessingIsDeletedOnce() {
        var pending = readings.submit(account, single, Map.of("T1", "10.0"));
        var decided = readings.submit(account, single, Map.of("T1", "11.0"));
        awaitInbox(send(KafkaTopics.READING_DECISIONS, accepted(decided)), ReadingDecisionListener.CONSUMER);

        readings.delete(account, pending.id());

        assertThat(repository.findById(pending.id())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from reading_value where reading_id = ?", Long.class, pending.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_event where message_key = ? and event_type = ?",
                        Long.class,
                        account,
                        ReadingDeletedV1.TYPE))
                .isEqualTo(1);
        assertThatThrownBy(() -> readings.delete(account, decided.id())).isInstanceOf(ReadingAlreadyDecided.class);
        assertThat(reading(decided.id()).status()).isEqualTo(ReadingStatus.ACCEPTED);
        assertThatThrownBy(() -> readings.delete(account, pending.id())).isInstanceOf(ReadingNotFound.class);
        assertThatThrownBy(() -> readings.delete("2000000021", decided.id()))
                .as("another account's reading: not found, like one that does not exist")
                .isInstanceOf(ReadingNotFound.class);
    }
}
