package dev.kabinet.e2e;

import static dev.kabinet.e2e.support.Json.items;
import static dev.kabinet.e2e.support.Json.text;
import static dev.kabinet.e2e.support.Json.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.e2e.support.MeterReadings;
import dev.kabinet.e2e.support.Multipart;
import dev.kabinet.e2e.support.Reply;
import dev.kabinet.e2e.support.Resident;
import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 2, "Tests and CI": a second demo resident is refused on the first resident's account by every
 * account-scoped endpoint that exists — through the gateway, with a real session each, and nothing changes.
 */
@DisplayName(
        "Issue 2 account isolation (AC-1, MT-1, MT-2, MT-3, MT-7, PY-3, PY-4, PY-5): petrov is refused on ivanova's"
                + " 1000000011")
@TestInstance(Lifecycle.PER_CLASS)
class AccountIsolationIT {

    private static final String IVANOVAS = "1000000011";
    private static final String PETROVS = "2000000021";
    /** An account number no one has (the demo generator's accounts start at 3000000000). */
    private static final String NO_SUCH = "1999999999";

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static final String IVANOVAS_METER = "101";
    private static final String IVANOVAS_READINGS = "/api/metering/v1/accounts/" + IVANOVAS + "/readings";

    /**
     * Every account-scoped endpoint that exists, called for ivanova's account. A new account-scoped endpoint is added
     * here, and only here. Writes carry a body ivanova herself could send, so nothing but the account check can
     * refuse them.
     */
    static List<Endpoint> accountScopedEndpoints() {
        return List.of(
                Endpoint.get("AC-1 account details", "/api/account/v1/accounts/" + IVANOVAS),
                Endpoint.get("MT-1 meters", "/api/metering/v1/accounts/" + IVANOVAS + "/meters"),
                Endpoint.get("MT-3 readings", IVANOVAS_READINGS),
                Endpoint.get(
                        "MT-5 reading history filtered and sorted",
                        IVANOVAS_READINGS + "?meterId=" + IVANOVAS_METER
                                + "&status=ACCEPTED&from=2026-01-01&to=2026-12-31&sort=status,asc&page=0&size=5"),
                Endpoint.get(
                        "MT-6 common-house meters", "/api/metering/v1/accounts/" + IVANOVAS + "/common-house-meters"),
                Endpoint.post(
                        "MT-2 submit a reading",
                        "/api/metering/v1/accounts/" + IVANOVAS + "/meters/" + IVANOVAS_METER + "/readings"),
                Endpoint.get(
                        "MT-7 charge preview",
                        "/api/billing/v1/accounts/" + IVANOVAS + "/charge-previews/" + UUID.randomUUID()),
                Endpoint.get("in-cabinet messages", "/api/notification/v1/accounts/" + IVANOVAS + "/messages"),
                Endpoint.get(
                        "NT-1 unread count", "/api/notification/v1/accounts/" + IVANOVAS + "/messages/unread-count"),
                Endpoint.get("NT-1 notification history", "/api/notification/v1/accounts/" + IVANOVAS + "/deliveries"),
                Endpoint.get("PY-5 payments", "/api/payment/v1/accounts/" + IVANOVAS + "/payments"),
                Endpoint.get(
                        "PY-4 one payment", "/api/payment/v1/accounts/" + IVANOVAS + "/payments/" + UUID.randomUUID()),
                Endpoint.write(
                        "PY-3 start a card payment", "POST", "/api/payment/v1/accounts/" + IVANOVAS + "/payments", """
                        {"lines": [{"lineCode": "EL", "amountKopecks": 100}],
                         "payer": {"name": "Иванова Анна Петровна", "email": "ivanova@kabinet.local"},
                         "consent": true}"""),
                Endpoint.write(
                        "PY-4 back from the bank",
                        "POST",
                        "/api/payment/v1/accounts/" + IVANOVAS + "/payments/" + UUID.randomUUID() + "/return",
                        "{}"),
                Endpoint.get(
                        "PY-9 a payment's refunds",
                        "/api/payment/v1/accounts/" + IVANOVAS + "/payments/" + UUID.randomUUID() + "/refunds"),
                Endpoint.write(
                        "PY-9 ask for a refund",
                        "POST",
                        "/api/payment/v1/accounts/" + IVANOVAS + "/payments/" + UUID.randomUUID() + "/refunds",
                        "{\"amountKopecks\": 100, \"reason\": \"Оплатила дважды\"}"),
                Endpoint.get("AC-3 preferences", "/api/account/v1/accounts/" + IVANOVAS + "/preferences"),
                Endpoint.get("AC-4 visit requests", "/api/account/v1/accounts/" + IVANOVAS + "/visit-requests"),
                Endpoint.get(
                        "AC-4 one visit request",
                        "/api/account/v1/accounts/" + IVANOVAS + "/visit-requests/" + UUID.randomUUID()),
                Endpoint.get("AC-5 appeals", "/api/account/v1/accounts/" + IVANOVAS + "/appeals"),
                Endpoint.get(
                        "AC-5 one appeal", "/api/account/v1/accounts/" + IVANOVAS + "/appeals/" + UUID.randomUUID()),
                Endpoint.get(
                        "AC-5 an appeal's attachment",
                        "/api/account/v1/accounts/" + IVANOVAS + "/appeals/" + UUID.randomUUID() + "/attachments/"
                                + UUID.randomUUID()),
                Endpoint.get("BL-1 balances", "/api/billing/v1/accounts/" + IVANOVAS + "/balances"),
                Endpoint.get("BL-3 penalties", "/api/billing/v1/accounts/" + IVANOVAS + "/penalties"),
                Endpoint.get("BL-1 BL-2 settlement history", "/api/billing/v1/accounts/" + IVANOVAS + "/settlements"),
                Endpoint.get("BL-4 tariffs", "/api/billing/v1/accounts/" + IVANOVAS + "/tariffs"),
                Endpoint.get("BL-3 receipts", "/api/billing/v1/accounts/" + IVANOVAS + "/receipts"),
                Endpoint.get(
                        "BL-3 a receipt's PDF",
                        "/api/billing/v1/accounts/" + IVANOVAS + "/receipts/"
                                + YearMonth.now(MOSCOW).minusMonths(1)),
                Endpoint.write("MT-4 delete a reading", "DELETE", IVANOVAS_READINGS + "/" + UUID.randomUUID(), null),
                Endpoint.write(
                        "AC-3 change preferences", "PUT", "/api/account/v1/accounts/" + IVANOVAS + "/preferences", """
                        {"phone": "+79160000011", "email": "ivanova@kabinet.local", "smsInforming": false,
                         "emailInforming": true, "billDelivery": "EMAIL"}"""),
                Endpoint.write(
                        "AC-4 ask for a visit",
                        "POST",
                        "/api/account/v1/accounts/" + IVANOVAS + "/visit-requests",
                        """
                        {"reason": "CHECK_METER", "preferredFrom": "%s", "preferredTo": "%s",
                         "contactPhone": "+79160000011"}""".formatted(
                                        LocalDate.now(MOSCOW).plusDays(2),
                                        LocalDate.now(MOSCOW).plusDays(5))),
                Endpoint.multipart(
                        "AC-5 write an appeal with a file",
                        "/api/account/v1/accounts/" + IVANOVAS + "/appeals",
                        new Multipart()
                                .field("type", "CHARGES")
                                .field("addressee", "CUSTOMER_SERVICE")
                                .field("text", "Прошу пересчитать начисление за октябрь.")
                                .file("files", "receipt.pdf", "application/pdf", MINIMAL_PDF)),
                Endpoint.write(
                        "NT-1 mark a message read",
                        "POST",
                        "/api/notification/v1/accounts/" + IVANOVAS + "/messages/" + UUID.randomUUID() + "/read",
                        "{}"),
                Endpoint.write(
                        "NT-1 mark messages read up to one",
                        "POST",
                        "/api/notification/v1/accounts/" + IVANOVAS + "/messages/read",
                        """
                        {"upTo": "%s"}""".formatted(UUID.randomUUID())));
    }

