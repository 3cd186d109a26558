package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

@DisplayName("Public addresses: no internal host, port or path of a service reaches the browser (#5)")
class PublicAddressesTest extends GatewayTestSupport {

    @Test
    void theLocationOfACreatedResourceNamesItsPublicPath() {
        var result = web.mutateWith(ivanova())
                .mutateWith(csrf())
                .post()
                .uri("/api/metering/v1/accounts/1000000011/meters/101/readings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult();
        var headers = result.getResponseHeaders();
        assertThat(headers.getFirst("Location"))
                .isEqualTo("/api/metering/v1/accounts/1000000011/meters/101/readings/r-1");
        assertThat(headers.getFirst("Content-Location"))
                .isEqualTo("/api/metering/v1/accounts/1000000011/meters/101/readings/r-1");
        assertThat(headers.getFirst("Link"))
                .isEqualTo("</api/metering/v1/accounts/1000000011/meters/101/readings/r-1>; rel=\"self\", "
                        + "</api/metering/v3/api-docs>; rel=\"describedby\"");
        assertThat(headers.toString()).doesNotContain("127.0.0.1");
    }

    @Test
    void everyServiceIsTranslatedByItsOwnPrefix() {
        for (String service : java.util.List.of("identity", "billing", "payment", "notification")) {
            web.mutateWith(ivanova())
                    .mutateWith(csrf())
                    .post()
                    .uri("/api/" + service + "/v1/things")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus()
                    .isCreated()
                    .expectHeader()
                    .valueEquals("Location", "/api/" + service + "/v1/things/r-1");
        }
    }

    @Test
    void aProblemsInstanceAndEveryUrlInItNameThePublicPath() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/accounts/1000000011/problem")
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("Link", "</api/metering/v1/help>; rel=\"help\"")
                .expectBody()
                .jsonPath("$.instance")
                .isEqualTo("/api/metering/v1/accounts/1000000011/problem")
                .jsonPath("$.errors[0].see")
                .isEqualTo("/api/metering/v1/rules")
                .jsonPath("$.detail")
                .isEqualTo("Проверьте показания.")
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/reading-invalid");
    }

    @Test
    void aRefreshHeaderNamesThePublicPath() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/billing/v1/refresh")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Refresh", "0; url=/api/billing/v1/next");
    }

    @Test
    void aServicesHtmlErrorPageBecomesAProblemWithoutTheServerBanner() {
        var body = web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/html-error")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .doesNotExist("Server")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body)
                .contains("\"type\":\"https://kabinet.dev/problems/malformed-request\"")
                .contains("\"instance\":\"/api/metering/v1/html-error\"")
                .doesNotContain("Tomcat");
    }

    @Test
    void aServicesBodilessRefusalBecomesAProblem() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/empty-error")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/unauthorized")
                .jsonPath("$.instance")
                .isEqualTo("/api/metering/v1/empty-error");
    }

    @Test
    void aProblemWithoutABodyGetsOne() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/payment/v1/empty-problem")
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(409)
                .jsonPath("$.instance")
                .isEqualTo("/api/payment/v1/empty-problem");
    }

    /**
     * A service's 404 for a path it has no handler for comes from its error page, without Content-Language or a
     * trace id in the body: the gateway completes it like its own problems (#5).
     */
    @Test
    void aServicesProblemWithoutLanguageOrTraceIsCompleted() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/billing/v1/nope")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en")
                .expectBody()
                .jsonPath("$.instance")
                .isEqualTo("/api/billing/v1/nope")
                .jsonPath("$.traceId")
                .isEqualTo(Upstream.SERVICE_TRACE_ID)
                .jsonPath("$.detail")
                .isEqualTo("There is no such page or resource.");
    }

    @Test
    void aServicesProblemKeepsTheLanguageAndTraceItNames() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/accounts/1000000011/problem")
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectHeader()
                .valueEquals(HttpHeaders.CONTENT_LANGUAGE, "ru")
                .expectBody()
                .jsonPath("$.instance")
                .isEqualTo("/api/metering/v1/accounts/1000000011/problem");
    }
}
