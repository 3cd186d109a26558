package dev.kabinet.gateway.system;

import dev.kabinet.problems.ProblemCatalog;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Every failure that reaches the top becomes a problem detail instead of Boot's white-label page or JSON: a service
 * that cannot be reached answers 503, one that is too slow 504, an expired login that cannot be refreshed 401, and
 * anything unexpected 500 without details. Ordered before Boot's own handler.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final Problems problems;

    public ProblemErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        String route = routeId(exchange);
        if (unreachable(error)) {
            log.warn("Route {} unavailable: {}", route, error.toString());
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
        }
        if (error instanceof TimeoutException) {
            return timeout(exchange, route);
        }
        if (error instanceof OAuth2AuthorizationException e) {
            // the refresh token was refused (Keycloak session ended): the resident must log in again
            log.info(
                    "Route {} refused: access token could not be renewed ({})",
                    route,
                    e.getError().getErrorCode());
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.session-expired");
        }
        if (error instanceof DataBufferLimitException) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
        }
        if (error instanceof ResponseStatusException e) {
            HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
            if (status == null) {
                status = HttpStatus.INTERNAL_SERVER_ERROR;
            }
            if (status == HttpStatus.GATEWAY_TIMEOUT) {
                return timeout(exchange, route);
            }
            if (status.is5xxServerError()) {
                log.error("Route {} failed with {}", route, status.value(), e);
            }
            exchange.getResponse().getHeaders().addAll(e.getHeaders());
            return problems.write(exchange, status, ProblemCatalog.slug(status.value()));
        }
        if (error instanceof InvalidMediaTypeException || error instanceof InvalidMimeTypeException) {
            // a header no filter checked (HeaderSyntaxWebFilter checks Accept and Content-Type up front)
            log.info("Route {} refused an unreadable media type: {}", route, error.getMessage());
            return problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request");
        }
        log.error("Unexpected failure on route {}", route, error);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal");
    }

    private Mono<Void> timeout(ServerWebExchange exchange, String route) {
        log.warn("Route {} did not answer in time", route);
        return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout");
    }

    private static boolean unreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof PrematureCloseException) {
                return true;
            }
        }
        return false;
    }

    private static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "-" : route.getId();
    }
}
