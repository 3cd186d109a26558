package dev.kabinet.billing.previews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.KeycloakTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton's billing step on the real servers: a {@code metering.ReadingSubmitted.v1} event on Kafka
 * becomes a charge preview a resident reads over HTTP with a Keycloak token. Fresh ids every run, so the test
 * database may hold earlier runs' data.
 */
@KabinetIntegrationTest
@DisplayName("MT-7 a submitted reading shows the charge it produces")
class ChargePreviewIT {

    static final String TOPIC = "metering.readings";
    static final String TYPE = "metering.ReadingSubmitted.v1";
    static final String ACCOUNT = "1000000011";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    RestClient http;

    @BeforeEach
    void setUp() {
        http = RestClient.create("http://localhost:" + port);
        // the demo seed is off in tests: the tariff this test relies on, as the demo has it
        jdbc.update("insert into tariff (service, scheme, zone, kopecks_per_unit, valid_from)"
                + " values ('ELECTRICITY', 'SINGLE', 'T1', 643, date '2026-01-01') on conflict do nothing");
    }

    /** Meter 101 of account 1000000011: a single-rate electricity meter (the golden example with overrides). */
    static String reading(UUID readingId, String value, String previous) {
        return GoldenEvent.of(TYPE)
                .with("readingId", readingId.toString())
                .with("accountNumber", ACCOUNT)
                .with("meterId", 101)
                .with("serialNumber", "ЭМ-101-2019")
                .with("values", Map.of("T1", value))
                .with("previousValues", Map.of("T1", previous))
                .json();
    }

    @Test
    void aPublishedReadingBecomesAPreviewWithTheRightKopecks() {
        var readingId = UUID.randomUUID();
        var before = get(previewPath(readingId), "ivanova");
        assertThat(before.getStatusCode().value()).isEqualTo(404);
        assertThat(body(before).get("type").asString())
                .isEqualTo("https://kabinet.dev/problems/charge-preview-not-ready");

        KafkaProbe.publish(TOPIC, ACCOUNT, UUID.randomUUID(), TYPE, reading(readingId, "12346.3", "12345.6"));

        var preview = awaitPreview(readingId);
        // 12346.3 - 12345.6 = 0.7 kWh x 643 kop. = 450.1 -> 450
        assertThat(preview.get("amountKopecks").asLong()).isEqualTo(450);
        assertThat(preview.get("meterId").asLong()).isEqualTo(101);
        assertThat(preview.get("lines")).hasSize(1);
        var line = preview.get("lines").get(0);
        assertThat(line.get("zone").asString()).isEqualTo("T1");
        assertThat(line.get("consumption").asString()).isEqualTo("0.7");
        assertThat(line.get("tariffKopecks").asLong()).isEqualTo(643);
        assertThat(line.get("amountKopecks").asLong()).isEqualTo(450);
    }

    @Test
    void aResidentIsRefusedOnAnAccountNotLinkedToThem() {
        var response = get(previewPath(UUID.randomUUID()), "petrov");

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(body(response).get("type").asString())
                .isEqualTo("https://kabinet.dev/problems/account-access-denied");
        assertThat(body(response).get("detail").asString()).isNotBlank();
    }

    @Test
    void aCallWithoutATokenIsUnauthorized() {
        var response = get(previewPath(UUID.randomUUID()), null);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(body(response).get("type").asString()).isEqualTo("https://kabinet.dev/problems/unauthorized");
    }

    static String previewPath(UUID readingId) {
        return "/api/v1/accounts/" + ACCOUNT + "/charge-previews/" + readingId;
    }

    JsonNode awaitPreview(UUID readingId) {
        return await(
                        () -> get(previewPath(readingId), "ivanova"),
                        r -> r.getStatusCode().value() == 200)
                .map(this::body)
                .orElseThrow(
                        () -> new AssertionError("No charge preview of reading " + readingId + " within " + PATIENCE));
    }

    static <T> java.util.Optional<T> await(java.util.function.Supplier<T> probe, Predicate<T> done) {
        var until = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(until)) {
            var value = probe.get();
            if (done.test(value)) {
                return java.util.Optional.of(value);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return java.util.Optional.empty();
    }

    ResponseEntity<String> get(String path, String user) {
        return http.get()
                .uri(path)
                .headers(headers -> {
                    if (user != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer(user));
                    }
                })
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }

    JsonNode body(ResponseEntity<String> response) {
        return json.readTree(response.getBody());
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
