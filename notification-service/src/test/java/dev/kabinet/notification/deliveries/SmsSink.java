package dev.kabinet.notification.deliveries;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run's SMS sink ({@code KABINET_SMS_SINK_URL}, started by {@code ./kabinet up}; see sms-sink/README.md): what it
 * received for a phone, and faults it answers with next.
 */
public final class SmsSink {

    static final String URL = System.getenv().getOrDefault("KABINET_SMS_SINK_URL", "http://127.0.0.1:8026");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SmsSink() {}

    /** The messages to {@code phone} (E.164), oldest first: {@code [{id, to, text, sender, idempotencyKey, …}]}. */
    public static JsonNode inbox(String phone) {
        return JSON.readTree(call(HttpRequest.newBuilder(URI.create(URL + "/api/inbox/" + phone.replace("+", "%2B")))
                .GET()));
    }

    /** The next {@code times} sends to {@code phone} are answered with {@code status}. */
    public static void fault(String phone, int status, int times) {
        call(HttpRequest.newBuilder(URI.create(URL + "/api/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"to\": \"" + phone + "\", \"status\": " + status + ", \"times\": " + times + "}")));
    }

    private static String call(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        "The SMS sink answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("The SMS sink is not reachable at " + URL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
