package dev.kabinet.metering.readings;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aTwoZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.metering.meters.AccountMeters;
import dev.kabinet.metering.meters.CommonHouseMeter;
import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.MeterRegistry;
import dev.kabinet.metering.meters.MeterRepository;
import dev.kabinet.metering.meters.RegisteredMeter;
import dev.kabinet.metering.meters.UtilityService;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.ServiceApi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The rules of issue #8 this session added, through the real API against the run's PostgreSQL and Keycloak, on
 * ivanova's second account ({@code 1000000012}) with meters of its own: MT-1 the meter list's marks, MT-2 the window,
 * the rollover confirmation and the review, MT-5 the history's filters and sorting, MT-6 common-house meters.
 */
@KabinetIntegrationTest
@DisplayName("MT-1/MT-2/MT-5/MT-6 metering's rules through the API with real PostgreSQL and Keycloak")
class MeteringRulesIT {

    static final String ACCOUNT = "1000000012";
    static final long WORKING = 9_000_501;
    static final long TWO_ZONE = 9_000_502;
    static final long RETIRED = 9_000_503;
    static final long REMOTE = 9_000_504;
    static final long OVERDUE = 9_000_505;
    static final String PROBLEM = "https://kabinet.dev/problems/";
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @LocalServerPort
    int port;

    @Autowired
    MeterRepository meters;

    @Autowired
    ReadingRepository readings;

    @Autowired
    MeterRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi ivanova;
    Meter working;
    Meter twoZone;

    @BeforeEach
    void ivanovasSecondAccountHasItsMeters() {
        ivanova = ServiceApi.on(port).as("ivanova");
        jdbc.update("delete from reading where account_number = ? or meter_id between 9000501 and 9000509", ACCOUNT);
        jdbc.update("delete from meter where account_number = ? or id between 9000501 and 9000509", ACCOUNT);
        jdbc.update("delete from common_house_meter where account_number = ?", ACCOUNT);
        working = meters.save(aSingleZoneMeter()
                .id(WORKING)
                .on(ACCOUNT)
                .serialNumber("ЭМ-R-1")
                .build());
        twoZone = meters.save(
                aTwoZoneMeter().id(TWO_ZONE).on(ACCOUNT).serialNumber("ЭМ-R-2").build());
        meters.save(aSingleZoneMeter()
                .id(RETIRED)
                .on(ACCOUNT)
                .serialNumber("ЭМ-R-3")
                .retired()
                .build());
        meters.save(aSingleZoneMeter()
                .id(REMOTE)
                .on(ACCOUNT)
                .serialNumber("ЭМ-R-4")
                .remotelyRead()
                .build());
        meters.save(aSingleZoneMeter()
                .id(OVERDUE)
                .on(ACCOUNT)
                .serialNumber("ЭМ-R-5")
                .verificationDue(LocalDate.now(MOSCOW).minusDays(10))
                .build());
    }

    /** Accepted monthly readings of the meter, the last one {@code months} months ago the newest. */
    private List<Reading> acceptedHistory(Meter meter, List<Map<String, String>> values) {
        var saved = new ArrayList<Reading>();
        var at = Instant.now().minus(30L * values.size() + 5, ChronoUnit.DAYS);
        for (var value : values) {
            var reading = Reading.submit(meter, value, null, at, LocalDate.ofInstant(at, MOSCOW));
            reading.accept(at.plus(1, ChronoUnit.DAYS));
            saved.add(readings.save(reading));
            at = at.plus(30, ChronoUnit.DAYS);
        }
        return saved;
    }

    private ServiceApi.Response submit(long meterId, String body) {
        return ivanova.post("/api/v1/accounts/" + ACCOUNT + "/meters/" + meterId + "/readings", body);
    }

    private JsonNode meter(JsonNode list, long id) {
        for (var meter : list) {
            if (meter.get("id").asLong() == id) {
                return meter;
            }
        }
        throw new AssertionError("meter " + id + " not listed");
    }

