package dev.kabinet.metering.meters.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.MeterRepository;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.time.LocalDate;
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
 * Metering's projection of {@code account.accounts} on the real Kafka and PostgreSQL: a change registers the account's
 * meters, an older or repeated one changes nothing, a poison record goes to {@code account.accounts.DLT} with its
 * reason while the next record of the account still applies, a meter dropped from the account is retired or deleted,
 * a closed account takes no readings. Every test uses an account number and meter ids of its own (never the demo's:
 * the dev stack's metering reads the same topic, which keeps the last record of every key).
 */
@KabinetIntegrationTest
@DisplayName("BO-1 metering keeps each account's meters from account.AccountChanged.v1 (MT-1, MT-2, #7)")
class AccountChangedListenerIT {

    static final String TOPIC = AccountChangedListener.TOPIC;
    static final String DLT = TOPIC + ".DLT";
    static final String TYPE = AccountChangedV1.TYPE;
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRepository meters;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    String account;
    long electricity;
    long gas;
    long old;

    @BeforeEach
    void anAccountOfItsOwn() {
        account = "79" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L) * 10;
        electricity = base + 1;
        gas = base + 2;
        old = base + 3;
    }

    /** The golden example on this test's account and meter ids: electricity, gas, and a retired day/night meter. */
    GoldenEvent anAccount(long sequence) {
        return GoldenEvent.of(TYPE)
                .with("accountNumber", account)
                .with("sequence", sequence)
                .with(
                        "meters",
                        List.of(
                                meter(
                                        electricity,
                                        "ЭМ-101-2019",
                                        "ELECTRICITY",
                                        List.of("T1"),
                                        6,
                                        1,
                                        "2035-06-30",
                                        false),
                                meter(gas, "ГС-103-2020", "GAS", List.of("T1"), 5, 3, "2030-04-30", false),
                                meter(old, "ЭМ-099-2009", "ELECTRICITY", List.of("T1", "T2"), 5, 0, null, true)));
    }

    static Map<String, Object> meter(
            long id,
            String serial,
            String service,
            List<String> zones,
            int digits,
            int decimals,
            String verificationDue,
            boolean retired) {
        var meter = new LinkedHashMap<String, Object>();
        meter.put("id", id);
        meter.put("serialNumber", serial);
        meter.put("service", service);
        meter.put("zones", zones);
        meter.put("digitCapacity", digits);
        meter.put("decimals", decimals);
        if (verificationDue != null) {
            meter.put("verificationDue", verificationDue);
        }
        meter.put("remoteRead", false);
        meter.put("retired", retired);
        return meter;
    }

    UUID publish(GoldenEvent event) {
        var id = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, account, id, event);
        return id;
    }

    /** Waits until the listener took event {@code eventId} (applied or ignored: the inbox records both). */
    void awaitHandled(UUID eventId) {
        ServiceApi.eventually(
                "event " + eventId + " handled",
                () -> count(
                        "select count(*) from inbox_event where event_id = ? and consumer = ?",
                        eventId,
                        AccountChangedListener.CONSUMER),
                n -> n == 1);
    }

    long appliedSequence() {
        var sequence =
                jdbc.queryForList("select sequence from metered_account where account_number = ?", Long.class, account);
        return sequence.isEmpty() ? 0 : sequence.getFirst();
    }

    Meter meter(long id) {
        return meters.findById(id).orElseThrow(() -> new AssertionError("no meter " + id));
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    @Test
    @DisplayName("BO-1 MT-1 a change registers the account's meters with the back office's facts, listed by the API")
    void aChangeRegistersTheAccountsMeters() {
        awaitHandled(publish(anAccount(3)));

        assertThat(appliedSequence()).isEqualTo(3);
        var working = meter(electricity);
        assertThat(working.accountNumber()).isEqualTo(account);
        assertThat(working.serialNumber()).isEqualTo("ЭМ-101-2019");
        assertThat(working.zones()).containsExactly(Zone.T1);
        assertThat(working.digitCapacity()).isEqualTo(6);
        assertThat(working.decimals()).isEqualTo(1);
        assertThat(working.verificationDue()).isEqualTo(LocalDate.of(2035, 6, 30));
        assertThat(working.remote()).isFalse();
        assertThat(working.retired()).isFalse();
        assertThat(meter(old).retired()).isTrue();
        assertThat(meter(old).zones()).containsExactly(Zone.T1, Zone.T2);
        assertThat(meter(old).verificationDue()).isNull();

        var listed = ServiceApi.on(port).as("operator").get("/api/v1/accounts/" + account + "/meters");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json()).hasSize(3);
        assertThat(listed.json().get(0).get("id").asLong()).isEqualTo(electricity);
        assertThat(listed.json().get(2).get("id").asLong()).as("retired last").isEqualTo(old);
    }

    @Test
    @DisplayName("BO-1 a change with a sequence not above the applied one changes nothing")
    void anOlderChangeIsIgnored() {
        awaitHandled(publish(anAccount(3)));

        var older = publish(anAccount(2)
                .with("meters", List.of(meter(electricity, "СТАРЫЙ", "ELECTRICITY", List.of("T1"), 5, 0, null, true))));
        awaitHandled(older);
        var same = publish(anAccount(3)
                .with("meters", List.of(meter(electricity, "ТОТ-ЖЕ", "ELECTRICITY", List.of("T1"), 5, 0, null, true))));
        awaitHandled(same);

        assertThat(appliedSequence()).isEqualTo(3);
        assertThat(meter(electricity).serialNumber()).isEqualTo("ЭМ-101-2019");
        assertThat(meter(electricity).retired()).isFalse();
        assertThat(meters.findById(gas)).as("not dropped by the older change").isPresent();
    }

    @Test
    @DisplayName("BO-1 a redelivered event (same id, even with other data) changes nothing")
    void aRedeliveryChangesNothing() {
        var first = anAccount(3);
        var eventId = publish(first);
        awaitHandled(eventId);

        // the same event id again, with data that would win if it were applied: a higher sequence, another serial
        KafkaProbe.publish(
                TOPIC,
                account,
                eventId,
                anAccount(9)
                        .with(
                                "meters",
                                List.of(meter(
                                        electricity, "ПОВТОР", "ELECTRICITY", List.of("T1"), 6, 1, null, false))));
        // same key, same partition: once the next change is applied, the redelivery before it was handled
        var next = publish(anAccount(4));
        awaitHandled(next);

        assertThat(appliedSequence())
                .as("the redelivery's sequence 9 would have hidden change 4")
                .isEqualTo(4);
        assertThat(meter(electricity).serialNumber()).isEqualTo("ЭМ-101-2019");
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("BO-1 a poison record goes to account.accounts.DLT with its reason; the account's next change applies")
    void aPoisonRecordIsDeadLetteredAndBlocksNothing() {
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var notJson = UUID.randomUUID();
            KafkaProbe.publish(TOPIC, account, notJson, TYPE, "{\"accountNumber\": not json");
            var breaksContract = publish(anAccount(3)
                    .with("meters", List.of(meter(electricity, "X", "ELECTRICITY", List.of("T2"), 6, 1, null, false))));
            var sameIdTwice = publish(anAccount(3)
                    .with(
                            "meters",
                            List.of(
                                    meter(electricity, "X", "ELECTRICITY", List.of("T1"), 6, 1, null, false),
                                    meter(electricity, "Y", "GAS", List.of("T1"), 5, 3, null, false))));
            var next = publish(anAccount(4));

            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(notJson, group, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("not-json: ");
            var violation = deadLetters.awaitDeadLetter(breaksContract, group, PATIENCE);
            assertThat(KafkaProbe.header(violation, "kabinet_dlt_reason"))
                    .startsWith("contract-violation: /meters/0/zones");
            assertThat(KafkaProbe.header(violation, "kabinet_dlt_attempts")).isEqualTo("1");
            assertThat(KafkaProbe.header(
                            deadLetters.awaitDeadLetter(sameIdTwice, group, PATIENCE), "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /meters/1/id repeated");
            awaitHandled(next);
            assertThat(appliedSequence()).isEqualTo(4);
            assertThat(meter(electricity).serialNumber()).isEqualTo("ЭМ-101-2019");
            for (var refused : List.of(notJson, breaksContract, sameIdTwice)) {
                assertThat(count("select count(*) from inbox_event where event_id = ?", refused))
                        .isZero();
            }
        }
    }

    @Test
    @DisplayName("BO-1 MT-1 a meter no longer on the account is retired when it has readings, deleted when it has none")
    void aMeterDroppedFromTheAccountIsRetiredOrDeleted() {
        awaitHandled(publish(anAccount(3)));
        var reading = UUID.randomUUID();
        jdbc.update(
                "insert into reading (id, meter_id, account_number, decimals, status, channel, submitted_at, decided_at)"
                        + " values (?, ?, ?, 1, 'ACCEPTED', 'BACK_OFFICE', now(), now())",
                reading,
                electricity,
                account);
        jdbc.update("insert into reading_value (reading_id, zone, value) values (?, 'T1', 12345.6)", reading);

        awaitHandled(publish(anAccount(4)
                .with("meters", List.of(meter(gas, "ГС-103-2020", "GAS", List.of("T1"), 5, 3, "2030-04-30", false)))));

        assertThat(meter(electricity).retired())
                .as("kept with its reading, taking no more")
                .isTrue();
        assertThat(meters.findById(old)).as("never read: gone").isEmpty();
        assertThat(meter(gas).retired()).isFalse();
        assertThat(count("select count(*) from reading where meter_id = ?", electricity))
                .isEqualTo(1);
    }

    @Test
    @DisplayName(
            "BO-1 a meter of another open account refuses the change; once that account is closed, the meter moves")
    void aMeterOfAnotherOpenAccountIsRefusedUntilThatAccountCloses() {
        awaitHandled(publish(anAccount(3)));
        var holder = account;
        account = "79" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        var newcomer = account;
        var claim = anAccount(1)
                .with(
                        "meters",
                        List.of(meter(electricity, "ЭМ-101-2019", "ELECTRICITY", List.of("T1"), 6, 1, null, false)));

        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var refused = publish(claim);
            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(refused, group, PATIENCE), "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /meters/0/id on another open account");
        }
        assertThat(meter(electricity).accountNumber()).isEqualTo(holder);
        assertThat(appliedSequence())
                .as("nothing of the refused change applied")
                .isZero();

        account = holder;
        awaitHandled(publish(anAccount(4).with("closed", true).with("closedOn", "2026-11-25")));
        account = newcomer;
        awaitHandled(publish(claim));

        assertThat(meter(electricity).accountNumber()).isEqualTo(newcomer);
        assertThat(meters.findById(gas).orElseThrow().accountNumber()).isEqualTo(holder);
    }

    @Test
    @DisplayName("MT-2 a closed account keeps its meters but takes no readings: problem account-closed")
    void aClosedAccountTakesNoReadings() {
        awaitHandled(publish(anAccount(3)));
        var operator = ServiceApi.on(port).as("operator");
        var path = "/api/v1/accounts/" + account + "/meters/" + electricity + "/readings";
        assertThat(operator.post(path, "{\"values\": {\"T1\": \"10.0\"}}").status())
                .isEqualTo(201);

        awaitHandled(publish(anAccount(4).with("closed", true).with("closedOn", "2026-11-25")));
        var refused = operator.post(path, "{\"values\": {\"T1\": \"11.0\"}}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.problemType()).isEqualTo("https://kabinet.dev/problems/account-closed");
        assertThat(refused.json().get("detail").asString()).startsWith("Лицевой счёт закрыт");
        assertThat(count("select count(*) from reading where account_number = ?", account))
                .isEqualTo(1);
        assertThat(operator.get("/api/v1/accounts/" + account + "/meters").json())
                .hasSize(3);

        awaitHandled(publish(anAccount(5)));
        assertThat(operator.post(path, "{\"values\": {\"T1\": \"12.0\"}}").status())
                .as("reopened by the back office")
                .isEqualTo(201);
    }
}
