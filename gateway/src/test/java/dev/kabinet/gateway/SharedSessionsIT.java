package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kabinet.platform.test.TestServers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.ReactorResourceFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two gateway instances (A and B: two application contexts on random ports) sharing the run's Redis, with the run's
 * real Keycloak: a session started on A is served by B with the same cookie (tokens relayed by B), the resident goes
 * on on B when A is gone, and a session ended at Keycloak ends at the gateway at once — Keycloak's back-channel logout
 * reaches B and the session A created answers 401 on A.
 *
 * <p>Each run creates its own resident (and deletes it after), so ending "all sessions of the user" touches no other
 * test's login. Keycloak calls the back-channel URL of the realm's gateway client, {@code localhost:8080} in the realm
 * file; for the test it points at B's port and is put back afterwards.
 */
@DisplayName("ID-10 (#6, #12) Gateways share sessions in Redis; a session ended at Keycloak ends at the gateway")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedSessionsIT {

    private static final Upstream UPSTREAM = Upstream.get();
    private static final KeycloakAdmin ADMIN = new KeycloakAdmin();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Sessions-2026";
    private static final String BACK_CHANNEL_URL = "backchannel.logout.url";
    private static final String METERS = "/api/metering/v1/accounts/1000000011/meters";

    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;
    private static String a;
    private static String b;
    private static String username;
    private static String userId;
    private static ObjectNode gatewayClient;

    @BeforeAll
    static void startTwoGatewaysAndAResident() {
        instanceA = gateway();
        instanceB = gateway();
        a = "http://localhost:" + instanceA.getEnvironment().getProperty("local.server.port");
        b = "http://localhost:" + instanceB.getEnvironment().getProperty("local.server.port");
        username = "gw-sessions-" + UUID.randomUUID().toString().substring(0, 8);
        userId = ADMIN.createResident(username, PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (gatewayClient != null) {
            // Keycloak keeps an attribute the update leaves out: an empty value removes the test's URL
            var attributes = (ObjectNode) gatewayClient.get("attributes");
            if (!attributes.has(BACK_CHANNEL_URL)) {
                attributes.put(BACK_CHANNEL_URL, "");
            }
            ADMIN.updateClient(gatewayClient);
        }
        if (userId != null) {
            ADMIN.deleteUser(userId);
        }
        for (var context : new ConfigurableApplicationContext[] {instanceA, instanceB}) {
            if (context != null) {
                context.close();
            }
        }
    }

    /** One gateway instance: its own port, the run's Keycloak and Redis, the metering service stood in for. */
    private static ConfigurableApplicationContext gateway() {
        return new SpringApplicationBuilder(GatewayApplication.class, OwnEventLoops.class)
                .run(
                        "--server.port=0",
                        "--kabinet.gateway.issuer-uri=" + TestServers.get().issuerUri(),
                        "--spring.security.oauth2.client.registration.keycloak.redirect-uri="
                                + KeycloakBrowser.REALM_REDIRECT,
                        "--kabinet.gateway.services.metering=" + UPSTREAM.url(),
                        "--spring.data.redis.host=" + TestRedis.get().host(),
                        "--spring.data.redis.port=" + TestRedis.get().port());
    }

    @Test
    @Order(1)
    @DisplayName("Keycloak ends the resident's session (admin sign-out): the gateway session answers 401 at once")
    void aSessionEndedAtKeycloakEndsAtTheGateway() throws Exception {
        assumeTrue(
                System.getenv("KABINET_TEST_INFRA") != null,
                "Keycloak must reach the gateway under test at localhost: the run's local Keycloak does, a Keycloak "
                        + "container (Testcontainers) does not");
        var browser = new KeycloakBrowser();
        browser.logIn(a, username, PASSWORD);
        assertThat(browser.get(URI.create(a + "/bff/me")).statusCode()).isEqualTo(200);
        assertThat(browser.get(URI.create(a + METERS)).statusCode()).isEqualTo(200);

        // Keycloak's back-channel logout goes to instance B; the session was created on A
        gatewayClient = ADMIN.client("kabinet-gateway");
        var pointedAtB = gatewayClient.deepCopy();
        pointedAtB.put("frontchannelLogout", false);
        ((ObjectNode) pointedAtB.get("attributes"))
                .put(BACK_CHANNEL_URL, b + "/logout/connect/back-channel/keycloak")
                .put("backchannel.logout.session.required", "true");
        ADMIN.updateClient(pointedAtB);

        ADMIN.logOut(userId);

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(
                        () -> assertThat(browser.get(URI.create(a + "/bff/me")).statusCode())
                                .isEqualTo(401));
        var api = browser.get(URI.create(a + METERS));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(api.body()).get("type").asString()).endsWith("/unauthorized");
        assertThat(browser.get(URI.create(b + "/bff/me")).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(2)
    @DisplayName("a session started on gateway A is served by B, and the resident goes on on B when A is gone")
    void aSessionOutlivesItsGateway() throws Exception {
        var browser = new KeycloakBrowser();
        browser.logIn(a, username, PASSWORD);
        assertThat(me(browser, a)).contains("\"username\":\"" + username + "\"");

        // the same cookie on the other instance: the session, its login and its tokens come from Redis
        assertThat(me(browser, b)).contains("\"username\":\"" + username + "\"");
        UPSTREAM.clear();
        assertThat(browser.get(URI.create(b + METERS)).statusCode()).isEqualTo(200);
        assertThat(UPSTREAM.take("/api/v1/").header("Authorization")).startsWith("Bearer ey");

        instanceA.close(); // the kill: A is gone with everything in its memory
        assertThat(me(browser, b)).contains("\"username\":\"" + username + "\"");
        UPSTREAM.clear();
        assertThat(browser.get(URI.create(b + METERS)).statusCode()).isEqualTo(200);
        assertThat(UPSTREAM.take("/api/v1/").header("Authorization")).startsWith("Bearer ey");
    }

    /**
     * Each instance on its own Netty event loops: by default every context of a JVM shares Reactor Netty's global ones
     * and closing one context disposes them, taking the other instance's server down too (separate JVMs in real life).
     * A source of the two contexts only, not a {@code @Configuration}: component scanning must not find it.
     */
    static class OwnEventLoops {

        @Bean
        ReactorResourceFactory reactorResourceFactory() {
            var resources = new ReactorResourceFactory();
            resources.setUseGlobalResources(false);
            return resources;
        }
    }

    private static String me(KeycloakBrowser browser, String gateway) throws IOException, InterruptedException {
        HttpResponse<String> me = browser.get(URI.create(gateway + "/bff/me"));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        return me.body();
    }
}