    @Test
    @DisplayName("MT-1 the list marks retired, remotely read and overdue meters and shows the last accepted reading")
    void marksMetersThatTakeNoReadingAndShowsTheLastAccepted() {
        acceptedHistory(working, List.of(Map.of("T1", "12000.0"), Map.of("T1", "12100.5")));
        assertThat(submit(WORKING, "{\"values\": {\"T1\": \"12200.0\"}}").status())
                .isEqualTo(201);

        var list = ivanova.get("/api/v1/accounts/" + ACCOUNT + "/meters");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        var first = meter(list.json(), WORKING);
        assertThat(first.get("manualReadingRefusal").isNull()).isTrue();
        assertThat(first.get("lastReading").get("status").asString()).isEqualTo("IN_PROCESSING");
        assertThat(first.get("lastAccepted").get("values").get("T1").asString()).isEqualTo("12100.5");
        assertThat(first.get("lastAccepted").get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(first.get("digitCapacity").asInt()).isEqualTo(6);
        assertThat(first.get("decimals").asInt()).isEqualTo(1);
        assertThat(first.get("verificationDue").asString()).isEqualTo("2035-06-30");
        assertThat(meter(list.json(), RETIRED).get("manualReadingRefusal").asString())
                .isEqualTo("RETIRED");
        assertThat(meter(list.json(), REMOTE).get("manualReadingRefusal").asString())
                .isEqualTo("REMOTELY_READ");
        assertThat(meter(list.json(), OVERDUE).get("manualReadingRefusal").asString())
                .isEqualTo("VERIFICATION_OVERDUE");
        // retired meters come last
        assertThat(list.json().get(list.json().size() - 1).get("id").asLong()).isEqualTo(RETIRED);
    }

    @Test
    @DisplayName("MT-1 the API refuses a reading of a retired, remotely read or overdue meter with a clear problem")
    void refusesReadingsOfMetersThatTakeNone() {
        for (var refused : Map.of(
                        RETIRED, "meter-retired",
                        REMOTE, "meter-remotely-read",
                        OVERDUE, "meter-verification-overdue")
                .entrySet()) {
            var response = submit(refused.getKey(), "{\"values\": {\"T1\": \"100.0\"}}");
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.problemType()).isEqualTo(PROBLEM + refused.getValue());
            assertThat(response.json().get("detail").asString()).contains("ЭМ-R-");
        }
    }

    @Test
    @DisplayName("MT-2 the window endpoint says where the window stands in Moscow, and a reading carries its period")
    void datesAReadingIntoItsPeriod() {
        var expected = new SubmissionWindow(15, 25, MOSCOW).at(Instant.now());

        var window = ivanova.get("/api/v1/submission-window");

        assertThat(window.status()).as(window.toString()).isEqualTo(200);
        assertThat(window.json().get("zone").asString()).isEqualTo("Europe/Moscow");
        assertThat(window.json().get("period").asString())
                .isEqualTo(expected.period().toString());
        assertThat(window.json().get("open").asBoolean()).isEqualTo(expected.open());
        assertThat(Instant.parse(window.json().get("closesAt").asString())).isEqualTo(expected.closesAt());

        var reading = submit(WORKING, "{\"values\": {\"T1\": \"100.0\"}}");
        assertThat(reading.status()).as(reading.toString()).isEqualTo(201);
        assertThat(reading.json().get("period").asString())
                .isEqualTo(expected.period().toString());
        assertThat(reading.json().get("outsideWindow").asBoolean()).isEqualTo(!expected.open());
    }

