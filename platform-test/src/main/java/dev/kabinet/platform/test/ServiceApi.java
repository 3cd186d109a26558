package dev.kabinet.platform.test;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of every service's integration tests: calls the running service on its random port as the
 * gateway would (a bearer token of the run's Keycloak, JSON), and never throws on a status, so a test asserts on any
 * answer. Immutable: {@code api.as("petrov")} is another client for the same service.
 *
 * <pre>{@code
 * var api = ServiceApi.on(port).as("ivanova");
 * var created = api.post("/api/v1/accounts/1000000011/meters/101/readings", "{\"values\": {\"T1\": \"12346\"}}");
 * assertThat(created.status()).as(created.toString()).isEqualTo(201);
 * var preview = api.awaitGet(path, r -> r.status() == 200);   // eventual effects: Awaitility, never a sleep
 * }</pre>
 */
public final class ServiceApi {

    /** How long an {@code await…} waits for an eventual effect (an event consumed, an outbox relayed). */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Duration POLL = Duration.ofMillis(250);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;

    private ServiceApi(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The service listening on this port of the machine, called without a token. */
    public static ServiceApi on(int port) {
        return new ServiceApi("http://127.0.0.1:" + port, null);
    }

    /** The same service called with a real token of a demo user ({@code ivanova}, {@code petrov}, {@code operator}). */
    public ServiceApi as(String demoUser) {
        return withAuthorization(KeycloakTokens.bearer(demoUser));
    }

    /** The same service called with this access token (a forged, foreign or expired one, say) as bearer. */
    public ServiceApi withToken(String accessToken) {
        return withAuthorization("Bearer " + accessToken);
    }

    /** The same service called with this {@code Authorization} header verbatim; {@code null} sends none. */
    public ServiceApi withAuthorization(String authorization) {
        return new ServiceApi(base, authorization);
    }

    /** The same service called without a token. */
    public ServiceApi anonymous() {
        return withAuthorization(null);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(body(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * GETs {@code path} until the answer satisfies {@code until} (polling with Awaitility up to {@link #PATIENCE}) and
     * returns that answer; fails with the condition's description otherwise.
     */
    public Response awaitGet(String path, Predicate<Response> until) {
        return awaitGet(path, until, PATIENCE);
    }

    public Response awaitGet(String path, Predicate<Response> until, Duration patience) {
        return await("GET " + path)
                .atMost(patience)
                .pollInterval(POLL)
                .ignoreExceptionsInstanceOf(Unreachable.class)
                .until(() -> get(path), until::test);
    }

    /** GETs {@code path} until it answers {@code status}, and returns that answer. */
    public Response awaitStatus(String path, int status) {
        return awaitGet(path, response -> response.status() == status);
    }

    /**
     * Polls {@code probe} with Awaitility until its value satisfies {@code until} (up to {@link #PATIENCE}) and
     * returns that value: for eventual effects seen elsewhere than in this service's API (a mailbox, a table, a topic).
     */
    public static <T> T eventually(String what, Callable<T> probe, Predicate<? super T> until) {
        return await(what).atMost(PATIENCE).pollInterval(POLL).until(probe, until::test);
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json == null ? "" : json);
    }

    private static Response send(HttpRequest.Builder request) {
        var built = request.build();
        try {
            var response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new Unreachable(built, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The service did not answer (not started yet, or gone). */
    public static final class Unreachable extends IllegalStateException {
        Unreachable(HttpRequest request, IOException cause) {
            super("The service is not reachable at " + request.uri() + ": " + cause, cause);
        }
    }

    /** One answer of the service: status, headers and the body as sent. */
    public record Response(int status, HttpHeaders headers, String body) {

        /** The body as JSON (fails if it is none). */
        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The first value of a header, or {@code null}. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The {@code Content-Type}, or {@code null}. */
        public String contentType() {
            return header("Content-Type");
        }

        /** Whether the body is an RFC 9457 problem ({@code application/problem+json}). */
        public boolean isProblem() {
            var type = contentType();
            return type != null && type.startsWith("application/problem+json");
        }

        /** The problem's {@code type} ({@code https://kabinet.dev/problems/<slug>}), or {@code null} for no problem. */
        public String problemType() {
            return isProblem() ? json().path("type").asString(null) : null;
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
