package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

@DisplayName("ID-10 routing: /api/<svc>/v1/** to the service's /api/v1/** with the access token relayed")
class RoutingTest extends GatewayTestSupport {

    @Autowired
    ServerOAuth2AuthorizedClientRepository authorizedClients;

    @Test
    void rewritesThePathAndRelaysTheBearerToken() throws InterruptedException {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/metering/v1/x?page=2")
                .accept(MediaType.APPLICATION_JSON)
                .cookie("KABINET_SESSION", "browser-session")
                .exchange()
                .expectStatus()
                .isOk()
                .expectCookie()
                .doesNotExist("upstream")
                .expectBody()
                .jsonPath("$.path")
                .isEqualTo("/api/v1/x");
        var received = UPSTREAM.take();
        assertThat(received.uri()).isEqualTo("/api/v1/x?page=2");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + IVANOVA_TOKEN);
        assertThat(received.header("Cookie"))
                .as("the browser's cookies stay at the gateway")
                .isNull();
    }

    @Test
    void routesEveryServiceByItsName() throws InterruptedException {
        for (String service : List.of("identity", "metering", "billing", "payment", "notification")) {
            web.mutateWith(ivanova())
                    .get()
                    .uri("/api/" + service + "/v1/me")
                    .exchange()
                    .expectStatus()
                    .isOk();
            assertThat(UPSTREAM.take().uri()).isEqualTo("/api/v1/me");
        }
    }

    @Test
    void renewsAnExpiredAccessTokenWithTheRefreshToken() throws InterruptedException {
        Instant now = Instant.now();
        var user = new DefaultOidcUser(
                AuthorityUtils.createAuthorityList("OIDC_USER"),
                new OidcIdToken(
                        "id-token", now.minusSeconds(600), now.plusSeconds(600), java.util.Map.of("sub", "7d1c")),
                "sub");
        var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
        var expired = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "expired-token", now.minusSeconds(600), now.minusSeconds(300));
        var client = new OAuth2AuthorizedClient(
                keycloak(), "7d1c", expired, new OAuth2RefreshToken("refresh-1", now.minusSeconds(600)));
        WebTestClientConfigurer storedInSession = (builder, httpHandlerBuilder, connector) ->
                httpHandlerBuilder.filters(filters -> filters.addFirst((exchange, chain) -> authorizedClients
                        .saveAuthorizedClient(client, authentication, exchange)
                        .then(chain.filter(exchange))));

        web.mutateWith(mockAuthentication(authentication))
                .mutateWith(storedInSession)
                .get()
                .uri("/api/billing/v1/y")
                .exchange()
                .expectStatus()
                .isOk();

        var refresh = UPSTREAM.take("/idp/token");
        assertThat(refresh.body()).contains("grant_type=refresh_token").contains("refresh_token=refresh-1");
        assertThat(refresh.header("Authorization")).as("client_secret_basic").startsWith("Basic ");
        var relayed = UPSTREAM.take("/api/v1/");
        assertThat(relayed.header("Authorization")).isEqualTo("Bearer " + Upstream.REFRESHED_TOKEN);
    }

    @Test
    void apiDocsAreServedWithoutLogin() throws InterruptedException {
        web.get()
                .uri("/api/metering/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.openapi")
                .isEqualTo("3.1.0");
        var received = UPSTREAM.take();
        assertThat(received.uri()).isEqualTo("/v3/api-docs");
        assertThat(received.header("Authorization")).isNull();
    }

    @Test
    void aServiceThatIsDownIsA503Problem() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/account/v1/accounts")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/service-unavailable")
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.detail")
                .isEqualTo("Сервис временно недоступен. Повторите попытку позже.")
                .jsonPath("$.instance")
                .isEqualTo("/api/account/v1/accounts");
    }

    @Test
    void anUnknownServiceIsA404Problem() {
        web.mutateWith(ivanova())
                .get()
                .uri("/api/nonexistent/v1/x")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/not-found");
    }
}
