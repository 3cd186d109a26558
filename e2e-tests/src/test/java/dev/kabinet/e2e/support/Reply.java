package dev.kabinet.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer the stack gave, with the redirects that led to it. Every expectation prints the whole exchange when it
 * fails, so a red journey says what the server actually answered.
 */
public final class Reply {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY_IN_MESSAGE = 4_000;

    private final HttpResponse<String> response;
    private final List<String> hops;
    private JsonNode json;

    Reply(HttpResponse<String> response, List<String> hops) {
        this.response = response;
        this.hops = List.copyOf(hops);
    }

    public int status() {
        return response.statusCode();
    }

    public String body() {
        return response.body() == null ? "" : response.body();
    }

    /** Where the answer came from: after redirects, the last address. */
    public URI uri() {
        return response.uri();
    }

    /** The redirects followed before this answer, as {@code "GET <url> -> 302"}. */
    public List<String> hops() {
        return hops;
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public JsonNode json() {
        if (json == null) {
            try {
                json = JSON.readTree(body());
            } catch (JacksonException e) {
                fail("Expected a JSON body but could not parse it (%s).%n%s", e.getOriginalMessage(), describe());
            }
        }
        return json;
    }

    /** Asserts the status and returns this reply for more checks. */
    public Reply expectStatus(int expected) {
        assertThat(status())
                .as(() -> "HTTP status of " + request() + "\n" + describe())
                .isEqualTo(expected);
        return this;
    }

    /** Asserts a JSON answer with the given status and returns its body. */
    public JsonNode expectJson(int expected) {
        expectStatus(expected);
        assertThat(contentType())
                .as(() -> "Content-Type of " + request() + "\n" + describe())
                .contains("json");
        return json();
    }

    /**
     * Asserts an RFC 9457 problem ({@code application/problem+json}) with the given status and, when {@code slug} is
     * not null, the type {@code https://kabinet.dev/problems/<slug>}. Returns the problem.
     */
    public JsonNode expectProblem(int expectedStatus, String slug) {
        expectStatus(expectedStatus);
        assertThat(contentType())
                .as(() -> "a problem answer must be application/problem+json\n" + describe())
                .startsWith("application/problem+json");
        JsonNode problem = json();
        assertThat(problem.path("status").asInt())
                .as(() -> "'status' member of the problem\n" + describe())
                .isEqualTo(expectedStatus);
        String type = problem.path("type").asString("");
        if (slug == null) {
            assertThat(type)
                    .as(() -> "'type' member of the problem\n" + describe())
                    .startsWith(Stack.PROBLEM_TYPE_BASE);
        } else {
            assertThat(type)
                    .as(() -> "'type' member of the problem\n" + describe())
                    .isEqualTo(Stack.PROBLEM_TYPE_BASE + slug);
        }
        return problem;
    }

    public String request() {
        return response.request().method() + " " + response.request().uri();
    }

    /** What the server sent: its headers and body, without the request line (which names the gateway's own port). */
    public String answer() {
        String headers = response.headers().map().entrySet().stream()
                .filter(e -> !e.getKey().equals(":status"))
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .sorted()
                .collect(Collectors.joining("\n"));
        return headers + "\n\n" + body();
    }

    /** The whole exchange, for assertion messages. */
    public String describe() {
        String body = body();
        if (body.length() > MAX_BODY_IN_MESSAGE) {
            body = body.substring(0, MAX_BODY_IN_MESSAGE) + "\n... (" + body().length() + " chars)";
        }
        String redirects = hops.isEmpty()
                ? ""
                : hops.stream().map(h -> "  redirect: " + h).collect(Collectors.joining("\n", "", "\n"));
        String headers = response.headers().map().entrySet().stream()
                .filter(e -> !e.getKey().equals(":status"))
                .map(e -> "  " + e.getKey() + ": " + String.join(", ", e.getValue()))
                .sorted()
                .collect(Collectors.joining("\n"));
        return "--- " + request() + " -> " + status() + "\n" + redirects + headers + "\n--- body:\n" + body + "\n---";
    }

    @Override
    public String toString() {
        return request() + " -> " + status();
    }
}
