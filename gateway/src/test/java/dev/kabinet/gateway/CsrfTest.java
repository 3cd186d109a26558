package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.web.reactive.function.BodyInserters;

@DisplayName(
        "ID-10 CSRF: a token bound to the resident's session, copied into the XSRF-TOKEN cookie, required on writes")
class CsrfTest extends GatewayTestSupport {

    private static final String READINGS = "/api/metering/v1/accounts/1000000011/meters/101/readings";
    private static final String BODY = "{\"values\":{\"T1\":\"12346.0\"}}";

    /** What the browser holds after a page load in a logged-in session. */
    record Session(String id, String csrfToken) {}

    /** Ivanova's session after a page load: its id and the token the gateway issued for it. */
    private Session session;

    @BeforeEach
    void loadAPageInALoggedInSession() {
        session = session();
    }

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
        expectCsrfRejected(postReading(session.id(), session.csrfToken(), null));
        assertThat(UPSTREAM.nothingReceivedWithin(Duration.ofMillis(300))).isTrue();
    }

    @Test
    void postWithAWrongCsrfTokenIsRefused() {
        expectCsrfRejected(postReading(session.id(), session.csrfToken(), "not-" + session.csrfToken()));
    }

    @Test
    void aCookieAndHeaderPairPlantedBySomeoneElseIsRefusedInALoggedInSession() throws InterruptedException {
        expectCsrfRejected(postReading(session.id(), "x", "x"));
        assertThat(UPSTREAM.nothingReceivedWithin(Duration.ofMillis(300))).isTrue();
    }

    @Test
    void aPlantedPairIsRefusedWhenTheSessionHasNoTokenYet() {
        expectCsrfRejected(postReading(null, "x", "x"));
    }

    @Test
    void aPlantedCookieIsReplacedByTheSessionsToken() {
        var result = pageLoad(session.id(), "x");
        ResponseCookie cookie = result.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo(session.csrfToken());
    }

    @Test
    void postWithTheSessionsTokenInTheHeaderGoesThrough() throws InterruptedException {
        postReading(session.id(), session.csrfToken(), session.csrfToken())
                .expectStatus()
                .isCreated();
        var received = UPSTREAM.take("/api/v1/");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.uri()).isEqualTo("/api/v1/accounts/1000000011/meters/101/readings");
        assertThat(received.body()).isEqualTo(BODY);
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + IVANOVA_TOKEN);
    }

    /**
     * #5 fault C: the gateway read a form body looking for {@code _csrf}, then forwarded the request with its
     * {@code Content-Length} and no body, and the service waited for it until the response timeout (504). On an
     * {@code /api} route the token comes only from the header: a form-encoded write without it is refused at once.
     */
    @Test
    @DisplayName("ID-10 #5: a form-encoded /api write carrying the session's token only as _csrf is 403 csrf-rejected")
    void aFormEncodedApiWriteWithOnlyTheFormFieldIsRefusedAndNeverReachesTheService() throws InterruptedException {
        var response = web.mutateWith(ivanova())
                .post()
                .uri("/api/notification/v1/accounts/1000000011/messages/read")
                .cookie("KABINET_SESSION", session.id())
                .cookie("XSRF-TOKEN", session.csrfToken())
                .body(BodyInserters.fromFormData("_csrf", session.csrfToken()))
                .exchange();
        expectCsrfRejected(response);
        assertThat(UPSTREAM.nothingReceivedWithin(Duration.ofMillis(300))).isTrue();
    }

    @Test
    @DisplayName("ID-10 #5: a form-encoded /api write with the header reaches the service with its body intact")
    void aFormEncodedApiWriteWithTheHeaderReachesTheServiceWithItsBody() throws InterruptedException {
        web.mutateWith(ivanova())
                .post()
                .uri(READINGS)
                .cookie("KABINET_SESSION", session.id())
                .header("X-XSRF-TOKEN", session.csrfToken())
                .body(BodyInserters.fromFormData("_csrf", "not-read").with("T1", "12346.0"))
                .exchange()
                .expectStatus()
                .isCreated();
        var received = UPSTREAM.take("/api/v1/");
        assertThat(received.uri()).isEqualTo("/api/v1/accounts/1000000011/meters/101/readings");
        assertThat(received.body()).isEqualTo("_csrf=not-read&T1=12346.0");
    }

    @Test
    void theTokenOfOneSessionIsWorthNothingInAnother() {
        Session other = session();
        expectCsrfRejected(postReading(other.id(), null, session.csrfToken()));
    }

    @Test
    void logoutFormMayCarryTheSessionsTokenAsTheCsrfField() {
        logout(null, session.csrfToken())
                .expectStatus()
                .isFound()
                .expectHeader()
                .valueMatches("Location", ".*/idp/logout\\?.*");
    }

    @Test
    void logoutFormWithAPlantedCsrfFieldIsRefused() {
        expectCsrfRejected(logout("x", "x"));
    }

    /** Ivanova posts a reading in session {@code sessionId} (none if null) with the CSRF cookie and header given. */
    private ResponseSpec postReading(
            @Nullable String sessionId, @Nullable String csrfCookie, @Nullable String csrfHeader) {
        var request = web.mutateWith(ivanova()).post().uri(READINGS);
        if (sessionId != null) {
            request.cookie("KABINET_SESSION", sessionId);
        }
        if (csrfCookie != null) {
            request.cookie("XSRF-TOKEN", csrfCookie);
        }
        if (csrfHeader != null) {
            request.header("X-XSRF-TOKEN", csrfHeader);
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(BODY).exchange();
    }

    /** Ivanova's logout form in her session, with the CSRF cookie (none if null) and the form's {@code _csrf}. */
    private ResponseSpec logout(@Nullable String csrfCookie, String csrfField) {
        var request = web.mutateWith(ivanova()).post().uri("/logout").cookie("KABINET_SESSION", session.id());
        if (csrfCookie != null) {
            request.cookie("XSRF-TOKEN", csrfCookie);
        }
        return request.body(BodyInserters.fromFormData("_csrf", csrfField)).exchange();
    }

    private static void expectCsrfRejected(ResponseSpec response) {
        response.expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/csrf-rejected")
                .jsonPath("$.status")
                .isEqualTo(403);
    }

    private Session session() {
        var result = pageLoad(null);
        ResponseCookie id = result.getResponseCookies().getFirst("KABINET_SESSION");
        ResponseCookie token = result.getResponseCookies().getFirst("XSRF-TOKEN");
        assertThat(id).as("session cookie").isNotNull();
        assertThat(token).as("XSRF-TOKEN cookie").isNotNull();
        return new Session(id.getValue(), token.getValue());
    }

    private EntityExchangeResult<byte[]> pageLoad(@Nullable String sessionId) {
        return pageLoad(sessionId, null);
    }

    private EntityExchangeResult<byte[]> pageLoad(@Nullable String sessionId, @Nullable String csrfCookie) {
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
