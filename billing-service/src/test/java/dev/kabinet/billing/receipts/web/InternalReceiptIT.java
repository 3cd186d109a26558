package dev.kabinet.billing.receipts.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.settlements.LineSettlements;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.ServiceApi;
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
 * notification-service's way to a receipt PDF for an e-bill (NT-4, docs/adr/0035), with real Keycloak tokens:
 * {@code /internal/v1/receipts/{number}/{period}} answers the PDF to notification-service's client-credentials token
 * only; a resident's or an operator's token gets 403, none 401; a period not closed 404.
 */
@KabinetIntegrationTest
@DisplayName("NT-4 billing's internal receipt endpoint: the PDF for notification-service's own token only")
class InternalReceiptIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LineSettlements settlements;

    String account;
    YearMonth lastMonth;

    @BeforeEach
    void anAccountWithAClosedPeriod() {
        account = "79" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
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
        lastMonth = YearMonth.now(ZoneId.of("Europe/Moscow")).minusMonths(1);
        var line = LineSettlement.open(account, "EL", lastMonth, 0);
        line.charge(123_456);
        settlements.save(line);
        jdbc.update(
                "insert into closed_account (account_number, period, total_kopecks, lines, closed_by)"
                        + " values (?, ?, 0, 1, 'InternalReceiptIT')",
                account,
                lastMonth.atDay(1));
    }

    HttpResponse<byte[]> get(String token, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    @Test
    @DisplayName("NT-4 notification-service's client-credentials token gets the PDF of a closed period")
    void notificationServiceGetsThePdf() throws Exception {
        var response =
                get(KeycloakTokens.notificationServiceToken(), "/internal/v1/receipts/" + account + "/" + lastMonth);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var pdf = Loader.loadPDF(response.body())) {
            var text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
            assertThat(text).contains(account, "1 234,56");
        }
    }

    @Test
    @DisplayName("NT-4 a period not closed is 404 receipt-period-not-closed; a malformed number 400")
    void aPeriodNotClosedIsNotFound() throws Exception {
        var token = KeycloakTokens.notificationServiceToken();
        var open = get(token, "/internal/v1/receipts/" + account + "/" + lastMonth.plusMonths(1));
        var malformed = get(token, "/internal/v1/receipts/12ab/" + lastMonth);

        assertThat(open.statusCode()).isEqualTo(404);
        assertThat(new String(open.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("/receipt-period-not-closed");
        assertThat(malformed.statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("NT-4 a resident's, an operator's and another service's token get 403; no token 401")
    void nobodyElse() throws Exception {
        var path = "/internal/v1/receipts/" + account + "/" + lastMonth;

        assertThat(get(KeycloakTokens.accessToken("ivanova"), path).statusCode())
                .isEqualTo(403);
        assertThat(get(KeycloakTokens.accessToken("operator"), path).statusCode())
                .isEqualTo(403);
        assertThat(get(KeycloakTokens.identityServiceToken(), path).statusCode())
                .isEqualTo(403);
        assertThat(get(null, path).statusCode()).isEqualTo(401);
    }
}
