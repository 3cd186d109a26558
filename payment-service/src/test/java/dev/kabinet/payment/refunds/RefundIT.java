package dev.kabinet.payment.refunds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.payment.acquirer.OrderReference;
import dev.kabinet.payment.acquirer.OrderState;
import dev.kabinet.payment.acquirer.PaymentProvider;
import dev.kabinet.payment.acquirer.TestAcquirer;
import dev.kabinet.payment.payments.TestPayments;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import dev.kabinet.platform.test.ServiceApi.Response;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * PY-9 refunds end to end: a card payment paid on the real test acquirer's hosted page, a refund asked for by the
 * payer (real Keycloak tokens), decided by an operator, and given back by the acquirer's {@code refund.do}.
 */
@KabinetIntegrationTest
@TestPropertySource(
        properties = {
            "kabinet.payment.sberbank.callback-url=http://127.0.0.1:${local.server.port}/api/v1/acquirer/callbacks"
        })
@DisplayName("PY-9 refunds on the payer's request, approved or rejected by an operator, against the real test acquirer")
class RefundIT {

    private static final String IVANOVAS = "1000000011";
    private static final String NO_SUCH = "1999999999";
    private static final String OPERATOR_REFUNDS = "/api/v1/operator/refunds";
    private static final java.util.Set<String> PAID = java.util.Set.of("CONFIRMED", "ACCOUNTED");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PaymentProvider provider;

    ServiceApi ivanova;
    ServiceApi operator;

    @BeforeAll
    static void acquirer() {
        TestAcquirer.ensureRunning();
    }

    @BeforeEach
    void setUp() {
        TestAcquirer.reset();
        ivanova = ServiceApi.on(port).as("ivanova");
        operator = ServiceApi.on(port).as("operator");
    }

