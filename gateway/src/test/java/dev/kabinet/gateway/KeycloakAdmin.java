package dev.kabinet.gateway;

import dev.kabinet.platform.test.TestServers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The run's Keycloak through its Admin REST API as {@code admin} (realm {@code kabinet}): what an administrator does
 * in the console — create a resident for one test, end a resident's sessions, point the gateway client's back-channel
 * logout URL at a gateway under test.
 */
final class KeycloakAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base = TestServers.get().keycloakUrl();

    /** Creates an enabled resident with a confirmed e-mail and this password; returns the user's id. */
    String createResident(String username, String password) {
        String body = """
                {"username":"%s","enabled":true,"emailVerified":true,"email":"%s@example.test",
                 "firstName":"Тест","lastName":"Сессии","requiredActions":[],
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(username, username, password);
        var created = send(request("/admin/realms/kabinet/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "creating " + username + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    void deleteUser(String userId) {
        send(request("/admin/realms/kabinet/users/" + userId).DELETE());
    }

    /** "Sign out" of the user in the admin console: ends every Keycloak session of the user (back-channel logout). */
    void logOut(String userId) {
        expect(
                204,
                send(request("/admin/realms/kabinet/users/" + userId + "/logout")
                        .POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** The full representation of a client of realm kabinet. */
    ObjectNode client(String clientId) {
        var found = JSON.readTree(send(request("/admin/realms/kabinet/clients?clientId="
                                + URLEncoder.encode(clientId, StandardCharsets.UTF_8))
                        .GET())
                .body());
        return (ObjectNode) found.get(0);
    }

    void updateClient(JsonNode client) {
        expect(
                204,
                send(request("/admin/realms/kabinet/clients/" + client.get("id").asString())
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(client.toString()))));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token());
    }

    private String token() {
        var response = send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin")));
        expect(200, response);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak admin API: " + response.statusCode() + " " + response.body());
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak admin API unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
