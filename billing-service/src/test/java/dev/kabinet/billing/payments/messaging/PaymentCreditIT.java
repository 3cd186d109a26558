package dev.kabinet.billing.payments.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.payments.PaymentAppliedV1;
import dev.kabinet.billing.payments.PaymentTopics;
import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.settlements.LineSettlements;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.time.YearMonth;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payments credited to charge lines exactly once, on the real Kafka and PostgreSQL (issue #9, docs/adr/0029): card
 * payments from {@code payment.payments}, bank and post-office payments from {@code backoffice.payments}, the balance
 * and the penalty read back over HTTP with a real Keycloak token, {@code billing.PaymentApplied.v1} read from
 * {@code billing.payments}. Every test has an account of its own (never the demo's) and payment ids of its own.
 */
@KabinetIntegrationTest
@DisplayName(
        "BL-1 BL-5 PY-4 BO-3 payments arrive as events and are credited to the charge lines exactly once (#9, #10)")
class PaymentCreditIT {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LineSettlements settlements;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    ServiceApi api;
    String account;

    static String aNumber() {
        return "79" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    @BeforeEach
    void anAccountOfItsOwn() {
        api = ServiceApi.on(port);
        account = aNumber();
        KafkaProbe.publish(
                "account.accounts",
                account,
                UUID.randomUUID(),
                GoldenEvent.of("account.AccountChanged.v1")
                        .with("accountNumber", account)
                        .with("sequence", 1)
                        .with("meters", List.of()));
        ServiceApi.eventually(
                "account projected",
                () -> jdbc.queryForObject(
                        "select count(*) from billed_account where account_number = ?", Long.class, account),
                n -> n == 1);
    }

    /** A settlement as the period close leaves it: charged, nothing paid. */
    void charged(String line, YearMonth period, long kopecks) {
        var settlement = LineSettlement.open(account, line, period, 0);
        settlement.charge(kopecks);
        settlements.save(settlement);
    }

    static Map<String, Object> line(String code, long kopecks) {
        return Map.of("lineCode", code, "amountKopecks", kopecks);
    }

    GoldenEvent aCardPayment(UUID paymentId, String paidAt, List<Map<String, Object>> lines) {
        return GoldenEvent.of(PaymentV1.TYPE)
                .with("paymentId", paymentId.toString())
                .with("accountNumber", account)
                .with(
                        "amountKopecks",
                        lines.stream()
                                .mapToLong(l -> (Long) l.get("amountKopecks"))
                                .sum())
                .with("lines", lines)
                .with("paidAt", paidAt);
    }

    GoldenEvent aPostOfficePayment(UUID paymentId, String paidAt, List<Map<String, Object>> lines) {
        return GoldenEvent.of(PaymentV1.BACKOFFICE_TYPE)
                .with("paymentId", paymentId.toString())
                .with("accountNumber", account)
                .with(
                        "amountKopecks",
                        lines.stream()
                                .mapToLong(l -> (Long) l.get("amountKopecks"))
                                .sum())
                .with("lines", lines)
                .with("paidAt", paidAt);
    }

    UUID publish(String topic, UUID eventId, GoldenEvent event) {
        KafkaProbe.publish(topic, account, eventId, event);
        return eventId;
    }

    UUID publishCard(GoldenEvent event) {
        return publish(PaymentConfirmedListener.TOPIC, UUID.randomUUID(), event);
    }

    void awaitHandled(UUID eventId, String consumer) {
        ServiceApi.eventually(
                "event " + eventId + " handled",
                () -> jdbc.queryForObject(
                        "select count(*) from inbox_event where event_id = ? and consumer = ?",
                        Long.class,
                        eventId,
                        consumer),
                n -> n == 1);
    }

    JsonNode balances() {
        var response = api.as("operator").get("/api/v1/accounts/" + account + "/balances");
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("lines");
    }

    static JsonNode line(JsonNode lines, String code) {
        for (var line : lines) {
            if (line.get("code").asString().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line " + code);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    static boolean ofPayment(ConsumerRecord<String, String> record, UUID paymentId) {
        return PaymentAppliedV1.TYPE.equals(KafkaProbe.header(record, "ce_type"))
                && JSON.readTree(record.value()).get("paymentId").asString().equals(paymentId.toString());
    }

    @Test
    @DisplayName("BL-1 PY-4 a payment delivered three times and out of order is credited once and told once")
    void creditedOnceThoughDeliveredThreeTimesOutOfOrder() {
        charged("EL", YearMonth.of(2026, 10), 300_000);
        charged("GAS", YearMonth.of(2026, 10), 100_000);
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        var firstPayment =
                aCardPayment(first, "2026-11-05T09:00:00Z", List.of(line("EL", 120_000), line("GAS", 40_000)));
        var secondPayment = aCardPayment(second, "2026-11-03T09:00:00Z", List.of(line("EL", 50_000)));
        var firstEvent = UUID.randomUUID();
        var secondEvent = UUID.randomUUID();

        try (var applied = KafkaProbe.listen(PaymentTopics.APPLIED)) {
            // the later payment first, the same event again after the earlier payment, then a resend under a new id
            publish(PaymentConfirmedListener.TOPIC, firstEvent, firstPayment);
            publish(PaymentConfirmedListener.TOPIC, secondEvent, secondPayment);
            publish(PaymentConfirmedListener.TOPIC, firstEvent, firstPayment);
            var resend = publishCard(firstPayment);
            publish(PaymentConfirmedListener.TOPIC, secondEvent, secondPayment);
            awaitHandled(firstEvent, PaymentConfirmedListener.CONSUMER);
            awaitHandled(secondEvent, PaymentConfirmedListener.CONSUMER);
            awaitHandled(resend, PaymentConfirmedListener.CONSUMER);

            var told = applied.await(r -> ofPayment(r, first), PATIENCE);
            EventContracts.assertConforms(PaymentAppliedV1.TYPE, told.value());
            var fact = JSON.readTree(told.value());
            assertThat(fact.get("accountNumber").asString()).isEqualTo(account);
            assertThat(fact.get("paidOn").asString()).isEqualTo("2026-11-05");
            assertThat(fact.get("lines"))
                    .extracting(l -> l.get("lineCode").asString() + ":"
                            + l.get("amountKopecks").asLong() + "@"
                            + l.get("period").asString())
                    .containsExactly("EL:120000@2026-11", "GAS:40000@2026-11");
            applied.await(r -> ofPayment(r, second), PATIENCE);
        }

        assertThat(count("select count(*) from applied_payment where payment_id in (?, ?)", first, second))
                .isEqualTo(2);
        assertThat(count("select count(*) from line_settlement_payment where payment_id = ?", first))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from outbox_event where event_type = ? and payload ->> 'paymentId' = ?",
                        PaymentAppliedV1.TYPE,
                        first.toString()))
                .isEqualTo(1);
        var lines = balances();
        var el = line(lines, "EL");
        assertThat(el.get("period").asString()).isEqualTo("2026-11");
        assertThat(el.get("openingKopecks").asLong()).isEqualTo(300_000);
        assertThat(el.get("paymentsKopecks").asLong()).isEqualTo(170_000);
        assertThat(el.get("debtKopecks").asLong()).isEqualTo(130_000);
        assertThat(line(lines, "GAS").get("debtKopecks").asLong()).isEqualTo(60_000);
    }

    @Test
    @DisplayName("BL-1 a payment on two lines reduces both debts at once")
    void aPaymentOnTwoLinesReducesBoth() {
        charged("EL", YearMonth.of(2026, 11), 157_200);
        charged("EL_ODN", YearMonth.of(2026, 11), 12_345);

        awaitHandled(
                publishCard(aCardPayment(
                        UUID.randomUUID(),
                        "2026-11-20T12:00:00Z",
                        List.of(line("EL", 100_000), line("EL_ODN", 12_345)))),
                PaymentConfirmedListener.CONSUMER);

        var lines = balances();
        assertThat(line(lines, "EL").get("debtKopecks").asLong()).isEqualTo(57_200);
        assertThat(line(lines, "EL").get("paymentsKopecks").asLong()).isEqualTo(100_000);
        assertThat(line(lines, "EL_ODN").get("closingKopecks").asLong()).isZero();
        assertThat(line(lines, "EL_ODN").get("period").asString()).isEqualTo("2026-11");
    }

    @Test
    @DisplayName("BL-1 a sum above a line's debt, or on a line never charged, becomes an overpayment (an advance)")
    void anAdvanceBecomesOverpayment() {
        charged("EL", YearMonth.of(2026, 11), 10_000);

        awaitHandled(
                publishCard(aCardPayment(
                        UUID.randomUUID(), "2026-11-21T08:00:00Z", List.of(line("EL", 15_000), line("VDGO", 25_000)))),
                PaymentConfirmedListener.CONSUMER);

        var lines = balances();
        assertThat(line(lines, "EL").get("closingKopecks").asLong()).isEqualTo(-5_000);
        assertThat(line(lines, "EL").get("overpaymentKopecks").asLong()).isEqualTo(5_000);
        assertThat(line(lines, "EL").get("debtKopecks").asLong()).isZero();
        var vdgo = line(lines, "VDGO");
        assertThat(vdgo.get("period").asString()).isEqualTo("2026-11");
        assertThat(vdgo.get("openingKopecks").asLong()).isZero();
        assertThat(vdgo.get("overpaymentKopecks").asLong()).isEqualTo(25_000);
    }

    /**
     * Hand-worked (the law's rule, key rate capped at 9.5 %): January's 10 000 ₽ of electricity are due 10.02.2026;
     * days 1–30 of delay (11.02–12.03) are free, days 31–90 (13.03–11.05) cost 1/300 of 9.5 % a day, from day 91
     * (12.05) 1/130. Unpaid until 30.06: 1 000 000 × 0.095 / 300 × 60 = 19 000 and 1 000 000 × 0.095 / 130 × 50 =
     * 36 538.46 → 36 538 kopecks: 555,38 ₽. Paid 4 000 ₽ at 01:30 Moscow time on 11.04 (22:30 UTC on 10.04): the paid
     * part costs 400 000 × 0.095 / 300 × 30 days (13.03–11.04) = 3 800 and nothing after; the rest 600 000 × 0.095 /
     * 300 × 60 = 11 400 and 600 000 × 0.095 / 130 × 50 = 21 923.08 → 21 923: 371,23 ₽.
     */
    @Test
    @DisplayName(
            "BL-5 a payment stops the penalty on the paid part from its day: 555,38 ₽ become 38,00 + 114,00 + 219,23")
    void penaltiesStopOnThePaidPart() {
        var january = LineSettlement.open(account, "EL", YearMonth.of(2026, 1), 0);
        january.charge(1_000_000);
        settlements.save(january);
        var february = january.next();
        settlements.save(february);
        var march = february.next();
        settlements.save(march);
        var path = "/api/v1/accounts/" + account + "/penalties?asOf=2026-06-30";
        var before = api.as("operator").get(path);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().get("totalKopecks").asLong()).isEqualTo(55_538);

        awaitHandled(
                publishCard(aCardPayment(UUID.randomUUID(), "2026-04-10T22:30:00Z", List.of(line("EL", 400_000)))),
                PaymentConfirmedListener.CONSUMER);

        var after = api.as("operator").get(path).json();
        assertThat(after.get("totalKopecks").asLong()).isEqualTo(37_123);
        var intervals = line(after.get("lines"), "EL").get("intervals");
        assertThat(intervals).extracting(i -> i.get("kopecks").asLong()).containsExactly(3_800L, 11_400L, 21_923L);
        assertThat(intervals.get(0).get("paidOn").asString()).isEqualTo("2026-04-11");
        assertThat(intervals.get(0).get("days").asInt()).isEqualTo(30);
        var el = line(balances(), "EL");
        assertThat(el.get("period").asString()).isEqualTo("2026-04");
        assertThat(el.get("debtKopecks").asLong()).isEqualTo(600_000);
    }

    @Test
    @DisplayName("BL-1 a late payment of an earlier month is credited in the open period with its own day")
    void aLatePaymentIsCreditedInTheOpenPeriod() {
        var october = LineSettlement.open(account, "EL", YearMonth.of(2026, 10), 0);
        october.charge(70_000);
        settlements.save(october);
        var november = october.next();
        november.charge(30_000);
        settlements.save(november);
        var paymentId = UUID.randomUUID();

        awaitHandled(
                publishCard(aCardPayment(paymentId, "2026-10-28T09:00:00Z", List.of(line("EL", 70_000)))),
                PaymentConfirmedListener.CONSUMER);

        var el = line(balances(), "EL");
        assertThat(el.get("period").asString()).isEqualTo("2026-11");
        assertThat(el.get("openingKopecks").asLong()).isEqualTo(70_000);
        assertThat(el.get("paymentsKopecks").asLong()).isEqualTo(70_000);
        assertThat(el.get("debtKopecks").asLong()).isEqualTo(30_000);
        assertThat(jdbc.queryForObject(
                        "select period || ' ' || paid_on from line_settlement_payment where payment_id = ?",
                        String.class,
                        paymentId))
                .isEqualTo("2026-11-01 2026-10-28");
    }

    @Test
    @DisplayName("PY-4 a poison payment goes to payment.payments.DLT at once and blocks nothing after it")
    void poisonGoesToTheDeadLetterTopic() {
        charged("EL", YearMonth.of(2026, 11), 50_000);
        try (var deadLetters = KafkaProbe.listen(PaymentConfirmedListener.TOPIC + ".DLT")) {
            var broken = publishCard(aCardPayment(UUID.randomUUID(), "2026-11-22T08:00:00Z", List.of(line("EL", 1)))
                    .with("amountKopecks", -5));
            var notAddingUp =
                    publishCard(aCardPayment(UUID.randomUUID(), "2026-11-22T08:00:00Z", List.of(line("EL", 1_000)))
                            .with("amountKopecks", 2_000));
            var foreignLine =
                    publishCard(aCardPayment(UUID.randomUUID(), "2026-11-22T08:00:00Z", List.of(line("WATER", 1_000))));
            var good =
                    publishCard(aCardPayment(UUID.randomUUID(), "2026-11-22T08:00:00Z", List.of(line("EL", 20_000))));

            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(broken, group, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("contract-violation: /amountKopecks");
            var invalid = deadLetters.awaitDeadLetter(notAddingUp, group, PATIENCE);
            assertThat(KafkaProbe.header(invalid, "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /amountKopecks not the sum of /lines");
            assertThat(KafkaProbe.header(invalid, "kabinet_dlt_attempts")).isEqualTo("1");
            assertThat(KafkaProbe.header(
                            deadLetters.awaitDeadLetter(foreignLine, group, PATIENCE), "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /lines/0/lineCode not a charge line of the account");
            awaitHandled(good, PaymentConfirmedListener.CONSUMER);
        }
        assertThat(line(balances(), "EL").get("debtKopecks").asLong()).isEqualTo(30_000);
        assertThat(count("select count(*) from applied_payment where account_number = ?", account))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("BO-3 a post-office payment from backoffice.payments is credited by the same code; the same payment id"
            + " from another channel is not credited again")
    void aPostOfficePaymentIsCreditedOnce() {
        charged("GAS", YearMonth.of(2026, 11), 80_000);
        var paymentId = UUID.randomUUID();

        awaitHandled(
                publish(
                        PaymentTopics.BACKOFFICE,
                        UUID.randomUUID(),
                        aPostOfficePayment(paymentId, "2026-11-18T21:00:00Z", List.of(line("GAS", 30_000)))),
                PaymentReceivedListener.CONSUMER);
        awaitHandled(
                publishCard(aCardPayment(paymentId, "2026-11-18T21:00:00Z", List.of(line("GAS", 30_000)))),
                PaymentConfirmedListener.CONSUMER);

        assertThat(line(balances(), "GAS").get("debtKopecks").asLong()).isEqualTo(50_000);
        assertThat(jdbc.queryForObject(
                        "select channel || ' ' || paid_on from applied_payment where payment_id = ?",
                        String.class,
                        paymentId))
                .isEqualTo("POST 2026-11-19");
    }

    @Test
    @DisplayName(
            "PY-4 a payment for an account billing does not know is retried, then dead-lettered, never credited blind")
    void anUnknownAccountIsRetriedThenDeadLettered() {
        var unknown = aNumber();
        try (var deadLetters = KafkaProbe.listen(PaymentConfirmedListener.TOPIC + ".DLT")) {
            var eventId = UUID.randomUUID();
            KafkaProbe.publish(
                    PaymentConfirmedListener.TOPIC,
                    unknown,
                    eventId,
                    aCardPayment(UUID.randomUUID(), "2026-11-22T08:00:00Z", List.of(line("EL", 1_000)))
                            .with("accountNumber", unknown));

            var dead = deadLetters.awaitDeadLetter(eventId, group, PATIENCE);
            assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason"))
                    .isEqualTo("failed: dev.kabinet.billing.payments.PaymentAccountUnknown");
            assertThat(Integer.parseInt(KafkaProbe.header(dead, "kabinet_dlt_attempts")))
                    .isGreaterThan(1);
        }
        assertThat(count("select count(*) from applied_payment where account_number = ?", unknown))
                .isZero();
    }
}
