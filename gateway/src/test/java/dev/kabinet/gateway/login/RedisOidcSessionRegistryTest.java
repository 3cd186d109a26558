package dev.kabinet.gateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.gateway.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The link gateway session ↔ Keycloak session in the run's real Redis: found by the logout token's {@code sid}, else
 * by its {@code sub}, only within the token's issuer, and gone once used, so a second delivery ends nothing.
 */
@DisplayName("ID-10 (#6) the OIDC session registry in Redis finds the gateway sessions of a logout token")
class RedisOidcSessionRegistryTest {

    private static final String ISSUER = "http://localhost:8180/realms/kabinet";
    private static LettuceConnectionFactory redis;
    private static RedisOidcSessionRegistry registry;

    @BeforeAll
    static void connect() {
        redis = new LettuceConnectionFactory(
                TestRedis.get().host(), TestRedis.get().port());
        redis.afterPropertiesSet();
        redis.start();
        registry = new RedisOidcSessionRegistry(redis, Duration.ofMinutes(5));
    }

    @AfterAll
    static void disconnect() {
        redis.destroy();
    }

    @Test
    @DisplayName("a logout token naming a Keycloak session ends the gateway sessions of that session only, once")
    void bySessionId() {
        String subject = UUID.randomUUID().toString();
        String sid = UUID.randomUUID().toString();
        var first = session(subject, sid);
        var second = session(subject, sid);
        var otherDevice = session(subject, UUID.randomUUID().toString());
        for (var info : new OidcSessionInformation[] {first, second, otherDevice}) {
            registry.saveSessionInformation(info).block();
        }

        var ended = registry.removeSessionInformation(token(ISSUER, subject, sid))
                .collectList()
                .block();

        assertThat(ended)
                .extracting(OidcSessionInformation::getSessionId)
                .containsExactlyInAnyOrder(first.getSessionId(), second.getSessionId());
        assertThat(registry.removeSessionInformation(token(ISSUER, subject, sid))
                        .collectList()
                        .block())
                .as("a second delivery of the token")
                .isEmpty();
        assertThat(registry.removeSessionInformation(otherDevice.getSessionId()).block())
                .as("the other device's session is still linked")
                .isNotNull();
    }

    @Test
    @DisplayName("a logout token without sid ends every gateway session of the user at that issuer")
    void bySubject() {
        String subject = UUID.randomUUID().toString();
        var phone = session(subject, UUID.randomUUID().toString());
        var laptop = session(subject, UUID.randomUUID().toString());
        registry.saveSessionInformation(phone).block();
        registry.saveSessionInformation(laptop).block();

        assertThat(registry.removeSessionInformation(token("http://elsewhere/realms/kabinet", subject, null))
                        .collectList()
                        .block())
                .as("another issuer's user of the same id")
                .isEmpty();
        assertThat(registry.removeSessionInformation(token(ISSUER, subject, null))
                        .collectList()
                        .block())
                .extracting(OidcSessionInformation::getSessionId)
                .containsExactlyInAnyOrder(phone.getSessionId(), laptop.getSessionId());
    }

    @Test
    @DisplayName("a gateway session ended by the resident (logout) is no longer found by a later logout token")
    void removedAtLogout() {
        String subject = UUID.randomUUID().toString();
        String sid = UUID.randomUUID().toString();
        var info = session(subject, sid);
        registry.saveSessionInformation(info).block();

        assertThat(registry.removeSessionInformation(info.getSessionId()).block())
                .extracting(OidcSessionInformation::getSessionId)
                .isEqualTo(info.getSessionId());
        assertThat(registry.removeSessionInformation(token(ISSUER, subject, sid))
                        .collectList()
                        .block())
                .isEmpty();
    }

    private static OidcSessionInformation session(String subject, String sid) {
        var idToken = OidcIdToken.withTokenValue("id-token")
                .issuer(ISSUER)
                .subject(subject)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .claim("sid", sid)
                .build();
        var user = new DefaultOidcUser(AuthorityUtils.createAuthorityList("OIDC_USER"), idToken);
        return new OidcSessionInformation(UUID.randomUUID().toString(), Map.of("X-XSRF-TOKEN", "t"), user);
    }

    private static OidcLogoutToken token(String issuer, String subject, String sid) {
        var token = OidcLogoutToken.withTokenValue("logout-token")
                .issuer(issuer)
                .subject(subject)
                .audience(List.of("kabinet-gateway"))
                .issuedAt(Instant.now())
                .jti(UUID.randomUUID().toString())
                .events(Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
        if (sid != null) {
            token.sessionId(sid);
        }
        return token.build();
    }
}
