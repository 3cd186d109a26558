package dev.kabinet.gateway.login;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
 */
final class PendingAuthorizationRequests implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final int MAX_PENDING = 5;
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final String ATTRIBUTE = PendingAuthorizationRequests.class.getName() + ".PENDING";

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
            synchronized (session) {
                Pending found = pending(session, false).get(state);
                return found == null || found.expired(clock.instant()) ? null : found.request();
            }
        });
    }

    @Override
    public Mono<Void> saveAuthorizationRequest(OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
        if (request == null) {
            return removeAuthorizationRequest(exchange).then();
        }
        return exchange.getSession()
                .doOnNext(session -> {
                    synchronized (session) {
                        Instant now = clock.instant();
                        var all = pending(session, true);
                        all.values().removeIf(p -> p.expired(now));
                        all.put(request.getState(), new Pending(request, now.plus(LIFETIME)));
                        while (all.size() > MAX_PENDING) {
                            all.remove(all.keySet().iterator().next());
                        }
                        // a new map each time: a session store that copies attributes sees the change
                        session.getAttributes().put(ATTRIBUTE, new LinkedHashMap<>(all));
                    }
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
            synchronized (session) {
                var all = pending(session, true);
                Pending removed = all.remove(state);
                if (all.isEmpty()) {
                    session.getAttributes().remove(ATTRIBUTE);
                } else {
                    session.getAttributes().put(ATTRIBUTE, all);
                }
                return removed == null || removed.expired(clock.instant()) ? null : removed.request();
            }
        });
    }

    private static String state(ServerWebExchange exchange) {
        return exchange.getRequest().getQueryParams().getFirst(OAuth2ParameterNames.STATE);
    }

    private static LinkedHashMap<String, Pending> pending(WebSession session, boolean copy) {
        LinkedHashMap<String, Pending> stored = session.getAttribute(ATTRIBUTE);
        if (stored == null) {
            return new LinkedHashMap<>();
        }
        return copy ? new LinkedHashMap<>(stored) : stored;
    }

    /** One login start: the request sent to Keycloak and when it stops being accepted back. */
    record Pending(OAuth2AuthorizationRequest request, Instant expiresAt) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
