package dev.kabinet.identity.sms.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.kabinet.identity.sms.SmsGateway.Sms;
import dev.kabinet.identity.sms.SmsNotSent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The adapter against a real HTTP server on a local port that answers as a test tells it to. */
@DisplayName("SMS provider adapter: JSON over HTTP, token, idempotency key, timeouts and retries")
class HttpSmsGatewayTest {

    private record Seen(String authorization, String idempotencyKey, String body) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void sendsTheMessageWithTheTokenAndTheKey() throws IOException {
        var gateway = gatewayAnswering(List.of(202), Duration.ofSeconds(2));

        String id = gateway.send(new Sms("+79123456789", "Код 123456", "key-1"));

        assertThat(id).isEqualTo("delivery-1");
        assertThat(seen).singleElement().satisfies(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer test-token");
            assertThat(request.idempotencyKey()).isEqualTo("key-1");
            assertThat(request.body())
                    .contains("\"to\":\"+79123456789\"", "\"text\":\"Код 123456\"", "\"sender\":\"Kabinet\"");
        });
    }

    @Test
    void retriesServerErrorsAndTooManyRequestsWithTheSameKey() throws IOException {
        var gateway = gatewayAnswering(List.of(503, 429, 202), Duration.ofSeconds(2));

        assertThat(gateway.send(new Sms("+79123456789", "x", "key-2"))).isEqualTo("delivery-3");
        assertThat(seen).hasSize(3).extracting(Seen::idempotencyKey).containsOnly("key-2");
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() throws IOException {
        var gateway = gatewayAnswering(List.of(500, 500, 500, 202), Duration.ofSeconds(2));

        assertThatThrownBy(() -> gateway.send(new Sms("+79123456789", "x", "key-3")))
                .isInstanceOf(SmsNotSent.class);
        assertThat(seen).hasSize(3);
    }

    @Test
    void doesNotRetryARefusal() throws IOException {
        var gateway = gatewayAnswering(List.of(400, 202), Duration.ofSeconds(2));

        assertThatThrownBy(() -> gateway.send(new Sms("+79123456789", "x", "key-4")))
                .isInstanceOf(SmsNotSent.class);
        assertThat(seen).hasSize(1);
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeCountsAsAFailedAttempt() throws IOException {
        var gateway = gatewayAnswering(List.of(-1, -1, -1), Duration.ofMillis(300));

        assertThatThrownBy(() -> gateway.send(new Sms("+79123456789", "x", "key-5")))
                .isInstanceOf(SmsNotSent.class);
        assertThat(seen).hasSize(3);
    }

    @Test
    void nothingListeningIsAFailureNotAHang() {
        var properties = properties(URI.create("http://127.0.0.1:1/api/v1/messages"), Duration.ofSeconds(1));
        var gateway = new HttpSmsGateway(properties, JsonMapper.builder().build());

        assertThatThrownBy(() -> gateway.send(new Sms("+79123456789", "x", "key-6")))
                .isInstanceOf(SmsNotSent.class);
    }

    /** A provider answering each request with the next status; -1 never answers (the client's timeout ends it). */
    private HttpSmsGateway gatewayAnswering(List<Integer> statuses, Duration readTimeout) throws IOException {
        var next = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/messages", exchange -> {
            seen.add(new Seen(
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            int n = next.getAndIncrement();
            int status = statuses.get(Math.min(n, statuses.size() - 1));
            if (status < 0) {
                try {
                    Thread.sleep(readTimeout.toMillis() * 3);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            byte[] body =
                    ("{\"id\":\"delivery-" + (n + 1) + "\",\"status\":\"accepted\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        var url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/messages");
        return new HttpSmsGateway(
                properties(url, readTimeout), JsonMapper.builder().build());
    }

    private static SmsProviderProperties properties(URI url, Duration readTimeout) {
        return new SmsProviderProperties(
                url, "test-token", "Kabinet", Duration.ofSeconds(1), readTimeout, 3, Duration.ofMillis(10));
    }
}