    /** The smallest PDF an appeal takes (its content is checked, not only its name). */
    private static final byte[] MINIMAL_PDF =
            "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII);

    /**
     * One endpoint; writes send a body ivanova could send herself: their own {@code body}, or (null, for the reading
     * submission) the reading made in {@link #logInBothResidents()}; a {@code DELETE} sends none.
     */
    record Endpoint(String feature, String method, String path, String body, Multipart form) {

        static Endpoint get(String feature, String path) {
            return new Endpoint(feature, "GET", path, null, null);
        }

        static Endpoint post(String feature, String path) {
            return new Endpoint(feature, "POST", path, null, null);
        }

        static Endpoint write(String feature, String method, String path, String body) {
            return new Endpoint(feature, method, path, body, null);
        }

        /** A {@code multipart/form-data} POST, as the web client sends a form with files. */
        static Endpoint multipart(String feature, String path, Multipart form) {
            return new Endpoint(feature, "POST", path, null, form);
        }

        Endpoint on(String number) {
            return new Endpoint(feature, method, path.replace(IVANOVAS, number), body, form);
        }

        Reply callAs(Resident resident, String validReading) {
            if (form != null) {
                return resident.send(resident.api(path)
                        .header(Resident.CSRF_HEADER, resident.csrfToken())
                        .header("Content-Type", form.contentType())
                        .POST(BodyPublishers.ofByteArray(form.bytes()))
                        .build());
            }
            return switch (method) {
                case "GET" -> resident.get(path);
                case "DELETE" -> resident.write(method, path, null); // with a valid CSRF token
                // a fresh Idempotency-Key, as the web client sends with a payment (PY-3)
                default ->
                    resident.write(
                            method,
                            path,
                            body != null ? body : validReading,
                            java.util.Map.of("Idempotency-Key", "isolation-" + UUID.randomUUID()));
            };
        }

