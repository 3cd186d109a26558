package dev.kabinet.gateway.routing;

import dev.kabinet.gateway.system.GatewayProperties;
import dev.kabinet.gateway.system.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Every response a service sends through a route names public addresses only: the headers that carry a URL
 * ({@code Location}, {@code Content-Location}, {@code Link}, {@code Refresh}) and the URLs in a problem detail's body
 * ({@code instance}, and any other field naming a service's host) are mapped by {@link PublicAddresses}. The services
 * know nothing of the gateway's paths; this is the one place that translates. A refusal that arrives without a problem
 * body (empty, or a servlet container's HTML page) leaves as the problem of its status, and no {@code Server} banner
 * passes. A service's problem that lacks what every Kabinet problem carries gets it here: {@code Content-Language}
 * (the service read the same Accept-Language by the same rule), {@code instance} (the public path) and
 * {@code traceId} (the service's {@code X-Trace-Id}, else the gateway's trace) — as for a service's 404 of an unknown
 * path, answered by its error page.
 */
@Component
class PublicAddressFilter implements GlobalFilter, Ordered {

    /** Metadata key of a service route: its public prefix {@code /api/<svc>}. */
    static final String PUBLIC_PREFIX = "kabinet.public-prefix";

    /** The header in which a service names the trace of its answer (the platform's {@code TRACE_HEADER}). */
    static final String TRACE_HEADER = "X-Trace-Id";

    private static final List<String> URL_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION);

    private final PublicAddresses addresses;
    private final JsonMapper json;
    private final Problems problems;

    PublicAddressFilter(GatewayProperties properties, JsonMapper json, Problems problems) {
        this.addresses = new PublicAddresses(properties);
        this.json = json;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // wraps the response before the filter that copies the service's body into it
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object prefix = route == null ? null : route.getMetadata().get(PUBLIC_PREFIX);
        if (!(prefix instanceof String publicPrefix)) {
            return chain.filter(exchange);
        }
        String publicPath = exchange.getRequest().getPath().value();
        var response = new Translated(exchange.getResponse(), publicPrefix, publicPath, Problems.language(exchange));
        return chain.filter(exchange.mutate().response(response).build());
    }

    /** The service's response on its way to the browser, addresses translated before it is written. */
    private final class Translated extends ServerHttpResponseDecorator {

        private final String prefix;
        private final String publicPath;
        private final Locale language;

        Translated(ServerHttpResponse delegate, String prefix, String publicPath, Locale language) {
            super(delegate);
            this.prefix = prefix;
            this.publicPath = publicPath;
            this.language = language;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            translateHeaders();
            if (isRefusal() && !isProblem()) {
                return Flux.from(body).doOnNext(DataBufferUtils::release).then(Mono.defer(this::writeProblem));
            }
            if (!isProblem()) {
                return super.writeWith(body);
            }
            return DataBufferUtils.join(Flux.from(body))
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(joined -> {
                        if (joined.isEmpty()) {
                            // a problem type with no body at all: still a refusal the browser can read
                            return isRefusal() ? writeProblem() : super.writeWith(Flux.empty());
                        }
                        DataBuffer buffer = joined.get();
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        DataBufferUtils.release(buffer);
                        byte[] translated = translateProblem(bytes);
                        HttpHeaders headers = getDelegate().getHeaders();
                        headers.remove(HttpHeaders.TRANSFER_ENCODING);
                        if (!headers.containsHeader(HttpHeaders.CONTENT_LANGUAGE)) {
                            // the service read the same Accept-Language by the same rule (ProblemCatalog)
                            headers.set(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
                        }
                        headers.setContentLength(translated.length);
                        return super.writeWith(Mono.just(bufferFactory().wrap(translated)));
                    });
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            translateHeaders();
            return super.writeAndFlushWith(body);
        }

        @Override
        public Mono<Void> setComplete() {
            translateHeaders();
            return isRefusal() ? writeProblem() : super.setComplete();
        }

        private boolean isRefusal() {
            HttpStatusCode status = getDelegate().getStatusCode();
            return status != null && status.value() >= 400;
        }

        /** A refusal the service answered without a problem (an empty body, a servlet container's page). */
        private Mono<Void> writeProblem() {
            HttpStatusCode code = getDelegate().getStatusCode();
            HttpStatus status = code == null ? null : HttpStatus.resolve(code.value());
            byte[] problem =
                    problems.bodyFor(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, publicPath, language);
            HttpHeaders headers = getDelegate().getHeaders();
            headers.remove(HttpHeaders.TRANSFER_ENCODING);
            headers.set(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
            headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            headers.setContentLength(problem.length);
            headers.setCacheControl("no-store");
            return super.writeWith(Mono.just(bufferFactory().wrap(problem)));
        }

        private boolean isProblem() {
            MediaType type = getDelegate().getHeaders().getContentType();
            return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
        }

        private void translateHeaders() {
            HttpHeaders headers = getDelegate().getHeaders();
            headers.remove("Server");
            headers.remove("X-Powered-By");
            for (String name : URL_HEADERS) {
                List<String> values = headers.get(name);
                if (values != null) {
                    headers.put(name, addresses.publicUrls(values, prefix));
                }
            }
            List<String> links = headers.get(HttpHeaders.LINK);
            if (links != null) {
                headers.put(
                        HttpHeaders.LINK,
                        links.stream()
                                .map(l -> addresses.publicLinks(l, prefix))
                                .toList());
            }
            List<String> refresh = headers.get("Refresh");
            if (refresh != null) {
                headers.put(
                        "Refresh",
                        refresh.stream()
                                .map(r -> addresses.publicRefresh(r, prefix))
                                .toList());
            }
        }

        private byte[] translateProblem(byte[] body) {
            JsonNode tree;
            try {
                tree = json.readTree(body);
            } catch (RuntimeException notJson) {
                return body;
            }
            if (!(tree instanceof ObjectNode problem)) {
                return body;
            }
            translateStrings(problem);
            if (problem.get("instance") instanceof StringNode instance) {
                problem.put("instance", addresses.publicUrl(instance.asString(), prefix));
            } else if (!problem.has("instance")) {
                problem.put("instance", publicPath);
            }
            if (!problem.has("traceId")) {
                // the service's trace (it names it in X-Trace-Id), else the gateway's own: the same trace
                String traceId = getDelegate().getHeaders().getFirst(TRACE_HEADER);
                if (traceId == null) {
                    traceId = problems.traceId();
                }
                if (traceId != null) {
                    problem.put("traceId", traceId);
                }
            }
            return json.writeValueAsBytes(problem);
        }

        /** Any absolute URL naming a service, wherever it is in the body. */
        private void translateStrings(JsonNode node) {
            if (node instanceof ObjectNode object) {
                for (Map.Entry<String, JsonNode> field : object.properties()) {
                    if (field.getValue() instanceof StringNode text
                            && text.asString().contains("://")) {
                        object.put(field.getKey(), absoluteOnly(text.asString()));
                    } else {
                        translateStrings(field.getValue());
                    }
                }
            } else if (node != null && node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    JsonNode item = node.get(i);
                    if (item instanceof StringNode text && text.asString().contains("://")) {
                        ((tools.jackson.databind.node.ArrayNode) node).set(i, absoluteOnly(text.asString()));
                    } else {
                        translateStrings(item);
                    }
                }
            }
        }

        private String absoluteOnly(String value) {
            return value.contains("://") ? addresses.publicUrl(value, prefix) : value;
        }
    }
}
