package dev.kabinet.payment.billing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * billing-service's balances endpoint ({@code GET /api/v1/accounts/{number}/balances}) as payment-service's tests need
 * it: the charge lines of the test accounts, over real HTTP on a free port of this JVM, answering 401 without a bearer
 * token and 503 while {@link #failing(boolean) failing}. Every test context of payment-service is pointed at it (an
 * initializer in {@code META-INF/spring.factories} sets {@code kabinet.payment.billing.url}); no billing-service module
 * is on the classpath (STYLE.md: no cross-service Java types).
 */
public final class BillingDouble implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The lines of the demo accounts the tests pay on, in billing's receipt order. */
    private static final Map<String, List<String>> LINES = Map.of(
            "1000000011", List.of("EL", "EL_ODN", "EL_PENALTY", "GAS", "GAS_PENALTY", "VDGO"),
            "1000000012", List.of("EL", "EL_PENALTY"),
            "2000000021", List.of("EL", "EL_ODN", "EL_PENALTY"));

    private static final Pattern BALANCES = Pattern.compile("^/api/v1/accounts/([0-9]{10,13})/balances$");
    private static final Map<String, String> AUTHORIZATIONS = new ConcurrentHashMap<>();
    private static volatile boolean failing;
    private static @Nullable HttpServer server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("billing-double", Map.of("kabinet.payment.billing.url", url())));
    }

    /** The double's base URL; started on first use and stopped with the JVM. */
    public static synchronized String url() {
        if (server == null) {
            try {
                var started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                started.createContext("/", BillingDouble::answer);
                started.start();
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** While on, every request answers 503 (billing unavailable). */
    public static void failing(boolean on) {
        failing = on;
    }

    /** The {@code Authorization} header of the last request for the account's balances, if any. */
    public static @Nullable String lastAuthorization(String accountNumber) {
        return AUTHORIZATIONS.get(accountNumber);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            var matcher = BALANCES.matcher(exchange.getRequestURI().getPath());
            if (!"GET".equals(exchange.getRequestMethod()) || !matcher.matches()) {
                send(exchange, 404, "{}");
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() < 20) {
                send(exchange, 401, "{}");
                return;
            }
            String number = matcher.group(1);
            AUTHORIZATIONS.put(number, authorization);
            if (failing) {
                send(exchange, 503, "{}");
                return;
            }
            String lines = LINES.getOrDefault(number, List.of()).stream()
                    .map(code -> """
                            {"code": "%s", "service": "ELECTRICITY", "kind": "CONSUMPTION", "name": "%s",
                             "period": "2026-10", "openingKopecks": 0, "chargesKopecks": 157200,
                             "recalculationsKopecks": 0, "paymentsKopecks": 0, "closingKopecks": 157200,
                             "debtKopecks": 157200, "overpaymentKopecks": 0}""".formatted(code, code))
                    .collect(Collectors.joining(","));
            send(exchange, 200, "{\"accountNumber\": \"" + number + "\", \"lines\": [" + lines + "]}");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
