package dev.kabinet.gateway.system;

import dev.kabinet.problems.ProblemCatalog;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details in the shape every Kabinet service uses: {@code type}
 * ({@code https://kabinet.dev/problems/<slug>}), {@code title}, {@code status}, a {@code detail} a resident can act on,
 * {@code instance} and the {@code traceId} — in the resident's language (Accept-Language: Russian or English, Russian
 * first), from the shared {@link ProblemCatalog}. Used by the security handlers, the filters and the error handler,
 * so a refusal at the gateway reads like a refusal from a service.
 */
@Component
public class Problems {

    public static final String TYPE_BASE = ProblemCatalog.TYPE_BASE;

    private final JsonMapper json;
    private final ObjectProvider<Tracer> tracer;

    public Problems(JsonMapper json, ObjectProvider<Tracer> tracer) {
        this.json = json;
        this.tracer = tracer;
    }

    /** Answers the exchange with the problem {@code slug}, its detail the catalog's {@code problem.<slug>}. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug) {
        return write(exchange, status, slug, "problem." + slug);
    }

    /**
     * Answers the exchange with the problem {@code slug} and the catalog's message {@code detailCode} as its detail,
     * unless the response is already on its way.
     */
    public Mono<Void> write(
            ServerWebExchange exchange, HttpStatus status, String slug, String detailCode, Object... arguments) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Locale language = language(exchange);
        byte[] bytes = body(
                status,
                slug,
                ProblemCatalog.message(detailCode, language, arguments),
                exchange.getRequest().getPath().value(),
                language);
        response.setStatusCode(status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(bytes.length);
        headers.setCacheControl("no-store");
        headers.set(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    /**
     * The problem detail of a refusal known only by its status (a service's bare or foreign error page), as bytes.
     */
    public byte[] bodyFor(HttpStatus status, String instance, Locale language) {
        return body(
                status,
                ProblemCatalog.slug(status.value()),
                ProblemCatalog.detail(status.value(), language),
                instance,
                language);
    }

    /** The resident's language: Russian, or English when Accept-Language prefers it ({@link ProblemCatalog}). */
    public static Locale language(ServerWebExchange exchange) {
        return ProblemCatalog.language(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private byte[] body(HttpStatus status, String slug, String detail, String instance, Locale language) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", TYPE_BASE + slug);
        body.put("title", ProblemCatalog.title(status.value(), language));
        body.put("status", status.value());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        String traceId = traceId();
        if (traceId != null) {
            body.put("traceId", traceId);
        }
        return json.writeValueAsBytes(body);
    }

    /** The current request's trace id, if it is traced. */
    public @Nullable String traceId() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        return span == null ? null : span.context().traceId();
    }
}
