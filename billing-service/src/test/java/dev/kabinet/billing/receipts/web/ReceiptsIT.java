package dev.kabinet.billing.receipts.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.receipts.ReceiptPdfs;
import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.settlements.LineSettlements;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.Refusals;
import dev.kabinet.platform.test.ServiceApi;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Receipts over HTTP with real Keycloak tokens, PostgreSQL and Kafka (BL-3): the closed periods of an account of its
 * own, the PDF of one with its QR code, a period not closed yet refused with a problem, another resident refused like
 * for an account that does not exist.
 */
@KabinetIntegrationTest
@DisplayName("BL-3 a resident's receipts: the closed periods and the PDF of one")
class ReceiptsIT {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LineSettlements settlements;

    @Autowired
    MeterRegistry meters;

    private long receiptsRendered() {
        return meters.get("kabinet.billing.receipts.rendered").timer().count();
    }

    ServiceApi api;
    String account;
    YearMonth current;
    YearMonth lastMonth;

    static String aNumber() {
        return "78" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    @BeforeEach
    void anAccountWithTwoClosedPeriodsAndTheCurrentOne() {
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
        current = YearMonth.now(MOSCOW);
        lastMonth = current.minusMonths(1);
        // two months ago 1 000 ₽ of electricity; last month 1 072 ₽ more and 500 ₽ paid; 612,34 ₽ of gas last month
        var before = LineSettlement.open(account, "EL", current.minusMonths(2), 0);
        before.charge(100_000);
        settlements.save(before);
        var last = before.next();
        last.charge(107_200);
        last.pay(UUID.randomUUID(), lastMonth.atDay(5), 50_000);
        settlements.save(last);
        settlements.save(last.next()); // the current month: open, not closed
        var gas = LineSettlement.open(account, "GAS", lastMonth, 0);
        gas.charge(61_234);
        settlements.save(gas);
        // the monthly close closed the two months before this one for this account (ADR 0023): its record of them
        for (var closed : List.of(current.minusMonths(2), lastMonth)) {
            jdbc.update(
                    "insert into closed_account (account_number, period, total_kopecks, lines, closed_by)"
                            + " values (?, ?, 0, 1, 'ReceiptsIT')",
                    account,
                    closed.atDay(1));
        }
    }

    HttpResponse<byte[]> download(String user, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", KeycloakTokens.bearer(user))
                .header("Accept", "application/pdf, application/problem+json")
                .GET()
                .build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    @Test
    @DisplayName("BL-3 the closed periods, newest first: not the current month")
    void listsTheClosedPeriods() {
        var response = api.as("operator").get("/api/v1/accounts/" + account + "/receipts");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("periods"))
                .extracting(p -> p.get("period").asString())
                .containsExactly(lastMonth.toString(), current.minusMonths(2).toString());
        assertThat(response.json().get("periods").get(0).get("fileName").asString())
                .isEqualTo("receipt-" + account + "-" + lastMonth + ".pdf");
    }

    @Test
    @DisplayName(
            "BL-3 the PDF of a closed period: inline with a file name, the sums, gas on a page of its own; counted in"
                    + " kabinet_billing_receipts_rendered_seconds_count (#12)")
    void downloadsTheReceipt() throws Exception {
        long renderedBefore = receiptsRendered();
        var response = download("operator", "/api/v1/accounts/" + account + "/receipts/" + lastMonth);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline")
                .contains("receipt-" + account + "-" + lastMonth + ".pdf");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(ReceiptsController.PDF_POLICY);
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            var text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
            assertThat(text).contains(account, "1 000,00", "1 072,00", "500,00", "1 572,00", "612,34");
            assertThat(ReceiptPdfs.decodeQr(pdf, 0))
                    .containsEntry("PersAcc", account)
                    .containsEntry("Sum", "157200")
                    .containsEntry(
                            "PaymPeriod", String.format("%02d%d", lastMonth.getMonthValue(), lastMonth.getYear()));
            assertThat(ReceiptPdfs.decodeQr(pdf, 1)).containsEntry("Sum", "61234");
        }
        assertThat(receiptsRendered()).isEqualTo(renderedBefore + 1);
    }

    @Test
    @DisplayName("BL-3 the current month is not closed: problem receipt-period-not-closed, in the resident's language")
    void aPeriodNotClosedIsAProblem() throws Exception {
        var response = download("operator", "/api/v1/accounts/" + account + "/receipts/" + current);
        var english = api.as("operator").get("/api/v1/accounts/" + account + "/receipts/" + current.plusMonths(3));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("/receipt-period-not-closed")
                .contains(String.format("%02d.%d", current.getMonthValue(), current.getYear()));
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.problemType()).endsWith("/receipt-period-not-closed");
    }

    @Test
    @DisplayName("BL-3 another resident's account is refused exactly as one that does not exist")
    void anotherResidentsAccountIsRefusedAsANonExistentOne() throws Exception {
        var foreign = api.as("petrov").get("/api/v1/accounts/" + account + "/receipts");
        var none = api.as("petrov").get("/api/v1/accounts/" + aNumber() + "/receipts");
        var foreignPdf = download("petrov", "/api/v1/accounts/" + account + "/receipts/" + lastMonth);
        // the API client's JSON Accept reaches the account check too (403, not 406)
        var foreignPdfAsJson = api.as("petrov").get("/api/v1/accounts/" + account + "/receipts/" + lastMonth);
        var nonePdfAsJson = api.as("petrov").get("/api/v1/accounts/" + aNumber() + "/receipts/" + lastMonth);

        assertThat(foreign.status()).isEqualTo(403).isEqualTo(none.status()).isEqualTo(foreignPdf.statusCode());
        Refusals.assertIndistinguishable(foreign.body(), none.body());
        assertThat(foreignPdfAsJson.status()).isEqualTo(403).isEqualTo(nonePdfAsJson.status());
        Refusals.assertIndistinguishable(foreignPdfAsJson.body(), nonePdfAsJson.body());
        assertThat(new String(foreignPdf.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("/account-access-denied");
    }

    @Test
    @DisplayName(
            "BL-1 BL-2 BL-4 every settled period per line, newest first, and the tariffs of the account's services")
    void settlementHistoryAndTariffs() {
        var history = api.as("operator").get("/api/v1/accounts/" + account + "/settlements");
        var tariffs = api.as("operator").get("/api/v1/accounts/" + account + "/tariffs");

        assertThat(history.status()).isEqualTo(200);
        var periods = history.json().get("periods");
        assertThat(periods)
                .extracting(p -> p.get("period").asString())
                .containsExactly(
                        current.toString(),
                        lastMonth.toString(),
                        current.minusMonths(2).toString());
        var last = periods.get(1);
        assertThat(last.get("chargesKopecks").asLong()).isEqualTo(107_200 + 61_234);
        assertThat(last.get("paymentsKopecks").asLong()).isEqualTo(50_000);
        assertThat(last.get("lines"))
                .extracting(l ->
                        l.get("code").asString() + "=" + l.get("closingKopecks").asLong())
                .containsExactly("EL=157200", "GAS=61234");
        assertThat(tariffs.status()).isEqualTo(200);
        assertThat(tariffs.json().get("tariffs")).isNotNull();
        assertThat(api.as("petrov")
                        .get("/api/v1/accounts/" + account + "/settlements")
                        .status())
                .isEqualTo(403);
    }
}
