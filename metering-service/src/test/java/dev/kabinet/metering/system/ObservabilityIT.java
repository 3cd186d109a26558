package dev.kabinet.metering.system;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.MeterRepository;
import dev.kabinet.metering.readings.Reading;
import dev.kabinet.metering.readings.ReadingRepository;
import dev.kabinet.metering.readings.ReadingSubmittedV1;
import dev.kabinet.platform.messaging.EventHandler;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.ServiceApi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Observability of the real service (issue #12, docs/adr/0030) against the run's PostgreSQL, Kafka and Keycloak: one
 * trace id from the resident's HTTP request through the outbox row and the Kafka record to a consumer's handling of
 * the event (a test {@link EventHandler} of {@code metering.ReadingSubmitted.v1} in this service, on the platform's
 * listener path); the readings meter; and what {@code /actuator/prometheus} exports for the alerts and dashboards.
 */
@KabinetIntegrationTest
@Import(ObservabilityIT.TraceRecordingHandler.class)
@DisplayName("MT-2 observability: traces across HTTP, outbox and Kafka; business meters in /actuator/prometheus (#12)")
class ObservabilityIT {

    static final String ACCOUNT = "1000000011";
    static final long METER = 9_000_301;
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the consumer saw: the trace id current while it handled each reading's event, by reading id. */
    @TestConfiguration
    static class TraceRecordingHandler {

        static final Map<String, String> TRACE_BY_READING = new ConcurrentHashMap<>();

        record Submitted(String readingId) {}

        @Bean
        EventHandler<Submitted> traceRecordingHandler(Tracer tracer) {
            return new EventHandler<>() {
                @Override
                public Subscription<Submitted> subscription() {
                    return new Subscription<>(
                            KafkaTopics.READINGS,
                            ReadingSubmittedV1.TYPE,
                            Submitted.class,
                            "metering.observability-it");
                }

                @Override
                public void handle(UUID eventId, Submitted event) {
                    var span = tracer.currentSpan();
                    TRACE_BY_READING.put(
                            event.readingId(),
                            span == null ? "none" : span.context().traceId());
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MeterRepository meters;

    @Autowired
    ReadingRepository readings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry registry;

    @BeforeEach
    void aMeterWithAnAcceptedReading() {
        jdbc.update("delete from reading where meter_id = ?", METER);
        jdbc.update("delete from meter where id = ?", METER);
        Meter meter = meters.save(aSingleZoneMeter()
                .id(METER)
                .on(ACCOUNT)
                .serialNumber("ЭМ-OBS-1")
                .build());
        Instant at = Instant.now().minus(30, ChronoUnit.DAYS);
        var reading = Reading.submit(
                meter, Map.of("T1", "12345.6"), null, at, LocalDate.now().minusDays(30));
        reading.accept(at.plus(2, ChronoUnit.DAYS));
        readings.save(reading);
    }

    HttpResponse<String> submit(String value, String traceparent) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/v1/accounts/" + ACCOUNT + "/meters/" + METER + "/readings"))
                .header("Authorization", KeycloakTokens.bearer("ivanova"))
                .header("Content-Type", "application/json")
                .header("traceparent", traceparent)
                .POST(HttpRequest.BodyPublishers.ofString("{\"values\": {\"T1\": \"" + value + "\"}}"))
                .build();
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static String hex(int bytes) {
        var random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    @Test
    @DisplayName(
            "MT-2 the trace of the resident's request continues in the outbox row, the Kafka record and the consumer")
    void oneTraceFromTheRequestToTheConsumer() throws Exception {
        String traceId = hex(16);
        try (var probe = KafkaProbe.listen(KafkaTopics.READINGS)) {
            var response = submit("12346", "00-" + traceId + "-" + hex(8) + "-01");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            String readingId = JSON.readTree(response.body()).get("id").asString();

            assertThat(jdbc.queryForObject(
                            "select trace_parent from outbox_event where payload ->> 'readingId' = ?",
                            String.class,
                            readingId))
                    .startsWith("00-" + traceId + "-");
            var record = probe.await(r -> r.value().contains(readingId), Duration.ofSeconds(30));
            assertThat(KafkaProbe.header(record, "traceparent")).startsWith("00-" + traceId + "-");
            String consumed = ServiceApi.eventually(
                    "the consumer handled the event",
                    () -> TraceRecordingHandler.TRACE_BY_READING.get(readingId),
                    t -> t != null);
            assertThat(consumed).isEqualTo(traceId);
        }
    }

    @Test
    @DisplayName("MT-2 kabinet_metering_readings_submitted_total counts a stored and a refused reading by outcome")
    void readingsAreCountedByOutcome() throws Exception {
        double stored = count("stored");
        double refused = count("refused");

        assertThat(submit("12346", "00-" + hex(16) + "-" + hex(8) + "-01").statusCode())
                .isEqualTo(201);
        assertThat(submit("12000.1", "00-" + hex(16) + "-" + hex(8) + "-01").statusCode())
                .isEqualTo(422);

        assertThat(count("stored")).isEqualTo(stored + 1);
        assertThat(count("refused")).isEqualTo(refused + 1);
    }

    double count(String outcome) {
        return registry.get("kabinet.metering.readings.submitted")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    @Test
    @DisplayName("#12 /actuator/prometheus exports what the alerts and dashboards read: lag, outbox, latency buckets")
    void prometheusExportsWhatTheAlertsRead() {
        var scrape = ServiceApi.eventually(
                "a scrape with the consumers' lag",
                () -> ServiceApi.on(port).anonymous().get("/actuator/prometheus"),
                r -> r.status() == 200
                        && r.body().contains("kafka_consumer_fetch_manager_records_lag_max")
                        && r.body().contains("http_server_requests_seconds_bucket"));
        assertThat(scrape.body())
                .contains("kabinet_outbox_pending{")
                .contains("kabinet_metering_readings_submitted_total{")
                .contains("http_server_requests_seconds_bucket{")
                .contains("kafka_consumer_fetch_manager_records_lag_max{");
    }
}
