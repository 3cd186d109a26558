package dev.kabinet.metering.readings;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.MeterRepository;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.Refusals;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Isolation by resource id (#5): a reading and a meter are found only under their own account. Asking under an
 * account of one's own for another account's reading or meter id is answered exactly like an id that does not exist,
 * and changes nothing. Fresh meter ids every run, so data of other runs does not matter.
 */
@KabinetIntegrationTest
@DisplayName("MT-2/MT-3 readings and meters are reached only under their own account")
class ReadingIsolationIT {

    static final String IVANOVAS = "1000000011";
    static final String IVANOVAS_OTHER = "1000000012";
    static final String PETROVS = "2000000021";
    static final String VALID_READING = "{\"values\": {\"T1\": \"99999\"}}";

    @LocalServerPort
    int port;

    @Autowired
    MeterRepository meters;

    @Autowired
    ReadingRepository readings;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;
    Meter ivanovasMeter;
    Reading ivanovasReading;

    @BeforeEach
    void ivanovaHasAMeterWithAReading() {
        api = ServiceApi.on(port);
        long id = 8_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
        ivanovasMeter = meters.save(aSingleZoneMeter()
                .id(id)
                .on(IVANOVAS)
                .serialNumber("ЭМ-ISO-" + id)
                .build());
        ivanovasReading = readings.save(Reading.submit(
                ivanovasMeter,
                Map.of("T1", "100.0"),
                null,
                Instant.now(),
                LocalDate.now().minusDays(1)));
        assertThat(api.as("ivanova")
                        .get(readingPath(IVANOVAS, ivanovasReading.id()))
                        .status())
                .as("the reading exists under its own account")
                .isEqualTo(200);
    }

    @AfterEach
    void removeTheMeter() {
        jdbc.update("delete from reading where meter_id = ?", ivanovasMeter.id());
        jdbc.update("delete from meter where id = ?", ivanovasMeter.id());
    }

    static String readingPath(String account, UUID readingId) {
        return "/api/v1/accounts/" + account + "/readings/" + readingId;
    }

    static String submitPath(String account, long meterId) {
        return "/api/v1/accounts/" + account + "/meters/" + meterId + "/readings";
    }

    @Test
    void anotherResidentAskingUnderTheirOwnAccountForAReadingIsToldItDoesNotExist() {
        var petrov = api.as("petrov");
        var foreign = petrov.get(readingPath(PETROVS, ivanovasReading.id()));
        var nonExistent = petrov.get(readingPath(PETROVS, UUID.randomUUID()));

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.status()).isEqualTo(nonExistent.status());
        Refusals.assertIndistinguishable(foreign.body(), nonExistent.body());
    }

    @Test
    void theSameResidentAskingUnderTheirOtherAccountForAReadingIsToldItDoesNotExist() {
        var ivanova = api.as("ivanova");
        var foreign = ivanova.get(readingPath(IVANOVAS_OTHER, ivanovasReading.id()));
        var nonExistent = ivanova.get(readingPath(IVANOVAS_OTHER, UUID.randomUUID()));

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        Refusals.assertIndistinguishable(foreign.body(), nonExistent.body());
    }

    @Test
    void anotherResidentSubmittingUnderTheirOwnAccountForAMeterIsToldItDoesNotExistAndNothingIsStored() {
        var petrov = api.as("petrov");
        var foreign = petrov.post(submitPath(PETROVS, ivanovasMeter.id()), VALID_READING);
        var nonExistent = petrov.post(submitPath(PETROVS, 7_999_999), VALID_READING);

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        Refusals.assertIndistinguishable(foreign.body(), nonExistent.body());
        assertThat(jdbc.queryForObject(
                        "select count(*) from reading where meter_id = ?", Integer.class, ivanovasMeter.id()))
                .as("only ivanova's own reading of the meter")
                .isEqualTo(1);
    }

    @Test
    void anOperatorSubmittingUnderAnotherAccountForAMeterIsToldItDoesNotExist() {
        var operator = api.as("operator");
        var foreign = operator.post(submitPath(PETROVS, ivanovasMeter.id()), VALID_READING);
        var nonExistent = operator.post(submitPath(PETROVS, 7_999_999), VALID_READING);

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        Refusals.assertIndistinguishable(foreign.body(), nonExistent.body());
    }
}
