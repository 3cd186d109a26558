package dev.kabinet.payment.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.payment.acquirer.TestAcquirer;
import dev.kabinet.payment.billing.BillingDouble;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.ServiceApi;
import dev.kabinet.platform.test.ServiceApi.Response;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Card payments end to end against the real test acquirer (Sberbank's protocol, test-acquirer/), real Keycloak
 * tokens, the service's own PostgreSQL database and the run's Kafka: create, the hosted page, the signed callback,
 * the janitor, and the fact on {@code payment.payments}.
 */
@KabinetIntegrationTest
@TestPropertySource(
        properties = {
            "kabinet.payment.sberbank.url=http://127.0.0.1:${KABINET_TEST_ACQUIRER_PORT:2088}/payment/rest/",
            "kabinet.payment.sberbank.callback-url=http://127.0.0.1:${local.server.port}/api/v1/acquirer/callbacks",
            "kabinet.payment.sberbank.read-timeout=2s",
            "kabinet.payment.sberbank.retry-wait=50ms",
            "kabinet.payment.janitor.interval=PT1H",
            "kabinet.payment.janitor.first-check-after=PT0S",
            "kabinet.payment.janitor.registration-grace=PT0S"
        })
@DisplayName("PY-3, PY-4 card payments against the real test acquirer, PostgreSQL and Kafka")
class CardPaymentIT {

    private static final String IVANOVAS = "1000000011";
    private static final String PAYMENTS = "/api/v1/accounts/" + IVANOVAS + "/payments";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    PaymentJanitor janitor;

    @Autowired
    PaymentReconciliation reconciliation;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private double cardPaymentsConfirmed() {
        return meters.get("kabinet.payment.payments.confirmed")
                .tag("channel", "card")
                .counter()
                .count();
    }

    ServiceApi ivanova;

    @BeforeAll
    static void acquirer() {
        TestAcquirer.ensureRunning();
    }

    @BeforeEach
    void setUp() {
        TestAcquirer.reset();
        ivanova = ServiceApi.on(port).as("ivanova");
    }

    @AfterEach
    void tearDown() {
        TestAcquirer.reset();
    }

    private static String body(long electricity, long gas) {
        return """
                {"lines": [{"lineCode": "EL", "amountKopecks": %d}, {"lineCode": "GAS", "amountKopecks": %d}],
                 "payer": {"name": "Иванова Анна Петровна", "email": "ivanova@kabinet.local"}, "consent": true}""".formatted(electricity, gas);
    }

    private Response create(String key, String body) {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PAYMENTS))
                            .header("Authorization", KeycloakTokens.bearer("ivanova"))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key() {
        return "it-" + UUID.randomUUID();
    }

    private JsonNode awaitStatus(String id, String status) {
        return ivanova.awaitGet(
                        PAYMENTS + "/" + id,
                        r -> r.status() == 200
                                && status.equals(r.json().path("status").asString()))
                .json();
    }

    private int recorded(String key) {
        return jdbc.queryForObject(
                "select count(*) from payment where account_number = ? and idempotency_key = ?",
                Integer.class,
                IVANOVAS,
                key);
    }

    private static String twoLines(String first, String second) {
        return """
                {"lines": [{"lineCode": "%s", "amountKopecks": 1000}, {"lineCode": "%s", "amountKopecks": 2000}],
                 "payer": {"name": "Иванова Анна Петровна", "email": "ivanova@kabinet.local"}, "consent": true}""".formatted(first, second);
    }

    @Test
    @DisplayName("PY-1, #5 fault D: a line the account does not have in billing is 422 unknown-charge-line naming"
            + " the line; nothing is recorded and the bank never hears of it")
    void refusesALineTheAccountDoesNotHaveInBilling() {
        String key = key();
        var response = create(key, twoLines("EL", "ZZ_NOPE"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("type").asString())
                .isEqualTo("https://kabinet.dev/problems/unknown-charge-line");
        assertThat(response.json().path("errors").size()).isEqualTo(1);
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("lines[1].lineCode");
        assertThat(recorded(key)).isZero();
        assertThat(BillingDouble.lastAuthorization(IVANOVAS))
                .as("billing is asked with the resident's own token")
                .startsWith("Bearer ey");
    }

    @Test
    @DisplayName(
            "PY-1 a charge line twice in one payment is 422 payment-invalid naming the second; nothing is recorded")
    void refusesALineTwice() {
        String key = key();
        var response = create(key, twoLines("EL", "EL"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("type").asString()).isEqualTo("https://kabinet.dev/problems/payment-invalid");
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("lines[1].lineCode");
        assertThat(recorded(key)).isZero();
    }

    @Test
    @DisplayName("PY-1 billing unavailable: 503 charge-lines-unavailable, no payment started on an unchecked line")
    void startsNothingWhenBillingCannotSayTheLines() {
        String key = key();
        BillingDouble.failing(true);
        try {
            var response = create(key, twoLines("EL", "GAS"));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.json().path("type").asString())
                    .isEqualTo("https://kabinet.dev/problems/charge-lines-unavailable");
            assertThat(recorded(key)).isZero();
        } finally {
            BillingDouble.failing(false);
        }
        assertThat(create(key, twoLines("EL", "GAS")).status()).isEqualTo(201);
    }

    @Test
    @DisplayName(
            "PY-3, PY-4 two lines paid on the hosted page: SENT, the callback confirms it, one fact on payment.payments")
    void paysTwoLinesThroughTheHostedPage() {
        try (var topic = KafkaProbe.listen(PaymentConfirmedV1.TOPIC)) {
            String key = key();
            var created = create(key, body(157200, 50000));

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            var payment = created.json();
            String id = payment.get("id").asString();
            assertThat(payment.get("status").asString()).isEqualTo("SENT");
            assertThat(payment.get("amountKopecks").asLong()).isEqualTo(207200);
            assertThat(created.header("Location")).endsWith(PAYMENTS + "/" + id);
            String formUrl = payment.get("formUrl").asString();
            assertThat(formUrl).startsWith(TestAcquirer.BASE);

            var retried = create(key, body(157200, 50000));
            assertThat(retried.status()).as("a retried create").isEqualTo(201);
            assertThat(retried.json().get("id").asString()).isEqualTo(id);
            assertThat(retried.json().get("formUrl").asString()).isEqualTo(formUrl);
            var other = create(key, body(157200, 50001));
            assertThat(other.status()).as(other.toString()).isEqualTo(422);
            assertThat(other.problemType()).isEqualTo("https://kabinet.dev/problems/idempotency-key-reused");

            String back = TestAcquirer.payOnHostedPage(formUrl, "4111111111111111");
            assertThat(back).contains("payment=" + id);

            var confirmed = awaitStatus(id, "CONFIRMED");
            assertThat(confirmed.has("formUrl")).as("no page to go to any more").isFalse();
            assertThat(confirmed.get("paidAt").asString()).isNotBlank();

            var record = topic.await(r -> r.value().contains(id), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(IVANOVAS);
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(PaymentConfirmedV1.TYPE);
            EventContracts.assertConforms(PaymentConfirmedV1.TYPE, record.value());
            var fact = JSON.readTree(record.value());
            assertThat(fact.get("paymentId").asString()).isEqualTo(id);
            assertThat(fact.get("amountKopecks").asLong()).isEqualTo(207200);
            assertThat(fact.get("lines")).hasSize(2);

            var returned = ivanova.post(PAYMENTS + "/" + id + "/return", "");
            assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
            assertThat(returned.json().get("status").asString()).isEqualTo("CONFIRMED");

            assertNoMoreFacts(topic, id);
        }
    }

    @Test
    @DisplayName(
            "PY-4 a callback is trusted only with the bank's checksum; a repeat changes nothing, publishes nothing and"
                    + " counts nothing in kabinet_payment_payments_confirmed_total (#12)")
    void verifiesCallbacksAndIgnoresRepeats() {
        double confirmedBefore = cardPaymentsConfirmed();
        var created = create(key(), body(10000, 2000)).json();
        String id = created.get("id").asString();
        String orderId =
                jdbc.queryForObject("select order_id from payment where id = ?", String.class, UUID.fromString(id));

        var forged = callback(Map.of(
                "mdOrder",
                orderId,
                "orderNumber",
                id.replace("-", ""),
                "operation",
                "deposited",
                "status",
                "1",
                "checksum",
                "00FF"));
        assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
        assertThat(forged.problemType()).isEqualTo("https://kabinet.dev/problems/callback-not-verified");
        assertThat(ivanova.get(PAYMENTS + "/" + id).json().get("status").asString())
                .isEqualTo("SENT");

        TestAcquirer.payOnHostedPage(created.get("formUrl").asString(), "4111111111111111");
        awaitStatus(id, "CONFIRMED");

        try (var topic = KafkaProbe.listen(PaymentConfirmedV1.TOPIC)) {
            var signed = new LinkedHashMap<String, String>();
            signed.put("mdOrder", orderId);
            signed.put("orderNumber", id.replace("-", ""));
            signed.put("operation", "deposited");
            signed.put("status", "1");
            signed.put("checksum", sign(signed));
            assertThat(callback(signed).status()).isEqualTo(200);
            // an out-of-order word after the deposit: the cabinet asks the bank, which still says paid
            var declined = new LinkedHashMap<String, String>();
            declined.put("mdOrder", orderId);
            declined.put("orderNumber", id.replace("-", ""));
            declined.put("operation", "declinedByTimeout");
            declined.put("status", "0");
            declined.put("checksum", sign(declined));
            assertThat(callback(declined).status()).isEqualTo(200);

            assertThat(ivanova.get(PAYMENTS + "/" + id).json().get("status").asString())
                    .isEqualTo("CONFIRMED");
            assertNoMoreFacts(topic, id);
            // the confirmation counted once (after its commit); the repeated and the out-of-order words added none
            assertThat(cardPaymentsConfirmed()).isEqualTo(confirmedBefore + 1);
        }
    }

    @Test
    @DisplayName("PY-3 a declined card: the payment is DECLINED when the resident is back, and a new payment may start")
    void aDeclinedCardAllowsANewPayment() {
        var created = create(key(), body(30000, 1000)).json();
        String id = created.get("id").asString();

        TestAcquirer.payOnHostedPage(created.get("formUrl").asString(), "4000000000000010");
        var returned = ivanova.post(PAYMENTS + "/" + id + "/return", "");

        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("DECLINED");
        var again = create(key(), body(30000, 1000));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().get("status").asString()).isEqualTo("SENT");
    }

    @Test
    @DisplayName("PY-4 the janitor asks the bank about a paid order whose callback was lost, and confirms it")
    void theJanitorResolvesALostCallback() {
        TestAcquirer.faults("{\"lostCallbacks\": true}");
        var created = create(key(), body(42000, 1000)).json();
        String id = created.get("id").asString();
        TestAcquirer.payOnHostedPage(created.get("formUrl").asString(), "4111111111111111");
        assertThat(ivanova.get(PAYMENTS + "/" + id).json().get("status").asString())
                .as("no callback came")
                .isEqualTo("SENT");

        janitorRoundUntilResolved(UUID.fromString(id));

        assertThat(ivanova.get(PAYMENTS + "/" + id).json().get("status").asString())
                .isEqualTo("CONFIRMED");
    }

    @Test
    @DisplayName(
            "PY-4 the daily reconciliation finds a deposit the cabinet missed in the bank's register and confirms it")
    void theReconciliationConfirmsAMissedDeposit() {
        TestAcquirer.faults("{\"lostCallbacks\": true}");
        var created = create(key(), body(61000, 1000)).json();
        String id = created.get("id").asString();
        TestAcquirer.payOnHostedPage(created.get("formUrl").asString(), "5555555555554444");
        assertThat(ivanova.get(PAYMENTS + "/" + id).json().get("status").asString())
                .isEqualTo("SENT");

        var report = reconciliation.reconcile(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")));

        assertThat(report.orders()).isPositive();
        assertThat(report.corrected()).isPositive();
        assertThat(ivanova.get(PAYMENTS + "/" + id).json().get("status").asString())
                .isEqualTo("CONFIRMED");
    }

    @Test
    @DisplayName("PY-3 an order nobody paid expires after its 20 minutes at the bank, and the janitor records it")
    void anUnpaidOrderExpires() {
        var created = create(key(), body(5000, 1000)).json();
        String id = created.get("id").asString();

        TestAcquirer.advanceClock("PT21M");
        janitorRoundUntilResolved(UUID.fromString(id));

        assertThat(ivanova.get(PAYMENTS + "/" + id).json().get("status").asString())
                .isEqualTo("EXPIRED");
    }

    @Test
    @DisplayName("PY-3 a bank that answers after the timeout: 503, the attempt stays recorded, the janitor resolves it")
    void aSlowBankLeavesTheOutcomeToTheJanitor() {
        TestAcquirer.faults("{\"delayMs\": 3000}");
        String key = key();
        var created = create(key, body(7000, 1000));

        assertThat(created.status()).as(created.toString()).isEqualTo(503);
        assertThat(created.problemType()).isEqualTo("https://kabinet.dev/problems/payment-provider-unavailable");
        UUID id = jdbc.queryForObject(
                "select id from payment where account_number = ? and idempotency_key = ?", UUID.class, IVANOVAS, key);
        assertThat(jdbc.queryForObject("select status from payment where id = ?", String.class, id))
                .as("recorded before the bank was called")
                .isEqualTo("CREATED");
        assertThat(create(key, body(7000, 1000)).status())
                .as("the retry answers as the first")
                .isEqualTo(503);

        TestAcquirer.reset();
        janitorRoundUntil(id, status -> !"CREATED".equals(status));

        assertThat(jdbc.queryForObject("select status from payment where id = ?", String.class, id))
                .as("the bank registered it late (SENT) or never (EXPIRED)")
                .isIn("SENT", "EXPIRED");
    }

    /** No (further) payment.PaymentConfirmed.v1 of this payment within 3 seconds: a fact is published once. */
    private static void assertNoMoreFacts(KafkaProbe topic, String id) {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> topic.await(r -> r.value().contains(id), Duration.ofSeconds(3)))
                .as("no second payment.PaymentConfirmed.v1 of " + id)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("No matching record");
    }

    /** Makes the payment due and runs janitor rounds until the bank's word moved it out of CREATED and SENT. */
    private void janitorRoundUntilResolved(UUID id) {
        janitorRoundUntil(id, status -> !"CREATED".equals(status) && !"SENT".equals(status));
    }

    /** Makes the payment due and runs janitor rounds until its status satisfies {@code until}. */
    private void janitorRoundUntil(UUID id, java.util.function.Predicate<String> until) {
        ServiceApi.eventually(
                "the janitor resolves " + id,
                () -> {
                    jdbc.update("update payment set next_check_at = now() - interval '1 second' where id = ?", id);
                    janitor.round();
                    return jdbc.queryForObject("select status from payment where id = ?", String.class, id);
                },
                until);
    }

    private Response callback(Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return ServiceApi.on(port).anonymous().get("/api/v1/acquirer/callbacks?" + query);
    }

    private static String sign(Map<String, String> parameters) {
        var text = new StringBuilder();
        new java.util.TreeMap<>(parameters).forEach((name, value) -> {
            if (!"checksum".equals(name)) {
                text.append(name).append(';').append(value).append(';');
            }
        });
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TestAcquirer.CALLBACK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of()
                    .withUpperCase()
                    .formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
