package dev.kabinet.account.accounts.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.account.accounts.AccountChangedV1;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The back office's account records on the real Kafka and PostgreSQL, seen through the API as an operator (who reads
 * any account): applied in revision order, once per event, closed accounts kept; a record that breaks the contract or
 * cannot be an account goes to {@code backoffice.accounts.DLT} at once with the reason, and the next record of the
 * same account is still applied. Every test uses account numbers of its own (never the demo residents': the dev
 * stack's consumer group reads the same topic).
 */
@KabinetIntegrationTest
@TestPropertySource(properties = "kabinet.backoffice.accounts-topic=" + BackofficeAccountsIT.TOPIC)
@DisplayName("BO-1 / AC-1 account-service applies the back office's account records")
class BackofficeAccountsIT {

    /**
     * The back office's topic under another name (kabinet.backoffice.accounts-topic): a running dev stack's
     * account-service reads backoffice.accounts too, and would apply this test's records in its own database and
     * publish a second change for each on account.accounts.
     */
    static final String TOPIC = "backoffice.accounts.it";

    static final String DLT = TOPIC + ".DLT";
    static final String OUT = "account.accounts";
    static final String UPSERTED = AccountUpsertedV1.TYPE;
    static final String CLOSED = AccountClosedV1.TYPE;
    static final Duration PATIENCE = ServiceApi.PATIENCE;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    double imported(String outcome) {
        return meters.get("kabinet.account.accounts.imported")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    ServiceApi operator;

    @BeforeEach
    void setUp() {
        operator = ServiceApi.on(port).as("operator");
    }

    /** A 13-digit number no other test and no demo resident uses. */
    static String freshAccountNumber() {
        return "77" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    /**
     * The golden record under {@code number}, its meters renumbered from the account number: the facts this test makes
     * stay on the compacted {@code account.accounts} topic, and the golden meter ids (101, 99) are the demo residents'
     * ones, which a dev stack's metering would otherwise see claimed by a test account.
     */
    static GoldenEvent anUpsert(String number, long revision) {
        long meterIds = Long.parseLong(number.substring(2)) * 10;
        var meters = JsonMapper.builder()
                .build()
                .readTree(GoldenEvent.of(UPSERTED).json())
                .get("meters");
        for (int i = 0; i < meters.size(); i++) {
            ((ObjectNode) meters.get(i)).put("id", meterIds + i);
        }
        return GoldenEvent.of(UPSERTED)
                .with("accountNumber", number)
                .with("revision", revision)
                .with("meters", meters);
    }

    static GoldenEvent aClose(String number, long revision) {
        return GoldenEvent.of(CLOSED).with("accountNumber", number).with("revision", revision);
    }

    static UUID publish(String number, GoldenEvent event) {
        var id = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, number, id, event);
        return id;
    }

    String path(String number) {
        return "/api/v1/accounts/" + number;
    }

    @Test
    @DisplayName("AC-1 BO-1 an upserted account shows in the API with everything its record holds, and is published")
    void anUpsertedAccountShowsWithEverythingItsRecordHolds() {
        var number = freshAccountNumber();
        try (var published = KafkaProbe.listen(OUT)) {
            publish(number, anUpsert(number, 1));

            var account = operator.awaitStatus(path(number), 200).json();

            assertThat(account.get("ownerName").asString()).isEqualTo("Иванова Анна Сергеевна");
            assertThat(account.get("address").asString()).isEqualTo("г. Москва, ул. Лесная, д. 5, кв. 12");
            assertThat(account.get("flatNumber").asString()).isEqualTo("12");
            assertThat(account.get("totalArea").decimalValue()).isEqualByComparingTo("54.30");
            assertThat(account.get("houseArea").decimalValue()).isEqualByComparingTo("3120.50");
            assertThat(account.get("rooms").asInt()).isEqualTo(2);
            assertThat(account.get("residents").asInt()).isEqualTo(3);
            assertThat(account.get("phone").asString()).isEqualTo("+79161234567");
            assertThat(account.get("email").asString()).isEqualTo("ivanova@kabinet.local");
            assertThat(account.get("services").toString())
                    .isEqualTo("[\"ELECTRICITY\",\"GAS\",\"GAS_EQUIPMENT_MAINTENANCE\"]");
            assertThat(account.get("closed").asBoolean()).isFalse();

            var changed = published.await(record -> number.equals(record.key()), PATIENCE);
            assertThat(KafkaProbe.header(changed, "ce_type")).isEqualTo(AccountChangedV1.TYPE);
            EventContracts.assertConforms(AccountChangedV1.TYPE, changed.value());
            var event = JSON.readTree(changed.value());
            assertThat(event.get("sequence").asLong()).isEqualTo(1);
            assertThat(event.get("closed").asBoolean()).isFalse();
            assertThat(event.get("meters").get(1).get("serialNumber").asString())
                    .isEqualTo("ГС-103-2020");
            assertThat(event.get("chargeLines").get(4).get("code").asString()).isEqualTo("VDGO");
            assertThat(event.get("contact").get("phone").asString()).isEqualTo("+79161234567");
        }
    }

    @Test
    @DisplayName("AC-1 BO-1 a newer record replaces the account's services, charge lines, meters and contact")
    void aNewerRecordReplacesWhatTheAccountHad() {
        var number = freshAccountNumber();
        try (var published = KafkaProbe.listen(OUT)) {
            publish(number, anUpsert(number, 1));
            publish(
                    number,
                    anUpsert(number, 2)
                            .with("services", List.of("GAS"))
                            .with(
                                    "chargeLines",
                                    List.of(Map.of(
                                            "code",
                                            "GAS",
                                            "service",
                                            "GAS",
                                            "kind",
                                            "CONSUMPTION",
                                            "name",
                                            "Природный газ")))
                            .with(
                                    "meters",
                                    List.of(Map.of(
                                            "id",
                                            104,
                                            "serialNumber",
                                            "ГС-104-2026",
                                            "service",
                                            "GAS",
                                            "zones",
                                            List.of("T1"),
                                            "digitCapacity",
                                            5,
                                            "decimals",
                                            3,
                                            "remoteRead",
                                            true,
                                            "retired",
                                            false)))
                            .with("phone", "8 916 765-43-21")
                            .without("email")
                            .with("residents", 1));

            var account = operator.awaitGet(
                            path(number),
                            r -> r.status() == 200 && r.json().get("residents").asInt() == 1)
                    .json();

            assertThat(account.get("services").toString()).isEqualTo("[\"GAS\"]");
            assertThat(account.get("phone").asString()).isEqualTo("+79167654321");
            assertThat(account.get("email").isNull()).isTrue();
            assertThat(jdbc.queryForList(
                            "select meter_id from account_meter where account_number = ?", Long.class, number))
                    .containsExactly(104L);
            assertThat(jdbc.queryForList(
                            "select code from account_charge_line where account_number = ?", String.class, number))
                    .containsExactly("GAS");
            var changes = publishedFor(published, number);
            assertThat(changes).hasSize(2);
            var latest = JSON.readTree(changes.get(1).value());
            EventContracts.assertConforms(AccountChangedV1.TYPE, changes.get(1).value());
            assertThat(latest.get("sequence").asLong()).isEqualTo(2);
            assertThat(latest.get("meters").size()).isEqualTo(1);
            assertThat(latest.get("meters").get(0).get("remoteRead").asBoolean())
                    .isTrue();
            assertThat(latest.get("contact").has("email")).isFalse();
        }
    }

    @Test
    @DisplayName("BO-1 a burst of interleaved records, applied a poll at a time, ends where record by record would:"
            + " every applied record published in sequence, stale ones skipped, a close between upserts kept in order")
    void aBurstEndsWhereRecordByRecordWould() {
        var a = freshAccountNumber();
        var b = freshAccountNumber();
        try (var published = KafkaProbe.listen(OUT)) {
            // one producer, no wait between records: the listener reads them in one or a few polls
            KafkaProbe.publishAll(
                    TOPIC,
                    List.of(
                            new KafkaProbe.Keyed(a, anUpsert(a, 1).with("residents", 1)),
                            new KafkaProbe.Keyed(b, anUpsert(b, 1).with("residents", 1)),
                            new KafkaProbe.Keyed(a, anUpsert(a, 2).with("residents", 2)),
                            new KafkaProbe.Keyed(a, aClose(a, 3)),
                            new KafkaProbe.Keyed(b, anUpsert(b, 3).with("residents", 3)),
                            new KafkaProbe.Keyed(b, anUpsert(b, 2).with("residents", 2)),
                            new KafkaProbe.Keyed(a, anUpsert(a, 4).with("residents", 4)),
                            new KafkaProbe.Keyed(a, aClose(a, 5).with("closedOn", "2026-12-01"))));

            var accountA = operator.awaitGet(
                            path(a),
                            r -> r.status() == 200
                                    && r.json().get("closed").asBoolean()
                                    && r.json().get("closedOn").asString().equals("2026-12-01"))
                    .json();
            assertThat(accountA.get("residents").asInt()).isEqualTo(4);
            assertThat(sequenceOf(a)).isEqualTo(5);
            var accountB = operator.awaitGet(
                            path(b),
                            r -> r.status() == 200 && r.json().get("residents").asInt() == 3)
                    .json();
            assertThat(accountB.get("closed").asBoolean()).isFalse();
            assertThat(sequenceOf(b)).as("revision 2 after 3 is stale").isEqualTo(2);

            // both accounts' changes from one drain of the probe (a drain reads everything written so far)
            ServiceApi.eventually(
                    "the outbox rows of both accounts relayed",
                    () -> count(
                            "select count(*) from outbox_event where message_key in (?, ?) and published_at is null",
                            a,
                            b),
                    n -> n == 0);
            var changes = published.drain();
            var changesA = changes.stream()
                    .filter(record -> a.equals(record.key()))
                    .map(record -> JSON.readTree(record.value()))
                    .toList();
            assertThat(changesA).extracting(e -> e.get("sequence").asLong()).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(changesA)
                    .extracting(e -> e.get("closed").asBoolean())
                    .containsExactly(false, false, true, false, true);
            assertThat(changesA).extracting(e -> e.get("residents").asInt()).containsExactly(1, 2, 2, 4, 4);
            var changesB = changes.stream()
                    .filter(record -> b.equals(record.key()))
                    .map(record -> JSON.readTree(record.value()))
                    .toList();
            assertThat(changesB).extracting(e -> e.get("sequence").asLong()).containsExactly(1L, 2L);
            assertThat(changesB).extracting(e -> e.get("residents").asInt()).containsExactly(1, 3);
            changesB.forEach(e -> EventContracts.assertConforms(AccountChangedV1.TYPE, e.toString()));
        }
    }

    @Test
    @DisplayName(
            "BO-1 an older revision arriving after a newer one changes nothing and publishes nothing; both counted in"
                    + " kabinet_account_accounts_imported_total, as created and as stale (#12)")
    void anOlderRevisionArrivingLaterChangesNothing() {
        double createdBefore = imported("created");
        double staleBefore = imported("stale");
        var number = freshAccountNumber();
        try (var published = KafkaProbe.listen(OUT)) {
            publish(number, anUpsert(number, 5).with("ownerName", "Новее Новый Новович"));
            var older = publish(number, anUpsert(number, 3).with("ownerName", "Старее Старый Старович"));
            awaitHandled(older);

            var account = operator.awaitStatus(path(number), 200).json();
            assertThat(account.get("ownerName").asString()).isEqualTo("Новее Новый Новович");
            assertThat(sequenceOf(number)).isEqualTo(1);
            // counted after the commit; other records on the shared topic may add to them: at least ours
            ServiceApi.eventually("the import counted", () -> imported("created"), n -> n >= createdBefore + 1);
            ServiceApi.eventually("the stale record counted", () -> imported("stale"), n -> n >= staleBefore + 1);
            var changes = publishedFor(published, number);
            assertThat(changes).hasSize(1);
            assertThat(changes.getFirst().value()).contains("Новее Новый Новович");
        }
    }

    @Test
    @DisplayName("BO-1 a redelivered event changes nothing, even with other data under the same id")
    void aRedeliveredEventChangesNothing() {
        var number = freshAccountNumber();
        var eventId = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, number, eventId, anUpsert(number, 1).with("residents", 3));
        KafkaProbe.publish(TOPIC, number, eventId, anUpsert(number, 1).with("residents", 3));
        KafkaProbe.publish(TOPIC, number, eventId, anUpsert(number, 2).with("residents", 9));
        // same key, same partition: once the close at revision 2 is applied, the three before it were handled; had the
        // redelivery's revision 2 been applied, this close would be stale
        publish(number, aClose(number, 2));

        var account = operator.awaitGet(
                        path(number),
                        r -> r.status() == 200 && r.json().get("closed").asBoolean())
                .json();

        assertThat(account.get("residents").asInt()).isEqualTo(3);
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId))
                .isEqualTo(1);
        assertThat(sequenceOf(number)).as("the first upsert and the close").isEqualTo(2);
    }

    @Test
    @DisplayName("BO-1 a closed account stays, shown as closed, and the close is published")
    void aClosedAccountIsShownAsClosed() {
        var number = freshAccountNumber();
        try (var published = KafkaProbe.listen(OUT)) {
            publish(number, anUpsert(number, 1));
            publish(number, aClose(number, 2).with("closedOn", "2026-11-30"));

            var account = operator.awaitGet(
                            path(number),
                            r -> r.status() == 200 && r.json().get("closed").asBoolean())
                    .json();

            assertThat(account.get("closedOn").asString()).isEqualTo("2026-11-30");
            assertThat(account.get("ownerName").asString()).isEqualTo("Иванова Анна Сергеевна");
            var changes = publishedFor(published, number);
            assertThat(changes).hasSize(2);
            EventContracts.assertConforms(AccountChangedV1.TYPE, changes.get(1).value());
            var closed = JSON.readTree(changes.get(1).value());
            assertThat(closed.get("sequence").asLong()).isEqualTo(2);
            assertThat(closed.get("closed").asBoolean()).isTrue();
            assertThat(closed.get("closedOn").asString()).isEqualTo("2026-11-30");
        }
    }

    @Test
    @DisplayName("BO-1 a poison record goes to the dead-letter topic at once with its reason, counted in"
            + " kabinet_messaging_dead_lettered_total (#12); the next record is applied")
    void poisonRecordsAreDeadLetteredAndTheNextRecordIsApplied() {
        double deadBefore = meters.get("kabinet.messaging.dead.lettered")
                .tag("topic", TOPIC)
                .counter()
                .count();
        var number = freshAccountNumber();
        var poison = List.of(
                anUpsert(number, 1).with("phone", "звоните вечером"),
                anUpsert(number, 1).with("flatArea", "1E+200000"),
                anUpsert(number, 1).withRaw("residents", "NaN"),
                anUpsert(number, 1).with("ownerName", "И".repeat(200_000)),
                anUpsert(number, 1).with("services", List.of("ELECTRICITY")).with("chargeLines", List.of()),
                anUpsert(number, 1).with("flatArea", "9999.00"));
        var reasons = List.of(
                "contract-violation: /phone pattern",
                "contract-violation: /flatArea",
                "not-json: ",
                "contract-violation: /ownerName maxLength",
                "invalid-record: /meters/1/service not on the account",
                "invalid-record: /flatArea larger than /houseArea");
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            for (int i = 0; i < poison.size(); i++) {
                var eventId = publish(number, poison.get(i));

                var dead = deadLetters.awaitDeadLetter(eventId, group, PATIENCE);

                assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason"))
                        .as(reasons.get(i))
                        .startsWith(reasons.get(i))
                        .doesNotContain("звоните", "200000", "9999");
                assertThat(KafkaProbe.header(dead, "kabinet_dlt_attempts"))
                        .as("no retries")
                        .isEqualTo("1");
                assertThat(dead.key()).isEqualTo(number);
                assertThat(count("select count(*) from inbox_event where event_id = ?", eventId))
                        .isZero();
            }
            assertThat(count("select count(*) from account where number = ?", number))
                    .isZero();
            ServiceApi.eventually(
                    "the dead letters counted",
                    () -> meters.get("kabinet.messaging.dead.lettered")
                            .tag("topic", TOPIC)
                            .counter()
                            .count(),
                    n -> n >= deadBefore + poison.size());

            publish(number, anUpsert(number, 1));

            assertThat(operator.awaitStatus(path(number), 200)
                            .json()
                            .get("residents")
                            .asInt())
                    .isEqualTo(3);
        }
    }

    @Test
    @DisplayName("BO-1 a close of an account never received is dead-lettered with its reason")
    void aCloseOfAnUnknownAccountIsDeadLettered() {
        var number = freshAccountNumber();
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var eventId = publish(number, aClose(number, 1));

            var dead = deadLetters.awaitDeadLetter(eventId, group, PATIENCE);

            assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /accountNumber close of an account never recorded");
            assertThat(operator.get(path(number)).status()).isEqualTo(404);
        }
    }

    void awaitHandled(UUID eventId) {
        ServiceApi.eventually(
                "event " + eventId + " in the inbox",
                () -> count("select count(*) from inbox_event where event_id = ?", eventId),
                n -> n == 1);
    }

    long sequenceOf(String number) {
        Long sequence = jdbc.queryForObject("select sequence from account where number = ?", Long.class, number);
        return sequence == null ? 0 : sequence;
    }

    /** What account-service published about the account up to now (its outbox rows all relayed). */
    List<ConsumerRecord<String, String>> publishedFor(KafkaProbe published, String number) {
        ServiceApi.eventually(
                "the outbox rows of the account relayed",
                () -> count("select count(*) from outbox_event where message_key = ? and published_at is null", number),
                n -> n == 0);
        return published.drain().stream()
                .filter(record -> number.equals(record.key()))
                .toList();
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
