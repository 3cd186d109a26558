package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.reactive.function.BodyInserters;

@DisplayName("ID-10 CSRF: the XSRF-TOKEN cookie is set on page loads and required on state-changing calls")
class CsrfTest extends GatewayTestSupport {

    private static final String READINGS = "/api/metering/v1/accounts/1000000011/meters/101/readings";

    @Test
    void pageLoadWritesAScriptReadableCsrfCookie() {
        ResponseCookie cookie = csrfCookie();
        assertThat(cookie.getValue()).isNotBlank();
        assertThat(cookie.isHttpOnly()).as("the web client must read it").isFalse();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void postWithoutTheCsrfTokenIsRefusedAndNeverReachesTheService() throws InterruptedException {
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"values\":{\"T1\":\"12346.0\"}}")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/csrf-rejected")
                .jsonPath("$.status")
                .isEqualTo(403);
        assertThat(UPSTREAM.nothingReceivedWithin(Duration.ofMillis(300))).isTrue();
    }

    @Test
    void postWithAWrongCsrfTokenIsRefused() {
        String token = csrfCookie().getValue();
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .cookie("XSRF-TOKEN", token)
                .header("X-XSRF-TOKEN", "not-" + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"values\":{\"T1\":\"12346.0\"}}")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void postWithTheTokenFromTheCookieInTheHeaderGoesThrough() throws InterruptedException {
        String token = csrfCookie().getValue();
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .cookie("XSRF-TOKEN", token)
                .header("X-XSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"values\":{\"T1\":\"12346.0\"}}")
                .exchange()
                .expectStatus()
                .isCreated();
        var received = UPSTREAM.take("/api/v1/");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.uri()).isEqualTo("/api/v1/accounts/1000000011/meters/101/readings");
        assertThat(received.body()).isEqualTo("{\"values\":{\"T1\":\"12346.0\"}}");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + IVANOVA_TOKEN);
    }

    @Test
    void logoutFormMayCarryTheTokenAsTheCsrfField() {
        String token = csrfCookie().getValue();
        web.mutateWith(ivanova())
                .post()
                .uri("/logout")
                .cookie("XSRF-TOKEN", token)
                .body(BodyInserters.fromFormData("_csrf", token))
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueMatches("Location", ".*/idp/logout\\?.*");
    }

    private ResponseCookie csrfCookie() {
        var result = web.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        ResponseCookie cookie = result.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(cookie).as("XSRF-TOKEN cookie on a page load").isNotNull();
        return cookie;
    }
}
