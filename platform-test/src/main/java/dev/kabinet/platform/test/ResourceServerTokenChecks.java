package dev.kabinet.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every service, as an OAuth2 resource server, refuses with 401 and an {@code unauthorized} problem: a token
 * without the {@code kabinet-api} audience, one of another issuer (a real one of Keycloak's other realm, and a minted
 * one), a forgery claiming Keycloak as issuer, an expired one, an unsigned one and garbage. A valid token of the same
 * user on the same endpoint is the control: it gets through, so each refusal is the token's fault. A service's
 * {@code TokenChecksIT} extends this with its port and one endpoint ivanova may call (#5).
 */
public abstract class ResourceServerTokenChecks {

    /** The port the service under test listens on. */
    protected abstract int port();

    /** A GET endpoint ivanova may call (any status but 401 with her real token). */
    protected abstract String endpointOfIvanova();

    @Test
    @DisplayName("control: ivanova's real token with the audience gets through")
    void acceptsAValidTokenOfKeycloakWithTheAudience() {
        assertThat(status(KeycloakTokens.accessToken("ivanova")))
                .as("a valid token must get through, or the refusals below prove nothing")
                .isNotEqualTo(401);
    }

    @Test
    void refusesARealTokenWithoutTheKabinetApiAudience() {
        assertUnauthorized(KeycloakTokens.accessTokenWithoutAudience("ivanova"));
    }

    @Test
    void refusesARealTokenOfAnotherRealmOfTheSameKeycloak() {
        assertUnauthorized(KeycloakTokens.accessTokenOfAnotherRealm());
    }

    @Test
    void refusesATokenOfAnotherIssuer() {
        assertUnauthorized(ForeignTokens.ofAnotherIssuer());
    }

    @Test
    void refusesATokenForgedForKeycloaksIssuer() {
        assertUnauthorized(ForeignTokens.forgedForTheRealIssuer());
    }

    @Test
    void refusesAnExpiredToken() {
        assertUnauthorized(ForeignTokens.expired());
    }

    @Test
    void refusesAnUnsignedToken() {
        assertUnauthorized(ForeignTokens.unsigned());
    }

    @Test
    void refusesGarbage() {
        assertUnauthorized("not-a-token");
    }

    private void assertUnauthorized(String token) {
        var response = get(token);
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/unauthorized");
    }

    private int status(String token) {
        return get(token).status();
    }

    private ServiceApi.Response get(String token) {
        return ServiceApi.on(port()).withToken(token).get(endpointOfIvanova());
    }
}