        @Override
        public String toString() {
            return feature + ": " + method + " " + path;
        }
    }

    private Resident ivanova;
    private Resident petrov;
    private List<String> ivanovasReadingsBefore;
    private String aReadingIvanovaCouldSubmit;

    @BeforeAll
    void logInBothResidents() {
        ivanova = Resident.loggedIn("ivanova");
        petrov = Resident.loggedIn("petrov");
        ivanovasReadingsBefore = ivanovasReadings();
        aReadingIvanovaCouldSubmit =
                MeterReadings.of(ivanova, IVANOVAS, IVANOVAS_METER).nextReadingBody(BigDecimal.ONE);
    }

    @AfterAll
    void closeBrowsers() {
        if (ivanova != null) {
            ivanova.close();
        }
        if (petrov != null) {
            petrov.close();
        }
    }

    @Test
    @DisplayName("control: petrov's own session knows only his account 2000000021")
    void petrovSeesOnlyHisOwnAccount() {
        Reply me = petrov.get("/bff/me");
        assertThat(texts(me.expectJson(200), "accounts")).as(me::describe).containsExactly(PETROVS);

        Reply accounts = petrov.get("/api/account/v1/accounts");
        assertThat(items(accounts.expectJson(200)).stream().map(a -> text(a, "number")))
                .as(accounts::describe)
                .containsExactly(PETROVS);

        petrov.get("/api/account/v1/accounts/" + PETROVS).expectStatus(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accountScopedEndpoints")
    @DisplayName("403 account-access-denied for petrov, and ivanova's readings stay as they were")
    void refusesPetrovOnIvanovasAccount(Endpoint endpoint) {
        Reply reply = endpoint.callAs(petrov, aReadingIvanovaCouldSubmit);

        JsonNode problem = reply.expectProblem(403, "account-access-denied");
        assertThat(reply.body())
                .as(() -> "the refusal must not reveal ivanova's data\n" + reply.describe())
                .doesNotContain("Иванова", "Лесная");
        assertThat(text(problem, "detail")).as(reply::describe).isNotBlank();

        // the same refusal as for an account that does not exist: nothing tells petrov ivanova's number is real
        Reply none = endpoint.on(NO_SUCH).callAs(petrov, aReadingIvanovaCouldSubmit);
        JsonNode noneProblem = none.expectProblem(403, "account-access-denied");
        for (String member : List.of("type", "title", "status", "detail")) {
            assertThat(text(noneProblem, member))
                    .as(() -> member + " for a non-existent account vs ivanova's\n" + none.describe())
                    .isEqualTo(text(problem, member));
        }

        assertThat(ivanovasReadings())
                .as("ivanova's readings (ids, newest first) after petrov's " + endpoint)
                .isEqualTo(ivanovasReadingsBefore);
    }

    private List<String> ivanovasReadings() {
        return items(ivanova.get(IVANOVAS_READINGS).expectJson(200)).stream()
                .map(r -> text(r, "id"))
                .toList();
    }
}
