package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.UriComponentsBuilder;

@DisplayName("ID-10 BFF session: login with PKCE, /bff/me, 401 for XHRs, logout through Keycloak")
class BffSessionTest extends GatewayTestSupport {

    @Test
    void anonymousMeIsA401ProblemNotARedirect() {
        web.get()
                .uri("/bff/me")
                .header("X-Requested-With", "XMLHttpRequest")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .doesNotExist(HttpHeaders.LOCATION)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/unauthorized")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.title")
                .isEqualTo("Требуется вход")
                .jsonPath("$.detail")
                .isEqualTo("Требуется вход в личный кабинет.")
                .jsonPath("$.instance")
                .isEqualTo("/bff/me")
                .jsonPath("$.traceId")
                .isNotEmpty();
    }

    @Test
    void anonymousMeNavigatedToInTheBrowserIsStillA401() {
        web.get()
                .uri("/bff/me")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void meNamesTheLoggedInResidentAndHerAccounts() {
        web.mutateWith(ivanova())
                .get()
                .uri("/bff/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader()
                .valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*")
                .expectBody()
                .json("""
                        {"username":"ivanova","name":"Анна Иванова","accounts":["1000000011","1000000012"]}""", true);
    }

    @Test
    void meNeverShowsATokenToTheBrowser() {
        String body = web.mutateWith(ivanova())
                .get()
                .uri("/bff/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).doesNotContain(IVANOVA_TOKEN).doesNotContain("id-token-of-ivanova");
    }

    @Test
    void aVisitorLearnsFromSessionThatNobodyIsLoggedInWithoutAnErrorResponse() {
        var result = web.get()
                .uri("/bff/session")
                .header("X-Requested-With", "XMLHttpRequest")
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader()
                .valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*")
                .expectBody()
                .json("""
                        {"authenticated":false}""", true)
                .returnResult();
        assertThat(result.getResponseCookies())
                .as("asking starts no session")
                .doesNotContainKeys("KABINET_SESSION", "XSRF-TOKEN");
    }

    @Test
    void sessionNamesTheLoggedInResidentAndHerAccountsWithoutAToken() {
        String body = web.mutateWith(ivanova())
                .get()
                .uri("/bff/session")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body)
                .isEqualTo("{\"authenticated\":true,\"username\":\"ivanova\",\"name\":\"Анна Иванова\","
                        + "\"accounts\":[\"1000000011\",\"1000000012\"]}")
                .doesNotContain(IVANOVA_TOKEN)
                .doesNotContain("id-token-of-ivanova");
    }

    @Test
    void sessionIsReadOnly() {
        web.mutateWith(csrf())
                .post()
                .uri("/bff/session")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void anonymousXhrToAnApiIsA401ProblemNotARedirect() {
        web.get()
                .uri("/api/account/v1/accounts")
                .header("X-Requested-With", "XMLHttpRequest")
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .doesNotExist(HttpHeaders.LOCATION)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/unauthorized");
    }

    @Test
    void anonymousApiCallIsA401EvenWhenItAcceptsHtml() {
        web.get()
                .uri("/api/metering/v1/accounts/1000000011/meters")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    @DisplayName(
            "UX-4 the login page opens in the web client's language: ?lang=en sends ui_locales=en; an unknown one adds nothing")
    void loginPassesTheChosenLanguageToKeycloak() {
        for (var lang : List.of("en", "ru")) {
            URI location = web.get()
                    .uri("/oauth2/authorization/keycloak?lang=" + lang)
                    .exchange()
                    .expectStatus()
                    .isFound()
                    .returnResult(Void.class)
                    .getResponseHeaders()
                    .getLocation();
            var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
            assertThat(query.get("ui_locales")).as(location::toString).containsExactly(lang);
            assertThat(query.getFirst("code_challenge")).as("PKCE stays").isNotBlank();
        }
        URI unknown = web.get()
                .uri("/oauth2/authorization/keycloak?lang=de")
                .exchange()
                .expectStatus()
                .isFound()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getLocation();
        var query = UriComponentsBuilder.fromUri(unknown).build().getQueryParams();
        assertThat(query).as(unknown::toString).doesNotContainKey("ui_locales");
    }

    @Test
    void loginStartsTheAuthorizationCodeFlowWithPkce() {
        var result = web.get()
                .uri("/oauth2/authorization/keycloak")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus()
                .isFound()
                .expectBody()
                .isEmpty();
        URI location = result.getResponseHeaders().getLocation();
        var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        assertThat(location.toString()).startsWith(UPSTREAM.url() + "/idp/auth?");
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo("kabinet-gateway");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.getFirst("nonce")).isNotBlank();
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(query.getFirst("scope")).contains("openid");
        assertThat(query.getFirst("redirect_uri")).endsWith("/login/oauth2/code/keycloak");

        ResponseCookie session = result.getResponseCookies().getFirst("KABINET_SESSION");
        assertThat(session)
                .as("the session cookie keeping the authorization request")
                .isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.getPath()).isEqualTo("/");
        assertThat(session.isSecure())
                .as("off for localhost unless KABINET_SECURE_COOKIES")
                .isFalse();
    }

    @Test
    void logoutEndsTheKeycloakSessionAndComesBackHome() {
        var result = web.mutateWith(ivanova())
                .mutateWith(csrf())
                .post()
                .uri("http://localhost:8080/logout")
                .exchange()
                .expectStatus()
                .isFound()
                .expectBody()
                .isEmpty();
        URI location = result.getResponseHeaders().getLocation();
        var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        assertThat(location.toString()).startsWith(UPSTREAM.url() + "/idp/logout?");
        assertThat(query.getFirst("id_token_hint")).isEqualTo("id-token-of-ivanova");
        assertThat(query.getFirst("post_logout_redirect_uri")).isEqualTo("http://localhost:8080/");
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefused() {
        web.mutateWith(ivanova())
                .post()
                .uri("/logout")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/csrf-rejected");
    }

    @Test
    void anonymousLogoutJustGoesHome() {
        web.mutateWith(csrf())
                .post()
                .uri("/logout")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .location("/");
    }
}
