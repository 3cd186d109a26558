package dev.kabinet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

@DisplayName("Account access: a resident reaches only linked accounts, an operator any")
class AccountAccessTest {

    private final AccountAccess access = new AccountAccess();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void permitsAnAccountLinkedInTheToken() {
        signIn(Map.of("accounts", List.of("1000000011", "1000000012")));
        access.check("1000000012");
    }

    @Test
    void refusesAnotherResidentsAccount() {
        signIn(Map.of("accounts", List.of("2000000021")));
        assertThatThrownBy(() -> access.check("1000000011"))
                .isInstanceOf(AccountAccessDenied.class)
                .satisfies(e -> assertThat(((AccountAccessDenied) e).slug()).isEqualTo("account-access-denied"));
    }

    @Test
    void refusesWhenTheTokenCarriesNoAccounts() {
        signIn(Map.of());
        assertThatThrownBy(() -> access.check("1000000011")).isInstanceOf(AccountAccessDenied.class);
    }

    @Test
    void refusesWithoutAuthentication() {
        assertThatThrownBy(() -> access.check("1000000011")).isInstanceOf(AccountAccessDenied.class);
    }

    @Test
    void letsAnOperatorReachAnyAccount() {
        signIn(Map.of("realm_access", Map.of("roles", List.of("operator"))));
        access.check("1000000011");
    }

    @Test
    void acceptsASingleValuedClaim() {
        signIn(Map.of("accounts", "1000000011"));
        assertThat(access.currentLinkedAccounts()).containsExactly("1000000011");
    }

    @Test
    void masksAccountNumbersForLogs() {
        assertThat(AccountAccess.mask("1000000011")).isEqualTo("10******11");
        assertThat(AccountAccess.mask("123")).isEqualTo("****");
        assertThat(AccountAccess.mask(null)).isEqualTo("****");
    }

    private static void signIn(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("user-1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        Jwt jwt = builder.build();
        SecurityContextHolder.getContext()
                .setAuthentication(new JwtAuthenticationToken(jwt, new KeycloakRolesConverter().convert(jwt)));
    }
}
