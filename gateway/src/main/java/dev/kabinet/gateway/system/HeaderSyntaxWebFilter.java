package dev.kabinet.gateway.system;

import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses, before any other filter, a request whose {@code Accept}, {@code Content-Type} or {@code Accept-Language}
 * cannot be parsed (a quality of {@code NaN}, a media type without {@code /}, an empty range ...): a 400 problem in
 * the resident's language (Russian when Accept-Language itself is unreadable) instead of whatever a later reader of the header would make of it (Spring Security's entry point failed
 * with a 500, a service answered 406 with no body because it could not write its problem in the "accepted" type).
 * Headers a browser or the web client sends always parse.
 */
@Component
public class HeaderSyntaxWebFilter implements WebFilter, Ordered {

    private final Problems problems;

    public HeaderSyntaxWebFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String unreadable = unreadableHeader(exchange.getRequest().getHeaders());
        if (unreadable != null) {
            return problems.write(
                    exchange, HttpStatus.BAD_REQUEST, "malformed-request", "problem.header-unreadable", unreadable);
        }
        return chain.filter(exchange);
    }

    /** The name of the first header that does not parse, or {@code null} when they all do. */
    static String unreadableHeader(HttpHeaders headers) {
        List<String> accept = headers.get(HttpHeaders.ACCEPT);
        if (accept != null && !parses(() -> MediaType.parseMediaTypes(accept))) {
            return HttpHeaders.ACCEPT;
        }
        List<String> contentType = headers.get(HttpHeaders.CONTENT_TYPE);
        if (contentType != null
                && (contentType.size() != 1 || !parses(() -> MediaType.parseMediaType(contentType.getFirst())))) {
            return HttpHeaders.CONTENT_TYPE;
        }
        List<String> languages = headers.get(HttpHeaders.ACCEPT_LANGUAGE);
        if (languages != null
                && !parses(() -> languages.forEach(value -> {
                    if (!value.isBlank()) {
                        Locale.LanguageRange.parse(value);
                    }
                }))) {
            return HttpHeaders.ACCEPT_LANGUAGE;
        }
        return null;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
