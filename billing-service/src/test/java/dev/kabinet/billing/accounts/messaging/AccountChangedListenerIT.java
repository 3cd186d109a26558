package dev.kabinet.billing.accounts.messaging;

import static dev.kabinet.billing.previews.ReadingIdBuilder.aReadingIdSubmittedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledAccount;
import dev.kabinet.billing.accounts.BilledAccounts;
import dev.kabinet.billing.accounts.BilledService;
import dev.kabinet.billing.accounts.ChargeKind;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Billing's projection of {@code account.accounts} on the real Kafka and PostgreSQL: a change stores the account's
 * services, charge lines, areas and residents; an older or repeated one changes nothing; a poison record goes to
 * {@code account.accounts.DLT} with its reason while the account's next change still applies; a reading taken after
 * the account was closed gets no preview. Every test uses an account number of its own (never the demo's: the dev
 * stack reads the same topic, which keeps every key's last record).
 */
@KabinetIntegrationTest
@DisplayName(
        "BO-1 billing keeps each account's services, charge lines, areas and residents from account.AccountChanged.v1 (BL-1, MT-7, #7)")
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
    BilledAccounts accounts;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    String account;

    @BeforeEach
    void anAccountOfItsOwn() {
        account = "79" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        // the demo seed is off in tests: the tariff the preview test relies on, as the demo has it
        jdbc.update("insert into tariff (service, scheme, zone, kopecks_per_unit, valid_from)"
                + " values ('ELECTRICITY', 'SINGLE', 'T1', 643, date '2026-01-01') on conflict do nothing");
    }

    GoldenEvent anAccount(long sequence) {
        return GoldenEvent.of(TYPE).with("accountNumber", account).with("sequence", sequence);
    }

    UUID publish(GoldenEvent event) {
        var id = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, account, id, event);
        return id;
    }

    /** Waits until {@code consumer} took event {@code eventId} (applied or ignored: the inbox records both). */
    void awaitHandled(UUID eventId, String consumer) {
        ServiceApi.eventually(
                "event " + eventId + " handled",
                () -> count("select count(*) from inbox_event where event_id = ? and consumer = ?", eventId, consumer),
                n -> n == 1);
    }

    void awaitHandled(UUID eventId) {
        awaitHandled(eventId, AccountChangedListener.CONSUMER);
    }

    BilledAccount billed() {
        return accounts.find(account).orElseThrow(() -> new AssertionError("the account is not projected"));
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    @Test
    @DisplayName("BO-1 BL-1 a change stores the account's services, charge lines, areas and residents")
    void aChangeStoresTheAccount() {
        awaitHandled(publish(anAccount(3)));

        var billed = billed();
        assertThat(billed.sequence()).isEqualTo(3);
        assertThat(billed.closed()).isFalse();
        assertThat(billed.flatArea()).isEqualByComparingTo("54.30");
        assertThat(billed.houseArea()).isEqualByComparingTo("3120.50");
        assertThat(billed.residents()).isEqualTo(3);
        assertThat(billed.services())
                .containsExactlyInAnyOrder(
                        BilledService.ELECTRICITY, BilledService.GAS, BilledService.GAS_EQUIPMENT_MAINTENANCE);
        assertThat(billed.chargeLines())
                .extracting(AccountChargeLine::code)
                .containsExactly("EL", "EL_ODN", "EL_PENALTY", "GAS", "VDGO");

        awaitHandled(publish(anAccount(4)
                .with("services", List.of("ELECTRICITY"))
                .with(
                        "chargeLines",
                        List.of(Map.of("code", "EL", "service", "ELECTRICITY", "kind", "CONSUMPTION", "name", "Свет")))
                .with("residents", 1)));

        billed = billed();
        assertThat(billed.services()).containsExactly(BilledService.ELECTRICITY);
        assertThat(billed.chargeLines())
                .containsExactly(
                        new AccountChargeLine("EL", BilledService.ELECTRICITY, ChargeKind.CONSUMPTION, "Свет"));
        assertThat(billed.residents()).isEqualTo(1);
    }

    @Test
    @DisplayName("BO-1 a change with a sequence not above the applied one changes nothing")
    void anOlderChangeIsIgnored() {
        awaitHandled(publish(anAccount(3)));

        awaitHandled(publish(anAccount(2).with("residents", 7)));
        awaitHandled(publish(anAccount(3).with("services", List.of("GAS")).with("chargeLines", List.of())));

        assertThat(billed().sequence()).isEqualTo(3);
        assertThat(billed().residents()).isEqualTo(3);
        assertThat(billed().chargeLines()).hasSize(5);
    }

    @Test
    @DisplayName("BO-1 a redelivered event (same id, even with other data) changes nothing")
    void aRedeliveryChangesNothing() {
        var eventId = publish(anAccount(3));
        awaitHandled(eventId);

        KafkaProbe.publish(TOPIC, account, eventId, anAccount(9).with("residents", 9));
        // same key, same partition: once the next change is applied, the redelivery before it was handled
        awaitHandled(publish(anAccount(4)));

        assertThat(billed().sequence())
                .as("the redelivery's sequence 9 would have hidden change 4")
                .isEqualTo(4);
        assertThat(billed().residents()).isEqualTo(3);
    }

    @Test
    @DisplayName("BO-1 a poison record goes to account.accounts.DLT with its reason; the account's next change applies")
    void aPoisonRecordIsDeadLetteredAndBlocksNothing() {
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var notJson = UUID.randomUUID();
            KafkaProbe.publish(TOPIC, account, notJson, TYPE, "{\"accountNumber\": not json");
            var badArea = publish(anAccount(3).with("flatArea", "-54.30"));
            var lineOfAnotherService = publish(anAccount(3)
                    .with("services", List.of("ELECTRICITY"))
                    .with(
                            "chargeLines",
                            List.of(Map.of("code", "GAS", "service", "GAS", "kind", "CONSUMPTION", "name", "Газ"))));
            var next = publish(anAccount(4));

            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(notJson, group, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("not-json: ");
            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(badArea, group, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("contract-violation: /flatArea")
                    .doesNotContain("54");
            var invalid = deadLetters.awaitDeadLetter(lineOfAnotherService, group, PATIENCE);
            assertThat(KafkaProbe.header(invalid, "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /chargeLines/0/service not on the account");
            assertThat(KafkaProbe.header(invalid, "kabinet_dlt_attempts")).isEqualTo("1");
            awaitHandled(next);
            assertThat(billed().sequence()).isEqualTo(4);
            for (var refused : List.of(notJson, badArea, lineOfAnotherService)) {
                assertThat(count("select count(*) from inbox_event where event_id = ?", refused))
                        .isZero();
            }
        }
    }

    @Test
    @DisplayName(
            "MT-7 a reading taken after the account was closed gets no preview: problem charge-preview-account-closed")
    void aReadingAfterTheClosingIsNotPriced() {
        awaitHandled(publish(anAccount(3).with("closed", true).with("closedOn", "2026-11-25")));
        var finalReading = aReadingIdSubmittedAt(Instant.parse("2026-11-24T09:00:00Z"));
        var late = aReadingIdSubmittedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        var finalEvent = aReading(finalReading, "2026-11-24T09:00:00Z");
        var lateEvent = aReading(late, Instant.now().toString());

        awaitHandled(finalEvent, "billing.charge-preview");
        awaitHandled(lateEvent, "billing.charge-preview");

        assertThat(count("select count(*) from charge_preview where reading_id = ?", finalReading))
                .as("the final reading, taken before the closing, is priced")
                .isEqualTo(1);
        assertThat(count("select count(*) from charge_preview where reading_id = ?", late))
                .isZero();
        var answer = ServiceApi.on(port).as("operator").get("/api/v1/accounts/" + account + "/charge-previews/" + late);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.problemType()).isEqualTo("https://kabinet.dev/problems/charge-preview-account-closed");
        assertThat(answer.json().get("detail").asString()).startsWith("Лицевой счёт закрыт");
    }

    /** A single-rate electricity reading of the account as metering publishes it; returns the event id. */
    UUID aReading(UUID readingId, String submittedAt) {
        var eventId = UUID.randomUUID();
        KafkaProbe.publish(
                "metering.readings",
                account,
                eventId,
                GoldenEvent.of("metering.ReadingSubmitted.v1")
                        .with("readingId", readingId.toString())
                        .with("accountNumber", account)
                        .with("values", Map.of("T1", "12346.0"))
                        .with("previousValues", Map.of("T1", "12345.6"))
                        .with("submittedAt", submittedAt));
        return eventId;
    }
}