    @Test
    @DisplayName("MT-2 a rollover is refused next to the field until the resident confirms it, then taken")
    void takesARolloverOnceConfirmed() {
        acceptedHistory(twoZone, List.of(Map.of("T1", "999950.0", "T2", "2000.0")));

        var unconfirmed = submit(TWO_ZONE, "{\"values\": {\"T1\": \"120,5\", \"T2\": \"2001.0\"}}");

        assertThat(unconfirmed.status()).as(unconfirmed.toString()).isEqualTo(422);
        assertThat(unconfirmed.problemType()).isEqualTo(PROBLEM + "reading-rollover-unconfirmed");
        assertThat(unconfirmed.json().get("errors")).hasSize(1);
        assertThat(unconfirmed.json().get("errors").get(0).get("field").asString())
                .isEqualTo("values.T1");
        // the previous value the Russian way: 999 950 (a no-break space groups the digits)
        assertThat(unconfirmed.json().get("errors").get(0).get("message").asString())
                .matches("Показание меньше предыдущего принятого \\(999[\\u00a0\\u202f ]950(,0)?\\)\\. .*");

        var confirmed =
                submit(TWO_ZONE, "{\"values\": {\"T1\": \"120,5\", \"T2\": \"2001.0\"}, \"rolloverConfirmed\": true}");

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(201);
        assertThat(confirmed.json().get("rollover").asBoolean()).isTrue();
        assertThat(confirmed.json().get("values").get("T1").asString()).isEqualTo("120.5");
    }

    @Test
    @DisplayName("MT-2 a consumption above 5× the average of the last periods is accepted for review, not refused")
    void acceptsImplausibleConsumptionForReview() {
        acceptedHistory(
                working,
                List.of(
                        Map.of("T1", "1000.0"),
                        Map.of("T1", "1100.0"),
                        Map.of("T1", "1200.0"),
                        Map.of("T1", "1300.0")));

        var plausible = submit(WORKING, "{\"values\": {\"T1\": \"1400.0\"}}");
        assertThat(plausible.status()).as(plausible.toString()).isEqualTo(201);
        assertThat(plausible.json().get("review").isNull()).isTrue();
        jdbc.update(
                "delete from reading where id = ?::uuid",
                plausible.json().get("id").asString());

        var high = submit(WORKING, "{\"values\": {\"T1\": \"2300.0\"}}");

        assertThat(high.status()).as(high.toString()).isEqualTo(201);
        assertThat(high.json().get("status").asString()).isEqualTo("IN_PROCESSING");
        var review = high.json().get("review");
        assertThat(review.get("zone").asString()).isEqualTo("T1");
        assertThat(review.get("consumption").asString()).isEqualTo("1000.0");
        assertThat(review.get("average").asString()).isEqualTo("100.0");
        assertThat(review.get("factor").asString()).isEqualTo("5");
        var listed = ivanova.get("/api/v1/accounts/" + ACCOUNT + "/readings/"
                + high.json().get("id").asString());
        assertThat(listed.json().get("review").get("consumption").asString()).isEqualTo("1000.0");
    }

