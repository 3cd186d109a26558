package dev.kabinet.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web client's API types are generated from {@code web-client/openapi/<service>.json}. This keeps that snapshot
 * equal to what the running service really serves: a change to the API fails the service's build until the snapshot
 * is refreshed ({@code -Dkabinet.openapi.update=true}, or {@code KABINET_OPENAPI_UPDATE=true}) and the web client is
 * rebuilt against it.
 */
public final class OpenApiSnapshot {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiSnapshot() {}

    public static void assertCurrent(int port, String service) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("/v3/api-docs answered " + response.statusCode());
        }
        String served = normalise(response.body());
        Path snapshot = repositoryRoot().resolve("web-client/openapi/" + service + ".json");
        boolean update = Boolean.getBoolean("kabinet.openapi.update")
                || "true".equalsIgnoreCase(System.getenv("KABINET_OPENAPI_UPDATE"));
        if (update) {
            Files.writeString(snapshot, served);
            return;
        }
        String committed = Files.exists(snapshot) ? normalise(Files.readString(snapshot)) : "";
        if (!served.equals(committed)) {
            throw new AssertionError("The API of " + service + " differs from " + snapshot
                    + ". Refresh the snapshot with -Dkabinet.openapi.update=true (or KABINET_OPENAPI_UPDATE=true),"
                    + " then rebuild web-client so its generated types follow.");
        }
    }

    private static String normalise(String json) {
        return JSON.writeValueAsString(JSON.readValue(json, Object.class)) + "\n";
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("kabinet"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run the tests inside the Kabinet repository");
        }
        return dir;
    }
}
