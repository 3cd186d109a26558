package dev.kabinet.gateway.login;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * The login starts not yet finished in this session, by their {@code state}. Spring Security's default keeps one per
 * session, so a second start (a double click on «Войти», a second tab) overwrites the first and finishing the first
 * login fails. Here each start is kept until its callback comes back, so any of them can finish; at most
 * {@link #MAX_PENDING} are kept (the oldest goes first) and each for {@link #LIFETIME} at most.
 *
 * <p>Each start is its own session attribute ({@code …PENDING.<state>}): the session lives in Redis and is shared by
 * every gateway instance, and Spring Session writes only the attributes a request changed, so two starts handled at
 * the same time (by one instance or two) never overwrite each other, and the callback may reach another instance.
 */
final class PendingAuthorizationRequests implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final int MAX_PENDING = 5;
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final String PREFIX = PendingAuthorizationRequests.class.getName() + ".PENDING.";
    /** Orders starts of one instant (a coarse clock); across instances the instant alone orders them. */
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Clock clock;

    PendingAuthorizationRequests(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> loadAuthorizationRequest(ServerWebExchange exchange) {
        String state = state(exchange);
        if (state == null) {
            return Mono.empty();
        }
        return exchange.getSession().mapNotNull(session -> {
            Pending found = session.getAttribute(PREFIX + state);
            return found == null || found.expired(clock.instant()) ? null : found.request();
        });
    }

    @Override
    public Mono<Void> saveAuthorizationRequest(OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
        if (request == null) {
            return removeAuthorizationRequest(exchange).then();
        }
        return exchange.getSession()
                .doOnNext(session -> {
                    Instant now = clock.instant();
                    var attributes = session.getAttributes();
                    attributes.put(
                            PREFIX + request.getState(),
                            new Pending(request, now.plus(LIFETIME), SEQUENCE.incrementAndGet()));
                    var kept = pending(session);
                    kept.stream().filter(p -> p.getValue().expired(now)).forEach(p -> attributes.remove(p.getKey()));
                    var live = kept.stream()
                            .filter(p -> !p.getValue().expired(now))
                            .sorted(Comparator.comparing((Map.Entry<String, Pending> p) ->
                                            p.getValue().expiresAt())
                                    .thenComparingLong(p -> p.getValue().sequence()))
                            .toList();
                    live.subList(0, Math.max(0, live.size() - MAX_PENDING)).forEach(p -> attributes.remove(p.getKey()));
                })
                .then();
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> removeAuthorizationRequest(ServerWebExchange exchange) {
        String state = state(exchange);
        if (state == null) {
            return Mono.empty();
        }
        return exchange.getSession().mapNotNull(session -> {
            Object removed = session.getAttributes().remove(PREFIX + state);
            return removed instanceof Pending p && !p.expired(clock.instant()) ? p.request() : null;
        });
    }

    private static String state(ServerWebExchange exchange) {
        return exchange.getRequest().getQueryParams().getFirst(OAuth2ParameterNames.STATE);
    }

    private static List<Map.Entry<String, Pending>> pending(WebSession session) {
        return session.getAttributes().entrySet().stream()
                .filter(e -> e.getKey().startsWith(PREFIX) && e.getValue() instanceof Pending)
                .map(e -> Map.entry(e.getKey(), (Pending) e.getValue()))
                .toList();
    }

    /**
     * One login start: the request sent to Keycloak, when it stops being accepted back, and its place among the
     * starts of the same instant.
     */
    record Pending(OAuth2AuthorizationRequest request, Instant expiresAt, long sequence) implements Serializable {

        @Serial
        private static final long serialVersionUID = 2L;

        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
