package dev.kabinet.payment.payments;

import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.ServiceApi.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** Starts card payments over HTTP with a fresh {@code Idempotency-Key}, as a demo resident (real Keycloak token). */
public final class TestPayments {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestPayments() {}

    public static Response create(int port, String demoUser, String account, String body) {
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + port + "/api/v1/accounts/" + account + "/payments"))
                            .header("Authorization", KeycloakTokens.bearer(demoUser))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", "it-" + UUID.randomUUID())
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
