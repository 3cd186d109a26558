package dev.kabinet.payment.acquirer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.kabinet.payment.acquirer.OrderReference;
import dev.kabinet.payment.acquirer.OrderRequest;
import dev.kabinet.payment.acquirer.OrderState.Outcome;
import dev.kabinet.payment.acquirer.ProviderRefused;
import dev.kabinet.payment.acquirer.ProviderUnavailable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The adapter's resilience against a bank on a real local HTTP server that answers as scripted: a money-moving call is
 * never repeated once it may have reached the bank; a status query is; an error code is an answer; the circuit opens.
 */
@DisplayName("PY-3 the acquirer adapter: timeouts, retries only where safe, circuit breaker")
class SberbankGatewayTest {

    /** One scripted answer: an HTTP status, a JSON body, a delay before answering. */
    record Answer(int status, String body, long delayMs) {}

    private HttpServer bank;
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private final Queue<String> received = new ConcurrentLinkedQueue<>();
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void startTheBank() throws IOException {
        bank = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bank.createContext("/payment/rest/", exchange -> {
            calls.incrementAndGet();
            received.add(exchange.getRequestURI().getPath() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var answer = script.poll();
            if (answer == null) {
                answer = new Answer(500, "{}", 0);
            }
            try {
                Thread.sleep(answer.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(answer.status(), body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException closedByTheClient) {
                // the client gave up (read timeout)
            }
            exchange.close();
        });
        bank.setExecutor(Executors.newCachedThreadPool());
        bank.start();
        // warm the HTTP client and JSON reading up first, with all the time in the world: on a loaded machine the
        // first exchange of a JVM alone can outlast the short read timeout the tests below rely on
        script.add(new Answer(200, "{\"errorCode\": \"0\", \"orderStatus\": 0}", 0));
        gateway(10, Duration.ofSeconds(60)).status(new OrderReference("warm-up", "warm-up"));
        received.clear();
        calls.set(0);
    }

    @AfterEach
    void stopTheBank() {
        bank.stop(0);
    }

    private SberbankGateway gateway(int window) {
        return gateway(window, Duration.ofMillis(1500));
    }

    private SberbankGateway gateway(int window, Duration readTimeout) {
        return new SberbankGateway(
                new SberbankProperties(
                        URI.create("http://127.0.0.1:" + bank.getAddress().getPort() + "/payment/rest/"),
                        "kabinet-api",
                        "secret",
                        "callback-key",
                        null,
                        Duration.ofSeconds(1),
                        readTimeout,
                        3,
                        Duration.ofMillis(10),
                        window,
                        Duration.ofSeconds(30)),
                new MockEnvironment());
    }

    private static OrderRequest order() {
        return new OrderRequest(
                "0b7c1f6e3a2d4c5b9e8f1a2b3c4d5e6f",
                207200,
                "http://localhost/payments/return",
                "http://localhost/payments/return?failed=true",
                "Оплата",
                Duration.ofMinutes(20));
    }

    @Test
    @DisplayName(
            "register.do sends the protocol's form: credentials, order number, kopecks, roubles, return URLs, 20 minutes")
    void registersWithTheProtocolsForm() {
        script.add(new Answer(200, "{\"orderId\": \"o-1\", \"formUrl\": \"http://bank/pay?mdOrder=o-1\"}", 0));

        var registration = gateway(10, Duration.ofSeconds(60)).register(order());

        assertThat(registration.orderId()).isEqualTo("o-1");
        assertThat(registration.formUrl()).isEqualTo("http://bank/pay?mdOrder=o-1");
        assertThat(received.poll())
                .startsWith("/payment/rest/register.do ")
                .contains("userName=kabinet-api", "password=secret", "orderNumber=0b7c1f6e3a2d4c5b9e8f1a2b3c4d5e6f")
                .contains("amount=207200", "currency=643", "sessionTimeoutSecs=1200", "returnUrl=http");
    }

    @Test
    @DisplayName("a registration answered after the timeout is not repeated: its outcome is unknown")
    void neverRepeatsARegistrationThatMayHaveReachedTheBank() throws InterruptedException {
        script.add(new Answer(200, "{\"orderId\": \"o-2\", \"formUrl\": \"http://bank/x\"}", 2500));

        assertThatThrownBy(() -> gateway(10).register(order())).isInstanceOf(ProviderUnavailable.class);
        Thread.sleep(2000);
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("a registration answered 5xx is not repeated either")
    void neverRepeatsARegistrationAnswered5xx() {
        script.add(new Answer(503, "{}", 0));

        assertThatThrownBy(() -> gateway(10).register(order())).isInstanceOf(ProviderUnavailable.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("an error code is the bank's no: refused, not repeated")
    void anErrorCodeIsAnAnswer() {
        script.add(new Answer(
                200, "{\"errorCode\": \"1\", \"errorMessage\": \"Заказ с таким номером уже обработан\"}", 0));

        assertThatThrownBy(() -> gateway(10).register(order()))
                .isInstanceOfSatisfying(
                        ProviderRefused.class, e -> assertThat(e.code()).isEqualTo("1"));
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("the status query reads: repeated after a 5xx and a timeout, then answered")
    void repeatsTheStatusQuery() {
        script.addAll(List.of(
                new Answer(503, "{}", 0),
                new Answer(200, "{}", 2500),
                new Answer(
                        200,
                        "{\"errorCode\": \"0\", \"orderStatus\": 2, \"actionCode\": 0, \"amount\": 207200,"
                                + " \"authDateTime\": 1764410712000,"
                                + " \"attributes\": [{\"name\": \"mdOrder\", \"value\": \"o-3\"}]}",
                        0)));

        var state = gateway(10).status(new OrderReference(null, "0b7c1f6e3a2d4c5b9e8f1a2b3c4d5e6f"));

        assertThat(state.outcome()).isEqualTo(Outcome.PAID);
        assertThat(state.orderId()).isEqualTo("o-3");
        assertThat(state.amountKopecks()).isEqualTo(207200);
        assertThat(state.paidAt()).isNotNull();
        assertThat(calls).hasValue(3);
    }

    @Test
    @DisplayName("errorCode 6 is an order the bank does not know; orderStatus 6 with -2007 an expired one")
    void readsUnknownAndExpiredOrders() {
        script.add(new Answer(200, "{\"errorCode\": \"6\", \"errorMessage\": \"Заказ не найден\"}", 0));
        script.add(new Answer(200, "{\"errorCode\": \"0\", \"orderStatus\": 6, \"actionCode\": -2007}", 0));
        var gateway = gateway(10);

        assertThat(gateway.status(new OrderReference("o-4", "n")).outcome()).isEqualTo(Outcome.UNKNOWN_ORDER);
        assertThat(gateway.status(new OrderReference("o-4", "n")).outcome()).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    @DisplayName("the circuit opens after failing calls: the next one is refused at once, without reaching the bank")
    void theCircuitOpens() {
        var gateway = gateway(2);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> gateway.status(new OrderReference("o-5", "n")))
                    .isInstanceOf(ProviderUnavailable.class);
        }
        int before = calls.get();

        assertThatThrownBy(() -> gateway.status(new OrderReference("o-5", "n")))
                .isInstanceOf(ProviderUnavailable.class)
                .hasCauseInstanceOf(io.github.resilience4j.circuitbreaker.CallNotPermittedException.class);
        assertThat(calls).hasValue(before);
    }
}
