package dev.kabinet.gateway;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The Redis server this test run keeps the gateway's sessions in: the run's shared one when {@code ./kabinet test}
 * (or {@code ./kabinet up --only infra}) started the servers ({@code KABINET_TEST_INFRA}, {@code KABINET_REDIS_HOST},
 * {@code KABINET_REDIS_PORT}, default 127.0.0.1:6379), else a container when a Docker engine answers.
 *
 * @param host address of the server
 * @param port its port
 */
public record TestRedis(String host, int port) {

    private static TestRedis current;

    public static synchronized TestRedis get() {
        if (current == null) {
            current = resolve();
        }
        return current;
    }

    /** Points {@code spring.data.redis.*} of a test context at this server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> get().host());
        registry.add("spring.data.redis.port", () -> get().port());
    }

    private static TestRedis resolve() {
        if (System.getenv("KABINET_TEST_INFRA") != null
                || !DockerClientFactory.instance().isDockerAvailable()) {
            String host = System.getenv().getOrDefault("KABINET_REDIS_HOST", "127.0.0.1");
            String port = System.getenv().getOrDefault("KABINET_REDIS_PORT", "6379");
            return new TestRedis(host.isBlank() ? "127.0.0.1" : host, Integer.parseInt(port.isBlank() ? "6379" : port));
        }
        var redis =
                new GenericContainer<>("redis:8-alpine").withExposedPorts(6379).waitingFor(Wait.forListeningPort());
        redis.start();
        return new TestRedis(redis.getHost(), redis.getMappedPort(6379));
    }
}
