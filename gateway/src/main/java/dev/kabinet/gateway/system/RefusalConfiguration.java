package dev.kabinet.gateway.system;

import io.micrometer.tracing.Tracer;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import reactor.core.publisher.Mono;
import reactor.netty.NettyPipeline;

/**
 * Refusals that happen before a route or a controller: Spring Security's firewall answers a problem instead of its
 * bare 400 — 405 {@code method-not-allowed} with an {@code Allow} header for a method the gateway never serves
 * ({@code TRACE}, {@code TRACK}, {@code CONNECT}, {@code PROPFIND}, a lower-case {@code get}, any invented one), 400
 * {@code malformed-request} for an address it refuses (an encoded {@code /}, {@code %}, {@code ;}, percent-escapes
 * that are not UTF-8, or other smuggling shapes in the path) — and Netty's own early refusals get one from
 * {@link BareRefusalProblems}.
 */
@Configuration(proxyBeanMethods = false)
class RefusalConfiguration {

    /**
     * The methods the gateway serves anywhere; {@link StrictServerWebExchangeFirewall}'s default set, named here so
     * the {@code Allow} header and the firewall cannot disagree.
     */
    static final Set<HttpMethod> SERVED_METHODS = Set.of(
            HttpMethod.GET,
            HttpMethod.HEAD,
            HttpMethod.POST,
            HttpMethod.PUT,
            HttpMethod.PATCH,
            HttpMethod.DELETE,
            HttpMethod.OPTIONS);

    static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    /**
     * Spring Security's strict firewall with the methods above, plus one check it lacks: a path whose percent-escapes
     * are not valid UTF-8 ({@code %c0%af}, an overlong {@code /}; {@code %ff}) is refused here instead of being
     * passed on to a service, where a lenient decoder could read it as a separator.
     */
    @Bean
    ServerWebExchangeFirewall exchangeFirewall() {
        var strict = new StrictServerWebExchangeFirewall();
        strict.setAllowedHttpMethods(SERVED_METHODS);
        return exchange -> isValidUtf8(exchange.getRequest().getURI().getRawPath())
                ? strict.getFirewalledExchange(exchange)
                : Mono.error(new ServerExchangeRejectedException("The path's percent-escapes are not valid UTF-8"));
    }

    /** Whether the percent-escapes of a raw path decode to valid UTF-8 (a malformed escape is not this check's). */
    static boolean isValidUtf8(@Nullable String rawPath) {
        if (rawPath == null || rawPath.indexOf('%') < 0) {
            return true;
        }
        var bytes = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            int high = c == '%' && i + 2 < rawPath.length() ? Character.digit(rawPath.charAt(i + 1), 16) : -1;
            int low = high >= 0 ? Character.digit(rawPath.charAt(i + 2), 16) : -1;
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Bean
    ServerExchangeRejectedHandler exchangeRejectedProblem(Problems problems) {
        return (exchange, rejected) -> {
            if (!SERVED_METHODS.contains(exchange.getRequest().getMethod())) {
                exchange.getResponse().getHeaders().set(HttpHeaders.ALLOW, ALLOW);
                return problems.write(exchange, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
            }
            return problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request", "problem.rejected-address");
        };
    }

    @Bean
    NettyServerCustomizer bareRefusalProblems(ObjectProvider<Tracer> tracer) {
        return server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline()
                        .addAfter(
                                NettyPipeline.HttpCodec,
                                "kabinet.bareRefusals",
                                new BareRefusalProblems(tracer.getIfAvailable()));
            }
        });
    }
}
