package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

@DisplayName(
        "ID-10 CSRF: a token bound to the resident's session, copied into the XSRF-TOKEN cookie, required on writes")
class CsrfTest extends GatewayTestSupport {

    private static final String READINGS = "/api/metering/v1/accounts/1000000011/meters/101/readings";
    private static final String BODY = "{\"values\":{\"T1\":\"12346.0\"}}";

    /** What the browser holds after a page load in a logged-in session. */
    record Session(String id, String csrfToken) {}

    @Test
    void pageLoadOfALoggedInResidentWritesAScriptReadableCsrfCookie() {
        var result = pageLoad(null);
        ResponseCookie cookie = result.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(cookie).as("XSRF-TOKEN cookie on a page load").isNotNull();
        assertThat(cookie.getValue()).isNotBlank();
        assertThat(cookie.isHttpOnly()).as("the web client must read it").isFalse();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(result.getResponseCookies().getFirst("KABINET_SESSION"))
                .as("the token lives in the session")
                .isNotNull();
    }

    @Test
    void anAnonymousPageLoadStartsNoSessionAndGetsNoToken() {
        var result = web.get()
                .uri("/")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult();
        assertThat(result.getResponseCookies()).doesNotContainKeys("XSRF-TOKEN", "KABINET_SESSION");
    }

    @Test
    void postWithoutTheCsrfTokenIsRefusedAndNeverReachesTheService() throws InterruptedException {
        Session session = session();
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .cookie("KABINET_SESSION", session.id())
                .cookie("XSRF-TOKEN", session.csrfToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(BODY)
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
        Session session = session();
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .cookie("KABINET_SESSION", session.id())
                .cookie("XSRF-TOKEN", session.csrfToken())
                .header("X-XSRF-TOKEN", "not-" + session.csrfToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(BODY)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aCookieAndHeaderPairPlantedBySomeoneElseIsRefusedInALoggedInSession() throws InterruptedException {
        Session session = session();
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .cookie("KABINET_SESSION", session.id())
                .cookie("XSRF-TOKEN", "x")
                .header("X-XSRF-TOKEN", "x")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(BODY)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/csrf-rejected");
        assertThat(UPSTREAM.nothingReceivedWithin(Duration.ofMillis(300))).isTrue();
    }

    @Test
    void aPlantedPairIsRefusedWhenTheSessionHasNoTokenYet() {
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .cookie("XSRF-TOKEN", "x")
                .header("X-XSRF-TOKEN", "x")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(BODY)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aPlantedCookieIsReplacedByTheSessionsToken() {
        Session session = session();
        var result = pageLoad(session.id(), "x");
        ResponseCookie cookie = result.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo(session.csrfToken());
    }

    @Test
    void postWithTheSessionsTokenInTheHeaderGoesThrough() throws InterruptedException {
        Session session = session();
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .cookie("KABINET_SESSION", session.id())
                .cookie("XSRF-TOKEN", session.csrfToken())
                .header("X-XSRF-TOKEN", session.csrfToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(BODY)
                .exchange()
                .expectStatus()
                .isCreated();
        var received = UPSTREAM.take("/api/v1/");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.uri()).isEqualTo("/api/v1/accounts/1000000011/meters/101/readings");
        assertThat(received.body()).isEqualTo(BODY);
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + IVANOVA_TOKEN);
    }

    @Test
    void theTokenOfOneSessionIsWorthNothingInAnother() {
        Session mine = session();
        Session other = session();
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .cookie("KABINET_SESSION", other.id())
                .header("X-XSRF-TOKEN", mine.csrfToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(BODY)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void logoutFormMayCarryTheSessionsTokenAsTheCsrfField() {
        Session session = session();
        web.mutateWith(ivanova())
                .post()
                .uri("/logout")
                .cookie("KABINET_SESSION", session.id())
                .body(BodyInserters.fromFormData("_csrf", session.csrfToken()))
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueMatches("Location", ".*/idp/logout\\?.*");
    }

    @Test
    void logoutFormWithAPlantedCsrfFieldIsRefused() {
        Session session = session();
        web.mutateWith(ivanova())
                .post()
                .uri("/logout")
                .cookie("KABINET_SESSION", session.id())
                .cookie("XSRF-TOKEN", "x")
                .body(BodyInserters.fromFormData("_csrf", "x"))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private Session session() {
        var result = pageLoad(null);
        ResponseCookie id = result.getResponseCookies().getFirst("KABINET_SESSION");
        ResponseCookie token = result.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(id).as("session cookie").isNotNull();
        assertThat(token).as("XSRF-TOKEN cookie").isNotNull();
        return new Session(id.getValue(), token.getValue());
    }

    private EntityExchangeResult<byte[]> pageLoad(String sessionId) {
        return pageLoad(sessionId, null);
    }

    private EntityExchangeResult<byte[]> pageLoad(String sessionId, String csrfCookie) {
        var request = web.mutateWith(ivanova()).get().uri("/").accept(MediaType.TEXT_HTML);
        if (sessionId != null) {
            request.cookie("KABINET_SESSION", sessionId);
        }
        if (csrfCookie != null) {
            request.cookie("XSRF-TOKEN", csrfCookie);
        }
        return request.exchange().expectStatus().isOk().expectBody().returnResult();
    }
}
