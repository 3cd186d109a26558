package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.TestServers;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The BFF login against the run's real Keycloak (realm {@code kabinet}), the way a browser does it: the gateway
 * redirects with PKCE, Keycloak shows its login form, the resident's credentials come back as a code, the gateway
 * swaps it for tokens it keeps in its session, {@code /bff/me} names the resident, the access token relayed to a
 * service carries the {@code kabinet-api} audience and the accounts, and logout ends both sessions.
 *
 * <p>The realm only accepts the redirect URI {@code http://localhost:8080/login/oauth2/code/keycloak}; the gateway
 * under test runs on a random port but asks for that redirect URI, and the test carries the code to its real port.
 */
@DisplayName("ID-10 BFF login with the real Keycloak: PKCE, session, token relay, logout")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeycloakLoginIT {

    private static final String REALM_REDIRECT = KeycloakBrowser.REALM_REDIRECT;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Upstream UPSTREAM = Upstream.get();

    @LocalServerPort
    int port;

    private final KeycloakBrowser browser = new KeycloakBrowser();

    @DynamicPropertySource
    static void realKeycloak(DynamicPropertyRegistry registry) {
        registry.add("kabinet.gateway.issuer-uri", () -> TestServers.get().issuerUri());
        registry.add("spring.security.oauth2.client.registration.keycloak.redirect-uri", () -> REALM_REDIRECT);
        registry.add("kabinet.gateway.services.metering", UPSTREAM::url);
        TestRedis.register(registry);
    }

    @Test
    void residentLogsInThroughKeycloakAndOutAgain() throws Exception {
        // 1. the gateway starts the authorization code flow with PKCE
        var start = get(gateway("/oauth2/authorization/keycloak"));
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        var query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
        assertThat(authorize.toString()).startsWith(TestServers.get().issuerUri() + "/protocol/openid-connect/auth");
        assertThat(query.getFirst("client_id")).isEqualTo("kabinet-gateway");
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(decode(query.getFirst("redirect_uri"))).isEqualTo(REALM_REDIRECT);
        assertThat(decode(query.getFirst("scope"))).contains("openid");

        // 2. Keycloak accepts the request (client, redirect URI, PKCE) and shows its login form
        var loginPage = get(authorize);
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        String action = loginFormAction(loginPage.body());

        // 3. the resident logs in; Keycloak sends the browser back with a code
        var loggedIn = post(
                URI.create(action),
                "username=ivanova&password=" + encode(KeycloakTokens.DEMO_PASSWORD) + "&credentialId=",
                "application/x-www-form-urlencoded",
                null);
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
        URI callback = URI.create(loggedIn.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(REALM_REDIRECT + "?");

        // 4. the gateway swaps the code (and the PKCE verifier) for tokens and keeps them in its session
        var landed = get(gateway(callback.getRawPath() + "?" + callback.getRawQuery()));
        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location")).hasValue("/");
        HttpCookie session = cookie("KABINET_SESSION");
        assertThat(session.isHttpOnly()).isTrue();

        // 5. /bff/me names the resident, without any token
        var me = get(gateway("/bff/me"));
        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode user = JSON.readTree(me.body());
        assertThat(user.get("username").asString()).isEqualTo("ivanova");
        assertThat(user.get("name").asString()).isEqualTo("Анна Иванова");
        assertThat(user.get("accounts").toString()).isEqualTo("[\"1000000011\",\"1000000012\"]");
        assertThat(me.body()).doesNotContain("eyJ");

        // 6. a service gets the resident's access token, with the audience and the accounts
        UPSTREAM.clear();
        var meters = get(gateway("/api/metering/v1/accounts/1000000011/meters"));
        assertThat(meters.statusCode()).isEqualTo(200);
        var relayed = UPSTREAM.take("/api/v1/");
        assertThat(relayed.uri()).isEqualTo("/api/v1/accounts/1000000011/meters");
        String bearer = relayed.header("Authorization");
        assertThat(bearer).startsWith("Bearer ey");
        JsonNode claims = jwtClaims(bearer.substring("Bearer ".length()));
        assertThat(claims.get("aud").toString()).contains("kabinet-api");
        assertThat(claims.get("preferred_username").asString()).isEqualTo("ivanova");
        assertThat(claims.get("accounts").toString()).contains("1000000011", "1000000012");
        assertThat(claims.get("azp").asString()).isEqualTo("kabinet-gateway");

        // 7. logout (CSRF token from the cookie) ends the gateway session and sends the browser to Keycloak's
        // end-session endpoint with the ID token as hint and the gateway's home page as the way back
        get(gateway("/"));
        String csrf = cookie("XSRF-TOKEN").getValue();
        var logout = post(gateway("/logout"), "", "application/x-www-form-urlencoded", csrf);
        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = URI.create(logout.headers().firstValue("Location").orElseThrow());
        var logoutQuery = UriComponentsBuilder.fromUri(endSession).build().getQueryParams();
        assertThat(endSession.toString())
                .startsWith(TestServers.get().issuerUri() + "/protocol/openid-connect/logout?");
        assertThat(logoutQuery.getFirst("id_token_hint")).startsWith("ey");
        assertThat(decode(logoutQuery.getFirst("post_logout_redirect_uri")))
                .isEqualTo(gateway("/").toString());
        assertThat(get(gateway("/bff/me")).statusCode()).isEqualTo(401);

        // 8. Keycloak ends its session (the random port is not a registered post-logout URI, so without it) and
        // a new login asks for the password again
        var keycloakLogout = get(URI.create(TestServers.get().issuerUri()
                + "/protocol/openid-connect/logout?id_token_hint=" + logoutQuery.getFirst("id_token_hint")));
        assertThat(keycloakLogout.statusCode()).isEqualTo(200);
        var again = get(URI.create(get(gateway("/oauth2/authorization/keycloak"))
                .headers()
                .firstValue("Location")
                .orElseThrow()));
        assertThat(again.statusCode())
                .as("the login form again, not a silent SSO redirect")
                .isEqualTo(200);
        assertThat(again.body()).contains("kc-form-login");
    }

    @Test
    void twoLoginStartsInOneBrowserBothFinish() throws Exception {
        // a double click on «Войти» (or a second tab): two authorization requests pending in one session
        URI first = URI.create(get(gateway("/oauth2/authorization/keycloak"))
                .headers()
                .firstValue("Location")
                .orElseThrow());
        URI second = URI.create(get(gateway("/oauth2/authorization/keycloak"))
                .headers()
                .firstValue("Location")
                .orElseThrow());
        assertThat(state(first)).isNotEqualTo(state(second));

        // the resident finishes the FIRST one
        var loggedIn = post(
                URI.create(loginFormAction(get(first).body())),
                "username=ivanova&password=" + encode(KeycloakTokens.DEMO_PASSWORD) + "&credentialId=",
                "application/x-www-form-urlencoded",
                null);
        URI callback = URI.create(loggedIn.headers().firstValue("Location").orElseThrow());
        assertThat(state(callback)).isEqualTo(state(first));
        var landed = get(gateway(callback.getRawPath() + "?" + callback.getRawQuery()));
        assertThat(landed.headers().firstValue("Location"))
                .as("the first login lands on the home page, not /?login=failed")
                .hasValue("/");
        assertThat(get(gateway("/bff/me")).statusCode()).isEqualTo(200);

        // the second one finishes too (Keycloak's session answers it without the form)
        var silent = get(second);
        assertThat(silent.statusCode()).as(silent.body()).isEqualTo(302);
        URI secondCallback = URI.create(silent.headers().firstValue("Location").orElseThrow());
        assertThat(state(secondCallback)).isEqualTo(state(second));
        var landedAgain = get(gateway(secondCallback.getRawPath() + "?" + secondCallback.getRawQuery()));
        assertThat(landedAgain.headers().firstValue("Location")).hasValue("/");
        assertThat(get(gateway("/bff/me")).statusCode()).isEqualTo(200);
    }

    private static String state(URI uri) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst("state");
    }

    @Test
    void keycloakRefusesALoginWithoutTheRealmsRedirectUri() throws Exception {
        var authorize = URI.create(get(gateway("/oauth2/authorization/keycloak"))
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll("redirect_uri=[^&]+", "redirect_uri=" + encode("http://evil.example/callback")));
        var page = get(authorize);
        assertThat(page.statusCode()).isEqualTo(400);
    }

    private URI gateway(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return browser.get(uri);
    }

    private HttpResponse<String> post(URI uri, String body, String contentType, String csrf)
            throws IOException, InterruptedException {
        return browser.post(uri, body, contentType, csrf);
    }

    private HttpCookie cookie(String name) {
        return browser.cookie(name);
    }

    private static String loginFormAction(String html) {
        return KeycloakBrowser.loginFormAction(html);
    }

    private static JsonNode jwtClaims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
