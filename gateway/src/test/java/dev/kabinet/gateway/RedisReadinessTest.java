package dev.kabinet.gateway;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Without Redis the gateway can keep no session, so it must leave the load balancer: readiness DOWN (503), while
 * liveness stays UP (a restart would not bring Redis back). Redis here is a port nothing listens on.
 */
@DisplayName("#12 the gateway without its Redis: not ready, still alive")
@SpringBootTest
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(GatewayTestSupport.LocalIdentityProvider.class)
class RedisReadinessTest {

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void redisDown(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", Upstream::closedPort);
    }

    @Test
    @DisplayName("readiness answers 503 DOWN, liveness 200 UP")
    void notReadyButAlive() {
        web.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("DOWN");
        web.get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }
}
