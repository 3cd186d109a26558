package dev.kabinet.payment.acquirer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real test acquirer (test-acquirer/, Sberbank's protocol) for payment-service's integration tests: the one
 * listening on {@code KABINET_TEST_ACQUIRER_PORT} (2088 by default) with the {@code test} profile, or else its jar
 * ({@code test-acquirer/target/test-acquirer.jar}, built by {@code ./mvnw -pl test-acquirer package}) started here on
 * that port and stopped when the JVM ends. Its test-control API moves its clock and switches its faults.
 */
public final class TestAcquirer {

    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("KABINET_TEST_ACQUIRER_PORT", "2088"));
    public static final String BASE = "http://127.0.0.1:" + PORT;
    /** The REST base payment-service is pointed at. */
    public static final String REST = BASE + "/payment/rest/";
    /** The dev key of the callbacks' checksum, the same on both sides. */
    public static final String CALLBACK_SECRET = "kabinet-acquirer-callback-dev-secret";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Process started;

    private TestAcquirer() {}

    /** Makes sure the acquirer answers; starts its jar if nothing listens on the port. */
    public static synchronized void ensureRunning() {
        if (answers()) {
            return;
        }
        Path jar = repositoryRoot().resolve("test-acquirer/target/test-acquirer.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No test acquirer on port " + PORT + " and no " + jar
                    + ": build it first (./mvnw -B -ntp -q -pl test-acquirer package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString(),
                "--spring.profiles.active=test",
                "--server.port=" + PORT,
                "--kabinet.acquirer.public-url=" + BASE,
                // callbacks only to the dynamicCallbackUrl each test's payment-service gives (its random port)
                "--kabinet.acquirer.callback-url=",
                "--kabinet.acquirer.callback-secret=" + CALLBACK_SECRET));
        try {
            Path log = Files.createTempFile("test-acquirer", ".log");
            started = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> started.destroy()));
            Instant until = Instant.now().plusSeconds(90);
            while (Instant.now().isBefore(until)) {
                if (!started.isAlive()) {
                    throw new IllegalStateException("The test acquirer stopped at start: see " + log);
                }
                if (answers()) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("The test acquirer did not answer within 90 s: see " + log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test acquirer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers() {
        try {
            return get("/test-control/clock").statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Faults off, clock back to now. */
    public static void reset() {
        send("DELETE", "/test-control", null);
    }

    /** {@code {"delayMs": 3000}}, {@code {"lostCallbacks": true}} ...; what is left out is off. */
    public static void faults(String json) {
        send("PUT", "/test-control/faults", json);
    }

    /** Moves the acquirer's clock forward, e.g. {@code PT21M}. */
    public static void advanceClock(String duration) {
        send("POST", "/test-control/clock", "{\"advance\": \"" + duration + "\"}");
    }

    /**
     * Pays an order on the hosted page as a resident would (no 3-D Secure for the cards used here); answers where the
     * page sends the browser back (the return or fail URL).
     */
    public static String payOnHostedPage(String formUrl, String pan) {
        String orderId = formUrl.replaceFirst(".*[?&]mdOrder=([^&]+).*", "$1");
        String pay = formUrl.replaceFirst("/payment_ru\\.html\\?.*$", "/pay");
        String form = "mdOrder=" + orderId + "&pan=" + pan + "&expMonth=12&expYear=35&cvc=123&cardholder=ANNA+IVANOVA";
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(pay))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 3) {
                throw new AssertionError("The hosted page answered " + response.statusCode() + " " + response.body());
            }
            return response.headers().firstValue("Location").orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String path) throws IOException {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create(BASE + path))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void send(String method, String path, String json) {
        try {
            var request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(5));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            var response = HTTP.send(
                    request.method(
                                    method,
                                    json == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(
                        method + " " + path + " answered " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("kabinet"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Not inside the Kabinet repository");
        }
        return dir;
    }
}
