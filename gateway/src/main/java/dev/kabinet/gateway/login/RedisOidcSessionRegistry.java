package dev.kabinet.gateway.login;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveRedisTemplate;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializationContext;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which gateway session belongs to which Keycloak session, in Redis, so that a back-channel logout received by any
 * gateway instance finds the sessions every instance created (Spring Security's default registry is in one instance's
 * memory). Spring Security saves an entry after each OIDC login and moves it when the session id changes at login;
 * it is removed at logout, and by a back-channel logout token naming the Keycloak session ({@code sid}) or, without
 * one, the user ({@code sub}).
 *
 * <p>Keys, under {@code kabinet:gateway:oidc:}: {@code session:<gateway session id>} the entry (Java-serialized
 * {@link OidcSessionInformation}), {@code sid:<issuer>|<sid>} and {@code sub:<issuer>|<sub>} the sets of gateway
 * session ids. Every key expires after {@code lifetime} (at least the identity provider's longest session: Keycloak's
 * SSO session max lifespan, 10 h in realm {@code kabinet}); an entry whose gateway session expired earlier is harmless:
 * ending it deletes nothing.
 */
final class RedisOidcSessionRegistry implements ReactiveOidcSessionRegistry {

    static final String PREFIX = "kabinet:gateway:oidc:";

    private final ReactiveRedisTemplate<String, Object> entries;
    private final ReactiveStringRedisTemplate indexes;
    private final Duration lifetime;

    RedisOidcSessionRegistry(ReactiveRedisConnectionFactory redis, Duration lifetime) {
        this.entries = new ReactiveRedisTemplate<>(
                redis,
                RedisSerializationContext.<String, Object>newSerializationContext(RedisSerializer.java())
                        .key(RedisSerializer.string())
                        .hashKey(RedisSerializer.string())
                        .build());
        this.indexes = new ReactiveStringRedisTemplate(redis);
        this.lifetime = lifetime;
    }

    @Override
    public Mono<Void> saveSessionInformation(OidcSessionInformation info) {
        String id = info.getSessionId();
        return entries.opsForValue()
                .set(entryKey(id), info, lifetime)
                .thenMany(Flux.fromIterable(indexKeys(info.getPrincipal())))
                .concatMap(key -> indexes.opsForSet().add(key, id).then(indexes.expire(key, lifetime)))
                .then();
    }

    @Override
    public Mono<OidcSessionInformation> removeSessionInformation(String clientSessionId) {
        return entries.opsForValue()
                .getAndDelete(entryKey(clientSessionId))
                .ofType(OidcSessionInformation.class)
                .flatMap(info -> Flux.fromIterable(indexKeys(info.getPrincipal()))
                        .concatMap(key -> indexes.opsForSet().remove(key, clientSessionId))
                        .then(Mono.just(info)));
    }

    @Override
    public Flux<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
        String issuer = String.valueOf(token.getIssuer());
        String key = token.getSessionId() != null
                ? sidKey(issuer, token.getSessionId())
                : subKey(issuer, token.getSubject());
        return indexes.opsForSet().members(key).concatMap(this::removeSessionInformation);
    }

    private static List<String> indexKeys(OidcUser user) {
        String issuer = String.valueOf(user.getIssuer());
        var keys = new ArrayList<String>(2);
        String sid = user.getIdToken().getClaimAsString("sid");
        if (sid != null) {
            keys.add(sidKey(issuer, sid));
        }
        if (user.getSubject() != null) {
            keys.add(subKey(issuer, user.getSubject()));
        }
        return keys;
    }

    private static String entryKey(String sessionId) {
        return PREFIX + "session:" + sessionId;
    }

    private static String sidKey(String issuer, String sid) {
        return PREFIX + "sid:" + issuer + "|" + sid;
    }

    private static String subKey(String issuer, String subject) {
        return PREFIX + "sub:" + issuer + "|" + subject;
    }
}
