package dev.kabinet.gateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

@DisplayName("ID-9 after a link change the session's token is renewed and /bff/me reads the current token")
class StaleTokensTest {

    private static String jwt(String claims) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    @DisplayName("ID-9 a stale token keeps its value and refresh token but counts as expired beyond the clock skew")
    void expiredKeepsTheRefreshToken() {
        var registration = ClientRegistration.withRegistrationId("keycloak")
                .clientId("kabinet-gateway")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://localhost/auth")
                .tokenUri("http://localhost/token")
                .build();
        var now = Instant.now();
        var client = new OAuth2AuthorizedClient(
                registration,
                "ivanova",
                new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300), Set.of("openid")),
                new OAuth2RefreshToken("refresh", now));

        var stale = StaleTokenFilter.expired(client);

        assertThat(stale.getAccessToken().getTokenValue()).isEqualTo("access");
        assertThat(stale.getAccessToken().getExpiresAt()).isBefore(Instant.now().minusSeconds(60));
        assertThat(stale.getRefreshToken().getTokenValue()).isEqualTo("refresh");
        assertThat(stale.getPrincipalName()).isEqualTo("ivanova");
    }

    @Test
    @DisplayName("ID-9 the accounts claim of the current access token, sorted; none for an opaque token")
    void accountsOfTheCurrentToken() {
        assertThat(CurrentAccounts.accounts(jwt("{\"accounts\":[\"9100000302\",\"9100000301\"]}")))
                .containsExactly("9100000301", "9100000302");
        assertThat(CurrentAccounts.accounts(jwt("{\"accounts\":\"9100000301\"}")))
                .containsExactly("9100000301");
        assertThat(CurrentAccounts.accounts(jwt("{\"sub\":\"x\"}"))).isEmpty();
        assertThat(CurrentAccounts.accounts("opaque-access-token")).isNull();
    }
}