    @Test
    @DisplayName("MT-5 the history is filtered by period (days in Moscow), meter and status, and sorted by any column")
    void filtersAndSortsTheHistory() {
        var history = acceptedHistory(
                working, List.of(Map.of("T1", "1000.0"), Map.of("T1", "1100.0"), Map.of("T1", "1200.0")));
        acceptedHistory(twoZone, List.of(Map.of("T1", "10.0", "T2", "5.0")));
        assertThat(submit(WORKING, "{\"values\": {\"T1\": \"1250.0\"}}").status())
                .isEqualTo(201);
        var base = "/api/v1/accounts/" + ACCOUNT + "/readings";

        var all = ivanova.get(base);
        assertThat(all.header("X-Total-Count")).isEqualTo("5");

        var ofMeter = ivanova.get(base + "?meterId=" + WORKING + "&status=ACCEPTED&sort=submittedAt,asc");
        assertThat(ofMeter.status()).as(ofMeter.toString()).isEqualTo(200);
        assertThat(ofMeter.header("X-Total-Count")).isEqualTo("3");
        assertThat(ofMeter.json().get(0).get("values").get("T1").asString()).isEqualTo("1000.0");
        assertThat(ofMeter.json().get(2).get("values").get("T1").asString()).isEqualTo("1200.0");

        var secondDay = LocalDate.ofInstant(history.get(1).submittedAt(), MOSCOW);
        var oneDay = ivanova.get(base + "?from=" + secondDay + "&to=" + secondDay);
        assertThat(oneDay.header("X-Total-Count")).isEqualTo("1");
        assertThat(oneDay.json().get(0).get("values").get("T1").asString()).isEqualTo("1100.0");

        var byStatus = ivanova.get(base + "?sort=status,desc&size=2");
        assertThat(byStatus.header("X-Total-Count")).isEqualTo("5");
        assertThat(byStatus.json().get(0).get("status").asString()).isEqualTo("IN_PROCESSING");

        var byMeter = ivanova.get(base + "?sort=meter,desc");
        assertThat(byMeter.json().get(0).get("meterId").asLong()).isEqualTo(TWO_ZONE);

        var malformed = ivanova.get(base + "?sort=values,asc");
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("MT-6 common-house meters and their volumes, as the account's record carries them; none when absent")
    void showsCommonHouseMetersAndVolumes() {
        var path = "/api/v1/accounts/" + ACCOUNT + "/common-house-meters";
        var none = ivanova.get(path);
        assertThat(none.status()).as(none.toString()).isEqualTo(200);
        assertThat(none.json()).isEmpty();

        var sequence = jdbc.queryForObject(
                "select coalesce(max(sequence), 0) from metered_account where account_number = ?", Long.class, ACCOUNT);
        registry.apply(new AccountMeters(
                ACCOUNT,
                sequence + 1,
                false,
                List.of(new RegisteredMeter(
                        WORKING,
                        "ЭМ-R-1",
                        UtilityService.ELECTRICITY,
                        List.of(Zone.T1),
                        6,
                        1,
                        LocalDate.of(2035, 6, 30),
                        false,
                        false)),
                List.of(new CommonHouseMeter(
                        700_101,
                        "ОДПУ-ЭЭ-0042",
                        UtilityService.ELECTRICITY,
                        List.of(
                                new CommonHouseMeter.Volume(
                                        YearMonth.of(2026, 9), new BigDecimal("17100.250"), new BigDecimal("90.1")),
                                new CommonHouseMeter.Volume(
                                        YearMonth.of(2026, 10),
                                        new BigDecimal("18250.5"),
                                        new BigDecimal("96.12")))))));

        var shown = ivanova.get(path);

        assertThat(shown.json()).hasSize(1);
        var meter = shown.json().get(0);
        assertThat(meter.get("serialNumber").asString()).isEqualTo("ОДПУ-ЭЭ-0042");
        assertThat(meter.get("volumes").get(0).get("period").asString()).isEqualTo("2026-10");
        assertThat(meter.get("volumes").get(0).get("houseVolume").asString()).isEqualTo("18250.5");
        assertThat(meter.get("volumes").get(0).get("accountShare").asString()).isEqualTo("96.12");
        assertThat(meter.get("volumes").get(1).get("houseVolume").asString()).isEqualTo("17100.25");
    }

    @Test
    @DisplayName(
            "MT-5 MT-6 another resident (petrov) is refused on the history and common-house meters as on no account")
    void anotherResidentIsRefusedAsOnNoAccount() {
        var petrov = ServiceApi.on(port).as("petrov");
        for (var path : List.of(
                "/api/v1/accounts/" + ACCOUNT + "/common-house-meters",
                "/api/v1/accounts/" + ACCOUNT + "/readings?meterId=" + WORKING + "&sort=status,asc&from=2026-01-01")) {
            var foreign = petrov.get(path);
            var missing = petrov.get(path.replace(ACCOUNT, "1999999999"));
            assertThat(foreign.status()).as(foreign.toString()).isEqualTo(403);
            assertThat(foreign.problemType()).isEqualTo(PROBLEM + "account-access-denied");
            assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
            assertThat(foreign.json().get("title")).isEqualTo(missing.json().get("title"));
            assertThat(missing.status()).isEqualTo(403);
        }
    }
}
