package dev.kabinet.gateway.system;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import reactor.netty.NettyPipeline;

/**
 * Refusals that happen before a route or a controller: Spring Security's firewall (an encoded {@code /}, {@code %},
 * {@code ;} or other smuggling shapes in the path) answers a problem instead of its bare 400, and Netty's own early
 * refusals get one from {@link BareRefusalProblems}.
 */
@Configuration(proxyBeanMethods = false)
class RefusalConfiguration {

    @Bean
    ServerExchangeRejectedHandler exchangeRejectedProblem(Problems problems) {
        return (exchange, rejected) ->
                problems.write(exchange, HttpStatus.BAD_REQUEST, "malformed-request", "problem.rejected-address");
    }

    @Bean
    NettyServerCustomizer bareRefusalProblems() {
        return server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "kabinet.bareRefusals", new BareRefusalProblems());
            }
        });
    }
}
