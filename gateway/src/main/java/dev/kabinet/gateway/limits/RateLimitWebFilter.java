package dev.kabinet.gateway.limits;

import dev.kabinet.gateway.system.GatewayProperties;
import dev.kabinet.gateway.system.Problems;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits the dynamic endpoints ({@code /api}, {@code /bff}, login and logout) per session, or per client address
 * while there is no session, and answers a 429 problem with {@code Retry-After} beyond the limit. Static files of the
 * web client are not counted. The gateway's {@code RequestRateLimiter} was not used: its only implementation needs
 * Redis and it refuses with an empty body rather than a problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RateLimitWebFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitWebFilter.class);

    private final TokenBuckets buckets;
    private final Problems problems;

    RateLimitWebFilter(GatewayProperties properties, Problems problems) {
        var limit = properties.rateLimit();
        this.buckets = new TokenBuckets(limit.capacity(), limit.refillPerSecond(), System::nanoTime);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limited(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return chain.filter(exchange);
        }
        return exchange.getSession()
                .map(session -> session.isStarted() ? "session:" + session.getId() : "address:" + address(exchange))
                .flatMap(key -> {
                    var decision = buckets.take(key);
                    if (decision.allowed()) {
                        return chain.filter(exchange);
                    }
                    log.warn("Rate limit exceeded by a {}", key.startsWith("session:") ? "session" : "client address");
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(decision.retryAfterSeconds()));
                    return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
                });
    }

    static boolean limited(String path) {
        return path.startsWith("/api/")
                || path.startsWith("/bff/")
                || path.startsWith("/oauth2/")
                || path.startsWith("/login/")
                || path.equals("/logout");
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
    }
}
