package dev.kabinet.gateway.limits;

import dev.kabinet.gateway.system.GatewayProperties;
import dev.kabinet.gateway.system.Problems;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies above {@code kabinet.gateway.max-request-size} with a 413 problem: at once when the
 * {@code Content-Length} says so, or as soon as a streamed body grows past the limit. A {@code multipart/form-data}
 * POST to a route that takes files ({@link UploadLimits}, AC-5 appeals) has {@code kabinet.gateway.uploads.max-size}
 * instead; the service behind it checks each file.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeWebFilter implements WebFilter {

    private final long defaultMaxBytes;
    private final long uploadMaxBytes;
    private final List<PathPattern> uploadPaths;
    private final Problems problems;

    RequestSizeWebFilter(GatewayProperties properties, UploadLimits uploads, Problems problems) {
        this.defaultMaxBytes = properties.maxRequestSize().toBytes();
        this.uploadMaxBytes = uploads.maxSize().toBytes();
        this.uploadPaths = uploads.paths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        this.problems = problems;
    }

    private long maxBytes(ServerHttpRequest request) {
        boolean upload = HttpMethod.POST.equals(request.getMethod())
                && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(
                        request.getHeaders().getContentType())
                && uploadPaths.stream()
                        .anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
        return upload ? uploadMaxBytes : defaultMaxBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long maxBytes = maxBytes(request);
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(
                exchange.mutate().request(new Limited(request, maxBytes)).build());
    }

    /** A body without a declared length, counted as it streams. */
    private static final class Limited extends ServerHttpRequestDecorator {

        private final long maxBytes;

        Limited(ServerHttpRequest delegate, long maxBytes) {
            super(delegate);
            this.maxBytes = maxBytes;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            var seen = new AtomicLong();
            return super.getBody().map(buffer -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
                }
                return buffer;
            });
        }
    }
}
