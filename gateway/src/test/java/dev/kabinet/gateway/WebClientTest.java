package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

@DisplayName("UX-1 web client: SPA fallback, caching, security headers and the one Swagger UI")
class WebClientTest extends GatewayTestSupport {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
            + "form-action 'self' http://localhost:8180";

    @Test
    void pageNavigationToAClientRouteServesIndexHtml() {
        String body = web.get()
                .uri("/accounts/1000000011")
                .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML, MediaType.ALL)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.noCache())
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).contains("Kabinet test page");
    }

    @Test
    void rootServesIndexHtml() {
        web.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void indexHtmlItselfIsRevalidatedOnEveryLoad() {
        web.get()
                .uri("/index.html")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache");
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        web.get()
                .uri("/assets/index-Test1234.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
                .expectHeader()
                .contentTypeCompatibleWith(new MediaType("text", "javascript"));
    }

    @Test
    void aMissingFileIsA404ProblemNotIndexHtml() {
        web.get()
                .uri("/assets/missing-abc.js")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void xhrForJsonOnAClientRouteIsNotAnswereWithHtml() {
        web.get()
                .uri("/accounts/1000000011")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : java.util.List.of("/", "/assets/index-Test1234.js", "/bff/me")) {
            web.get()
                    .uri(path)
                    .accept(MediaType.TEXT_HTML)
                    .exchange()
                    .expectHeader()
                    .valueEquals("Content-Security-Policy", CSP)
                    .expectHeader()
                    .valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader()
                    .valueEquals("Referrer-Policy", "same-origin")
                    .expectHeader()
                    .valueEquals("X-Frame-Options", "DENY")
                    .expectHeader()
                    .valueMatches("Permissions-Policy", "camera=\\(\\), microphone=\\(\\), geolocation=\\(\\).*")
                    .expectHeader()
                    .doesNotExist("Strict-Transport-Security");
        }
    }

    @Test
    void proxiedResponsesCarryTheSecurityHeadersToo() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/x")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Content-Security-Policy", CSP)
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void hstsOnlyOverHttps() {
        web.get()
                .uri("https://localhost/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectHeader()
                .valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
    }

    @Test
    void swaggerUiListsEveryService() {
        web.get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection()
                .expectHeader()
                .valueMatches(HttpHeaders.LOCATION, ".*/swagger-ui/index.html");
        web.get()
                .uri("/swagger-ui/index.html")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Content-Security-Policy", ".*style-src 'self' 'unsafe-inline'.*");
        web.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'metering')].url")
                .isEqualTo("/api/metering/v3/api-docs")
                .jsonPath("$.urls.length()")
                .isEqualTo(7);
    }

    @Test
    void healthIsPublicAndOtherActuatorEndpointsAreNot() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        web.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
    }
}
