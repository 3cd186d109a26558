package dev.kabinet.payment.fiscal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.payment.acquirer.TestAcquirer;
import dev.kabinet.payment.payments.TestPayments;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.util.UUID;
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
 * PY-8 end to end: a card payment paid on the real test acquirer's hosted page, confirmed by its signed callback, gets
 * one fiscal receipt from the local fiscal data operator, published once as {@code payment.FiscalReceiptIssued.v1} on
 * the run's Kafka, and readable by anyone with its link.
 */
@KabinetIntegrationTest
@TestPropertySource(
        properties = {
            "kabinet.payment.sberbank.callback-url=http://127.0.0.1:${local.server.port}/api/v1/acquirer/callbacks",
            "kabinet.payment.fiscal.receipt-url=https://kabinet.example/receipts/fiscal/{id}"
        })
@DisplayName("PY-8 fiscal e-receipts of confirmed payments, against the real test acquirer, PostgreSQL and Kafka")
class FiscalReceiptIT {

    private static final String IVANOVAS = "1000000011";
    private static final String PAYMENTS = "/api/v1/accounts/" + IVANOVAS + "/payments";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    FiscalReceipts receipts;

    @Autowired
    FiscalDataOperator operator;

    @Autowired
    JdbcTemplate jdbc;

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

    private String paidPayment(String contact) {
        var created = TestPayments.create(port, "ivanova", IVANOVAS, """
                {"lines": [{"lineCode": "EL", "amountKopecks": 157200}, {"lineCode": "GAS", "amountKopecks": 50000}],
                 "payer": {"name": "Иванова Анна Петровна", %s}, "consent": true}""".formatted(contact));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        TestAcquirer.payOnHostedPage(created.json().get("formUrl").asString(), "4111111111111111");
        // CONFIRMED, or ACCOUNTED already when a billing on the shared broker credited it meanwhile
        ivanova.awaitGet(PAYMENTS + "/" + id, r -> java.util.Set.of("CONFIRMED", "ACCOUNTED")
                .contains(r.json().path("status").asString()));
        return id;
    }

    @Test
    @DisplayName("PY-8 a confirmed payment gets one receipt with FD, FP and FN, published once, public by its link")
    void issuesOneReceiptPerConfirmedPayment() {
        try (var topic = KafkaProbe.listen(FiscalReceiptIssuedV1.TOPIC)) {
            String id = paidPayment("\"email\": \"ivanova@example.test\"");
            assertThat(jdbc.queryForObject(
                            "select status from fiscal_receipt where payment_id = ?",
                            String.class,
                            UUID.fromString(id)))
                    .as("requested with the confirmation")
                    .isEqualTo("PENDING");
            var anonymous = ServiceApi.on(port).anonymous();
            assertThat(anonymous.get("/api/v1/fiscal-receipts/" + id).problemType())
                    .as("not issued yet")
                    .isEqualTo("https://kabinet.dev/problems/fiscal-receipt-not-found");

            issueUntilDone(UUID.fromString(id));

            var record = topic.await(
                    r -> r.value().contains(id) && FiscalReceiptIssuedV1.TYPE.equals(KafkaProbe.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(IVANOVAS);
            EventContracts.assertConforms(FiscalReceiptIssuedV1.TYPE, record.value());
            JsonNode fact = JSON.readTree(record.value());
            assertThat(fact.get("amountKopecks").asLong()).isEqualTo(207200);
            assertThat(fact.get("email").asString()).isEqualTo("ivanova@example.test");
            assertThat(fact.get("phone").isNull()).isTrue();
            assertThat(fact.get("receiptUrl").asString()).isEqualTo("https://kabinet.example/receipts/fiscal/" + id);
            assertThat(fact.get("fiscalDocumentNumber").asString()).matches("[0-9]{1,16}");
            assertThat(fact.get("fiscalSign").asString()).matches("[0-9]{1,10}");
            assertThat(fact.get("fiscalStorageNumber").asString()).matches("[0-9]{16}");

            var page = anonymous.get("/api/v1/fiscal-receipts/" + id);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            var receipt = page.json();
            assertThat(receipt.get("seller").get("inn").asString()).isEqualTo("7700000000");
            assertThat(receipt.get("totalKopecks").asLong()).isEqualTo(207200);
            assertThat(receipt.get("items")).hasSize(2);
            assertThat(receipt.get("items").get(0).get("name").asString()).isEqualTo("Электроэнергия");
            assertThat(receipt.get("items").get(0).get("vat").asString()).isEqualTo("без НДС");
            assertThat(receipt.get("fiscalDocumentNumber").asString())
                    .isEqualTo(fact.get("fiscalDocumentNumber").asString());
            assertThat(receipt.get("fiscalSign").asString())
                    .isEqualTo(fact.get("fiscalSign").asString());
            assertThat(receipt.get("customerContact").asString()).isEqualTo("iv***@example.test");
            assertThat(page.body()).doesNotContain("ivanova@example.test").doesNotContain(IVANOVAS);

            // once: another issue, a repeated registration at the operator, a repeated round change nothing
            assertThat(receipts.issue(UUID.fromString(id))).isFalse();
            var again = operator.register(receipts.issued(UUID.fromString(id)).request());
            assertThat(again.documentNumber())
                    .isEqualTo(fact.get("fiscalDocumentNumber").asString());
            assertThatThrownBy(() -> topic.await(
                            r -> r.value().contains(id)
                                    && FiscalReceiptIssuedV1.TYPE.equals(KafkaProbe.header(r, "ce_type")),
                            Duration.ofSeconds(3)))
                    .as("no second payment.FiscalReceiptIssued.v1 of " + id)
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Test
    @DisplayName("PY-8 a receipt to a phone only; an unknown payment's receipt is not found")
    void issuesAReceiptToAPhone() {
        String id = paidPayment("\"phone\": \"+79123456789\"");
        issueUntilDone(UUID.fromString(id));

        var receipt = ServiceApi.on(port).anonymous().get("/api/v1/fiscal-receipts/" + id);
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
        assertThat(receipt.json().get("customerContact").asString()).isEqualTo("+7******6789");
        var unknown = ServiceApi.on(port).anonymous().get("/api/v1/fiscal-receipts/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(ServiceApi.on(port)
                        .anonymous()
                        .get("/api/v1/fiscal-receipts/not-a-uuid")
                        .status())
                .isEqualTo(400);
    }

    /** Runs issuer rounds until this payment's receipt is ISSUED (other tests' receipts may be in the same round). */
    private void issueUntilDone(UUID id) {
        ServiceApi.eventually(
                "the receipt of " + id + " is issued",
                () -> {
                    jdbc.update(
                            "update fiscal_receipt set next_attempt_at = now() - interval '1 second'"
                                    + " where payment_id = ? and status = 'PENDING'",
                            id);
                    receipts.round();
                    return jdbc.queryForObject(
                            "select status from fiscal_receipt where payment_id = ?", String.class, id);
                },
                "ISSUED"::equals);
    }
}
