package dev.kabinet.e2e;

import static dev.kabinet.e2e.support.Json.items;
import static dev.kabinet.e2e.support.Json.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.e2e.support.MeterReadings;
import dev.kabinet.e2e.support.Reply;
import dev.kabinet.e2e.support.Resident;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 2, "Gateway (BFF)": what the gateway guards for every journey — sessions instead of tokens, CSRF on writes,
 * problem details instead of login redirects for the web client's calls, security headers, the web client and one
 * Swagger UI.
 */
@DisplayName("Issue 2 gateway guards: 401/403 problems, CSRF, problem details, security headers, SPA, Swagger UI")
@TestInstance(Lifecycle.PER_CLASS)
class GatewayGuardsIT {

    private static final String READINGS = "/api/metering/v1/accounts/1000000011/meters/101/readings";
    private static final String READINGS_LIST = "/api/metering/v1/accounts/1000000011/readings";

    private Resident ivanova;

    @BeforeAll
    void logIn() {
        ivanova = Resident.loggedIn("ivanova");
    }

    @AfterAll
    void closeBrowser() {
        if (ivanova != null) {
            ivanova.close();
        }
    }

    @Test
    @DisplayName("an anonymous call of the web client gets 401 problem JSON, not a redirect to the login page")
    void anonymousApiCallIs401Problem() {
        try (Resident anonymous = Resident.anonymous()) {
            Reply reply = anonymous.get("/api/account/v1/accounts");

            reply.expectStatus(401);
            assertThat(reply.header("Location")).as(reply::describe).isEmpty();
            assertThat(reply.contentType()).as(reply::describe).startsWith("application/problem+json");
            assertThat(reply.json().path("status").asInt()).as(reply::describe).isEqualTo(401);

            anonymous.get("/bff/me").expectStatus(401);
        }
    }

    @Test
    @DisplayName("MT-2: a write without the CSRF header (a forged cross-site request) is refused with 403")
    void writeWithoutCsrfTokenIsRefused() {
        List<String> before = readingIds();
        // a reading that would be accepted with the token: only the missing token can refuse it
        String body = MeterReadings.of(ivanova, "1000000011", "101").nextReadingBody(BigDecimal.ONE);

        ivanova.postWithoutCsrfToken(READINGS, body).expectStatus(403);
        ivanova.postWithCsrfToken(READINGS, body, "forged-" + UUID.randomUUID()).expectStatus(403);

        assertThat(readingIds()).as("readings after refused writes").isEqualTo(before);
    }

    @Test
    @DisplayName("MT-2: a malformed JSON body is refused with 400 problem JSON carrying a type")
    void malformedJsonIs400Problem() {
        Reply reply = ivanova.post(READINGS, "{\"values\": {\"T1\": ");

        reply.expectProblem(400, null);
        assertThat(text(reply.json(), "detail")).as(reply::describe).isNotBlank();
    }

    @Test
    @DisplayName("the web client's page carries security headers: CSP, X-Content-Type-Options")
    void securityHeaders() {
        try (Resident anonymous = Resident.anonymous()) {
            Reply page = anonymous.navigate("/");

            assertThat(page.header("Content-Security-Policy"))
                    .as(page::describe)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src"));
            assertThat(page.header("X-Content-Type-Options")).as(page::describe).hasValue("nosniff");
        }
    }

    @Test
    @DisplayName("/ serves the web client's index.html")
    void servesTheWebClient() {
        try (Resident anonymous = Resident.anonymous()) {
            Reply page = anonymous.navigate("/");

            page.expectStatus(200);
            assertThat(page.hops()).as(page::describe).isEmpty();
            assertThat(page.contentType()).as(page::describe).startsWith("text/html");
            assertThat(page.body())
                    .as(page::describe)
                    .contains("<div id=\"root\">")
                    .contains("<script");
        }
    }

    @Test
    @DisplayName("one Swagger UI at /swagger-ui.html")
    void swaggerUiIsReachable() {
        Reply page = ivanova.navigate("/swagger-ui.html");

        page.expectStatus(200);
        assertThat(page.body()).as(page::describe).containsIgnoringCase("swagger");
    }

    @ParameterizedTest(name = "/api/{0}/v3/api-docs")
    @ValueSource(strings = {"identity", "account", "metering", "billing", "payment", "notification"})
    @DisplayName("each service's OpenAPI document is served through the gateway")
    void openApiOfEveryService(String service) {
        Reply reply = ivanova.get("/api/" + service + "/v3/api-docs");

        assertThat(text(reply.expectJson(200), "openapi")).as(reply::describe).startsWith("3.");
    }

    private List<String> readingIds() {
        return items(ivanova.get(READINGS_LIST).expectJson(200)).stream()
                .map(r -> text(r, "id"))
                .toList();
    }
}