    /** A confirmed card payment of ivanova's: 1 572,00 ₽ of electricity and 50,00 ₽ of its penalty. */
    private String confirmedPayment() {
        var created = TestPayments.create(port, "ivanova", IVANOVAS, """
                {"lines": [{"lineCode": "EL", "amountKopecks": 157200}, {"lineCode": "EL_PENALTY", "amountKopecks": 5000}],
                 "payer": {"name": "Иванова Анна Петровна", "email": "ivanova@example.test"}, "consent": true}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        TestAcquirer.payOnHostedPage(created.json().get("formUrl").asString(), "4111111111111111");
        // CONFIRMED, or ACCOUNTED already when a billing on the shared broker credited it meanwhile
        ivanova.awaitGet(
                payment(IVANOVAS, id),
                r -> PAID.contains(r.json().path("status").asString()));
        return id;
    }

    private static String payment(String account, String id) {
        return "/api/v1/accounts/" + account + "/payments/" + id;
    }

    private static String refunds(String account, String id) {
        return payment(account, id) + "/refunds";
    }

    private static String ask(long kopecks, String reason) {
        return "{\"amountKopecks\": %d, \"reason\": \"%s\"}".formatted(kopecks, reason);
    }

    @Test
    @DisplayName("PY-9 the payer asks for at most the payment less penalties; the operator approves; the bank refunds")
    void anApprovedRefundGoesBackThroughTheBank() {
        String id = confirmedPayment();

        var terms = ivanova.get(refunds(IVANOVAS, id));
        assertThat(terms.status()).as(terms.toString()).isEqualTo(200);
        assertThat(terms.json().get("refundableKopecks").asLong())
                .as("less the penalty line")
                .isEqualTo(157200);
        assertThat(terms.json().has("refusal")).isFalse();
        assertThat(terms.json().get("refundableUntil").asString()).isNotBlank();

        var tooMuch = ivanova.post(refunds(IVANOVAS, id), ask(157201, "Оплатила дважды"));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
        assertThat(tooMuch.problemType()).isEqualTo("https://kabinet.dev/problems/refund-too-large");
        assertThat(tooMuch.json().get("errors").get(0).get("field").asString()).isEqualTo("amountKopecks");
        var noReason = ivanova.post(refunds(IVANOVAS, id), ask(1000, " "));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(jdbc.queryForObject(
                        "select count(*) from refund where payment_id = ?", Integer.class, UUID.fromString(id)))
                .as("refusals change nothing")
                .isZero();

        var asked = ivanova.post(refunds(IVANOVAS, id), ask(157200, "Оплатила дважды"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("status").asString()).isEqualTo("REFUND_REQUESTED");
        String refund = asked.json().get("id").asString();
        var twice = ivanova.post(refunds(IVANOVAS, id), ask(1000, "Ещё раз"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.problemType()).isEqualTo("https://kabinet.dev/problems/refund-already-requested");

        assertThat(ivanova.get(OPERATOR_REFUNDS).status())
                .as("residents do not decide")
                .isEqualTo(403);
        assertThat(ivanova.post(OPERATOR_REFUNDS + "/" + refund + "/approve", "")
                        .status())
                .isEqualTo(403);
        var queue = operator.get(OPERATOR_REFUNDS + "?status=REFUND_REQUESTED&size=100");
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        assertThat(queue.body()).contains(refund);

        var topic = KafkaProbe.listen(PaymentRefundedV1.TOPIC);
        var approved = operator.post(OPERATOR_REFUNDS + "/" + refund + "/approve", "");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        try (topic) {
            var record = topic.await(
                    r -> r.value().contains(refund) && PaymentRefundedV1.TYPE.equals(KafkaProbe.header(r, "ce_type")),
                    java.time.Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(IVANOVAS);
            EventContracts.assertConforms(PaymentRefundedV1.TYPE, record.value());
            var lines = tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(record.value())
                    .get("lines");
            assertThat(lines).as("the penalty line is not refunded").hasSize(1);
            assertThat(lines.get(0).get("lineCode").asString()).isEqualTo("EL");
            assertThat(lines.get(0).get("amountKopecks").asLong()).isEqualTo(157200);
        }
        assertThat(approved.json().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo("operator");
        assertThat(approved.json().get("decidedAt").asString()).isNotBlank();
        assertThat(ivanova.get(payment(IVANOVAS, id)).json().get("status").asString())
                .isEqualTo("REFUNDED");
        String orderId =
                jdbc.queryForObject("select order_id from payment where id = ?", String.class, UUID.fromString(id));
        assertThat(provider.status(new OrderReference(orderId, id.replace("-", "")))
                        .outcome())
                .as("the acquirer gave the money back")
                .isEqualTo(OrderState.Outcome.REFUNDED);
        var again = operator.post(OPERATOR_REFUNDS + "/" + refund + "/approve", "");
        assertThat(again.status()).as("decided once").isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("https://kabinet.dev/problems/refund-already-decided");
        assertThat(ivanova.get(refunds(IVANOVAS, id)).json().get("refusal").asString())
                .as("a refunded payment is refunded once")
                .isEqualTo("refund-not-allowed");
    }

    @Test
    @DisplayName("PY-9 an operator rejects a request with a reason; the payer may ask again; the bank is not asked")
    void aRejectedRequest() {
        String id = confirmedPayment();
        String refund = ivanova.post(refunds(IVANOVAS, id), ask(50000, "Ошибся суммой"))
                .json()
                .get("id")
                .asString();

        var noNote = operator.post(OPERATOR_REFUNDS + "/" + refund + "/reject", "{\"note\": \"\"}");
        assertThat(noNote.status()).as(noNote.toString()).isEqualTo(400);
        var rejected = operator.post(
                OPERATOR_REFUNDS + "/" + refund + "/reject", "{\"note\": \"Платёж учтён в перерасчёте\"}");

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("REFUND_REJECTED");
        assertThat(rejected.json().get("decidedBy").asString()).isEqualTo("operator");
        var seen = ivanova.get(refunds(IVANOVAS, id)).json();
        assertThat(seen.get("requests").get(0).get("decisionNote").asString()).isEqualTo("Платёж учтён в перерасчёте");
        assertThat(ivanova.get(payment(IVANOVAS, id)).json().get("status").asString())
                .isIn(PAID);
        assertThat(operator.post(OPERATOR_REFUNDS + "/" + refund + "/approve", "")
                        .status())
                .isEqualTo(409);
        assertThat(ivanova.post(refunds(IVANOVAS, id), ask(50000, "Прошу ещё раз"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    @DisplayName("PY-9 no refund after the allowed days, nor of a payment the bank has not confirmed")
    void refusesOutsideTheRules() {
        String id = confirmedPayment();
        jdbc.update("update payment set paid_at = now() - interval '31 days' where id = ?", UUID.fromString(id));

        var late = ivanova.post(refunds(IVANOVAS, id), ask(1000, "Поздно"));
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.problemType()).isEqualTo("https://kabinet.dev/problems/refund-period-over");
        assertThat(late.json().get("detail").asString()).contains("30");

        var unpaid = TestPayments.create(port, "ivanova", IVANOVAS, """
                        {"lines": [{"lineCode": "EL", "amountKopecks": 1000}],
                         "payer": {"name": "Иванова Анна Петровна", "email": "ivanova@example.test"}, "consent": true}""")
                .json()
                .get("id")
                .asString();
        var notPaid = ivanova.post(refunds(IVANOVAS, unpaid), ask(1000, "Не оплачен"));
        assertThat(notPaid.status()).as(notPaid.toString()).isEqualTo(422);
        assertThat(notPaid.problemType()).isEqualTo("https://kabinet.dev/problems/refund-not-allowed");
    }

    @Test
    @DisplayName(
            "PY-9 isolation: another resident is answered on ivanova's payment as on an account that does not exist")
    void anotherResidentIsRefusedLikeANonExistentAccount() {
        String id = confirmedPayment();
        var petrov = ServiceApi.on(port).as("petrov");

        assertSame(petrov.get(refunds(IVANOVAS, id)), petrov.get(refunds(NO_SUCH, id)));
        assertSame(
                petrov.post(refunds(IVANOVAS, id), ask(1000, "Чужой")),
                petrov.post(refunds(NO_SUCH, id), ask(1000, "Чужой")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from refund where payment_id = ?", Integer.class, UUID.fromString(id)))
                .isZero();
    }

    private static void assertSame(Response foreign, Response nonExistent) {
        assertThat(foreign.status())
                .as(foreign.toString())
                .isEqualTo(nonExistent.status())
                .isBetween(400, 499);
        assertThat(foreign.problemType()).isEqualTo(nonExistent.problemType());
        assertThat(foreign.json().path("detail").asString())
                .isEqualTo(nonExistent.json().path("detail").asString());
    }
}
