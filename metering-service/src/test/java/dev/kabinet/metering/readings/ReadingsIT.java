package dev.kabinet.metering.readings;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aTwoZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.MeterRepository;
import dev.kabinet.metering.system.KafkaTopics;
import dev.kabinet.platform.messaging.CloudEventHeaders;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real flow against the run's PostgreSQL ({@code kabinet_metering_test}), Kafka and Keycloak: a resident's
 * reading is stored and its event reaches {@code metering.readings} through the outbox; a refused one leaves no trace.
 * Each test builds its own meters on ivanova's accounts (the demo seed is not loaded in tests), so it runs again on a
 * database with data from earlier runs.
 */
@KabinetIntegrationTest
@DisplayName("MT-1/MT-2/MT-3 readings with real PostgreSQL, Kafka and Keycloak")
class ReadingsIT {

    static final String ACCOUNT = "1000000011";
    static final String SECOND_ACCOUNT = "1000000012";
    static final long METER = 9_000_101;
    static final long TWO_ZONE_METER = 9_000_102;
    static final String PROBLEM = "https://kabinet.dev/problems/";

    @LocalServerPort
    int port;

    @Autowired
    MeterRepository meters;

    @Autowired
    ReadingRepository readings;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    ServiceApi api;
    Meter meter;

    @BeforeEach
    void ivanovasAccountsHaveTheirMeters() {
        api = ServiceApi.on(port);
        jdbc.update("delete from reading where account_number in (?, ?)", ACCOUNT, SECOND_ACCOUNT);
        jdbc.update(
                "delete from meter where account_number in (?, ?) or id in (?, ?)",
                ACCOUNT,
                SECOND_ACCOUNT,
                METER,
                TWO_ZONE_METER);
        meter = meters.save(
                aSingleZoneMeter().id(METER).on(ACCOUNT).serialNumber("ЭМ-IT-1").build());
        meters.save(aTwoZoneMeter()
                .id(TWO_ZONE_METER)
                .on(SECOND_ACCOUNT)
                .serialNumber("ЭМ-IT-2")
                .build());
        accepted(meter, Map.of("T1", "12345.6"), Instant.now().minus(30, ChronoUnit.DAYS));
    }

    private void accepted(Meter meter, Map<String, String> values, Instant at) {
        var reading = Reading.submit(meter, values, null, at, LocalDate.now().minusDays(30));
        reading.accept(at.plus(2, ChronoUnit.DAYS));
        readings.save(reading);
    }

    private ServiceApi.Response submit(ServiceApi caller, String account, long meterId, String body) {
        return caller.post("/api/v1/accounts/" + account + "/meters/" + meterId + "/readings", body);
    }

    /** An event carrying one of the values refused in {@link #refusedReadingChangesNothing()}. */
    private boolean refusedValue(String payload) {
        var event = json.readTree(payload);
        var t1 = event.path("values").path("T1").asString("");
        return event.path("meterId").asLong() == METER && (t1.startsWith("12000.1") || t1.startsWith("1234567"));
    }

    private int outboxRowsOfMeter(long meterId) {
        return jdbc.queryForObject(
                "select count(*) from outbox_event where (payload ->> 'meterId')::bigint = ?", Integer.class, meterId);
    }

    @Test
    @DisplayName("MT-2 a submitted reading is stored and published as metering.ReadingSubmitted.v1")
    void submittedReadingIsStoredAndPublished() {
        try (var probe = KafkaProbe.listen(KafkaTopics.READINGS)) {
            var response = submit(api.as("ivanova"), ACCOUNT, METER, "{\"values\": {\"T1\": \"12346\"}}");

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            var body = response.json();
            var id = UUID.fromString(body.get("id").asString());
            assertThat(response.header("Location")).endsWith("/api/v1/accounts/" + ACCOUNT + "/readings/" + id);
            assertThat(body.get("values").get("T1").asString()).isEqualTo("12346.0");
            assertThat(body.get("status").asString()).isEqualTo("IN_PROCESSING");
            assertThat(body.get("channel").asString()).isEqualTo("PORTAL");

            var stored = readings.findById(id).orElseThrow();
            assertThat(stored.status()).isEqualTo(ReadingStatus.IN_PROCESSING);
            assertThat(stored.shownValues()).containsExactly(Map.entry("T1", "12346.0"));
            assertThat(stored.accountNumber()).isEqualTo(ACCOUNT);

            var record = probe.await(r -> r.value().contains(id.toString()), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(ACCOUNT);
            assertThat(KafkaProbe.header(record, CloudEventHeaders.SPEC_VERSION))
                    .isEqualTo("1.0");
            assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(ReadingSubmittedV1.TYPE);
            assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/kabinet/metering-service");
            assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(ACCOUNT);
            assertThat(KafkaProbe.header(record, CloudEventHeaders.CONTENT_TYPE))
                    .isEqualTo("application/json");
            assertThat(OffsetDateTime.parse(KafkaProbe.header(record, CloudEventHeaders.TIME)))
                    .isNotNull();
            var eventId = UUID.fromString(KafkaProbe.header(record, CloudEventHeaders.ID));
            EventContracts.assertConforms(ReadingSubmittedV1.TYPE, record.value());

            var payload = json.readTree(record.value());
            assertThat(payload.get("readingId").asString()).isEqualTo(id.toString());
            assertThat(payload.get("meterId").asLong()).isEqualTo(METER);
            assertThat(payload.get("serialNumber").asString()).isEqualTo("ЭМ-IT-1");
            assertThat(payload.get("values").get("T1").asString()).isEqualTo("12346.0");
            assertThat(payload.get("previousValues").get("T1").asString()).isEqualTo("12345.6");
            assertThat(payload.get("channel").asString()).isEqualTo("PORTAL");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                            "select published_at is not null from outbox_event where id = ?", Boolean.class, eventId))
                    .isTrue());
        }
    }

    @Test
    @DisplayName("MT-2 a refused reading changes nothing and publishes nothing")
    void refusedReadingChangesNothing() {
        var ivanova = api.as("ivanova");
        long readingsBefore = readings.count();
        int outboxBefore = outboxRowsOfMeter(METER);
        try (var probe = KafkaProbe.listen(KafkaTopics.READINGS)) {
            var below = submit(ivanova, ACCOUNT, METER, "{\"values\": {\"T1\": \"12000.1\"}}");
            assertThat(below.status()).as(below.toString()).isEqualTo(422);
            assertThat(below.contentType()).startsWith("application/problem+json");
            assertThat(below.json().get("type").asString()).isEqualTo(PROBLEM + "reading-below-previous");
            assertThat(below.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("values.T1");

            var wide = submit(ivanova, ACCOUNT, METER, "{\"values\": {\"T1\": \"1234567.89\", \"T2\": \"1\"}}");
            assertThat(wide.status()).as(wide.toString()).isEqualTo(422);
            assertThat(wide.json().get("type").asString()).isEqualTo(PROBLEM + "reading-invalid");
            assertThat(wide.json().get("errors")).hasSize(2);

            var malformed = submit(ivanova, ACCOUNT, METER, "{\"values\": {\"T1\": \"" + "9".repeat(1000) + "\"");
            assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
            assertThat(malformed.json().get("type").asString()).isEqualTo(PROBLEM + "malformed-request");

            assertThat(readings.count()).isEqualTo(readingsBefore);
            assertThat(outboxRowsOfMeter(METER)).isEqualTo(outboxBefore);
            assertThatThrownBy(() -> probe.await(r -> refusedValue(r.value()), Duration.ofSeconds(3)))
                    .isInstanceOf(AssertionError.class);
        }
    }

    @Test
    @DisplayName("MT-1 the meter list shows each meter's newest reading of any status")
    void listsMetersWithTheirNewestReading() {
        var ivanova = api.as("ivanova");
        var before = ivanova.get("/api/v1/accounts/" + ACCOUNT + "/meters");
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.json()).hasSize(1);
        var listed = before.json().get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(METER);
        assertThat(listed.get("zones").get(0).asString()).isEqualTo("T1");
        assertThat(listed.get("lastReading").get("values").get("T1").asString()).isEqualTo("12345.6");
        assertThat(listed.get("lastReading").get("status").asString()).isEqualTo("ACCEPTED");

        assertThat(submit(ivanova, ACCOUNT, METER, "{\"values\": {\"T1\": \"12400.0\"}}")
                        .status())
                .isEqualTo(201);

        var after =
                ivanova.get("/api/v1/accounts/" + ACCOUNT + "/meters").json().get(0);
        assertThat(after.get("lastReading").get("values").get("T1").asString()).isEqualTo("12400.0");
        assertThat(after.get("lastReading").get("status").asString()).isEqualTo("IN_PROCESSING");

        var twoZone = ivanova.get("/api/v1/accounts/" + SECOND_ACCOUNT + "/meters")
                .json()
                .get(0);
        assertThat(twoZone.get("zones")).hasSize(2);
        assertThat(twoZone.get("lastReading").isNull()).isTrue();
    }

    @Test
    @DisplayName("MT-3 the account's readings come newest first, in pages")
    void listsReadingsNewestFirst() {
        var ivanova = api.as("ivanova");
        assertThat(submit(ivanova, ACCOUNT, METER, "{\"values\": {\"T1\": \"12400.0\"}}")
                        .status())
                .isEqualTo(201);

        var page = ivanova.get("/api/v1/accounts/" + ACCOUNT + "/readings?size=1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("X-Total-Count")).isEqualTo("2");
        assertThat(page.json()).hasSize(1);
        assertThat(page.json().get(0).get("values").get("T1").asString()).isEqualTo("12400.0");
        assertThat(page.json().get(0).get("status").asString()).isEqualTo("IN_PROCESSING");

        var next = ivanova.get("/api/v1/accounts/" + ACCOUNT + "/readings?size=1&page=1");
        assertThat(next.json().get(0).get("status").asString()).isEqualTo("ACCEPTED");

        var one = ivanova.get("/api/v1/accounts/" + ACCOUNT + "/readings/"
                + page.json().get(0).get("id").asString());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("id")).isEqualTo(page.json().get(0).get("id"));
    }

    @Test
    @DisplayName("another resident (petrov) is refused on every endpoint of ivanova's account")
    void anotherResidentIsRefused() {
        var petrov = api.as("petrov");
        for (var response : java.util.List.of(
                petrov.get("/api/v1/accounts/" + ACCOUNT + "/meters"),
                petrov.get("/api/v1/accounts/" + ACCOUNT + "/readings"),
                submit(petrov, ACCOUNT, METER, "{\"values\": {\"T1\": \"12346\"}}"))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo(PROBLEM + "account-access-denied");
        }
        assertThat(readings.findByAccountNumber(ACCOUNT, org.springframework.data.domain.Pageable.unpaged())
                        .getTotalElements())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("no token, no access: 401 problem")
    void requiresAToken() {
        for (var response : java.util.List.of(
                api.get("/api/v1/accounts/" + ACCOUNT + "/meters"),
                api.withAuthorization("Bearer not-a-token").get("/api/v1/accounts/" + ACCOUNT + "/meters"),
                submit(api, ACCOUNT, METER, "{\"values\": {\"T1\": \"12346\"}}"))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.json().get("type").asString()).isEqualTo(PROBLEM + "unauthorized");
        }
    }

    @Test
    @DisplayName("an operator reaches any account")
    void operatorReachesAnyAccount() {
        var response = api.as("operator").get("/api/v1/accounts/" + ACCOUNT + "/meters");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).hasSize(1);
    }
}
