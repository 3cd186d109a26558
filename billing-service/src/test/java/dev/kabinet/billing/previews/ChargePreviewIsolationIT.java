package dev.kabinet.billing.previews;

import static dev.kabinet.billing.previews.ReadingIdBuilder.aReadingIdSubmittedAt;
import static dev.kabinet.billing.previews.SubmittedReadingBuilder.aSingleRateReading;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.Refusals;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Isolation by resource id (#5): a charge preview is found only under the account of its reading. A resident asking
 * under an account of their own for another account's reading id gets exactly the answer of an id that does not
 * exist. The preview is calculated by the real application service against the test database.
 */
@KabinetIntegrationTest
@DisplayName("MT-7 a charge preview is shown only under its own account")
class ChargePreviewIsolationIT {

    static final String IVANOVAS = "1000000011";
    static final String IVANOVAS_OTHER = "1000000012";
    static final String PETROVS = "2000000021";

    @LocalServerPort
    int port;

    @Autowired
    ChargePreviews previews;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;
    UUID ivanovasReading;

    @BeforeEach
    void ivanovaHasAPricedReading() {
        api = ServiceApi.on(port);
        jdbc.update("insert into tariff (service, scheme, zone, kopecks_per_unit, valid_from)"
                + " values ('ELECTRICITY', 'SINGLE', 'T1', 643, date '2026-01-01') on conflict do nothing");
        ivanovasReading = UUID.randomUUID();
        previews.previewCharge(
                UUID.randomUUID(),
                aSingleRateReading().readingId(ivanovasReading).build());
        assertThat(get(IVANOVAS, ivanovasReading, "ivanova").status())
                .as("the preview exists under its own account")
                .isEqualTo(200);
    }

    @Test
    void anotherResidentAskingUnderTheirOwnAccountIsToldItDoesNotExist() {
        var foreign = get(PETROVS, ivanovasReading, "petrov");
        var nonExistent = get(PETROVS, UUID.randomUUID(), "petrov");

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.status()).isEqualTo(nonExistent.status());
        Refusals.assertIndistinguishable(foreign.body(), nonExistent.body());
    }

    @Test
    void theSameResidentAskingUnderTheirOtherAccountIsToldItDoesNotExist() {
        var foreign = get(IVANOVAS_OTHER, ivanovasReading, "ivanova");
        var nonExistent = get(IVANOVAS_OTHER, UUID.randomUUID(), "ivanova");

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        Refusals.assertIndistinguishable(foreign.body(), nonExistent.body());
    }

    @Test
    void anOperatorAskingUnderAnotherAccountIsToldItDoesNotExist() {
        var foreign = get(PETROVS, ivanovasReading, "operator");
        var nonExistent = get(PETROVS, UUID.randomUUID(), "operator");

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        Refusals.assertIndistinguishable(foreign.body(), nonExistent.body());
    }

    /**
     * With time-ordered ids (#5) the answer without a preview depends on the id's age: a fresh foreign reading gets
     * what a fresh unknown id gets ("still being calculated"), an old one what an old unknown id gets ("not found").
     */
    @Test
    @DisplayName("MT-7 a fresh foreign reading is 'not ready' like a fresh unknown id; an old one 'not found' like an"
            + " old unknown id")
    void aForeignReadingOfAnyAgeGetsTheAnswerOfAnUnknownIdOfTheSameAge() {
        Instant now = Instant.now();
        for (Instant submittedAt : List.of(now.minusSeconds(5), now.minus(Duration.ofDays(3)))) {
            UUID hers = aReadingIdSubmittedAt(submittedAt);
            previews.previewCharge(
                    UUID.randomUUID(),
                    aSingleRateReading()
                            .readingId(hers)
                            .submittedAt(submittedAt.toString())
                            .build());
            assertThat(get(IVANOVAS, hers, "ivanova").status()).isEqualTo(200);

            var foreign = get(PETROVS, hers, "petrov");
            var unknown = get(PETROVS, aReadingIdSubmittedAt(submittedAt), "petrov");
            var otherOfHers = get(IVANOVAS_OTHER, hers, "ivanova");

            String expected = submittedAt.isAfter(now.minusSeconds(60))
                    ? "https://kabinet.dev/problems/charge-preview-not-ready"
                    : "https://kabinet.dev/problems/charge-preview-not-found";
            assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
            assertThat(foreign.problemType()).as(foreign.toString()).isEqualTo(expected);
            assertThat(unknown.status()).isEqualTo(404);
            Refusals.assertIndistinguishable(foreign.body(), unknown.body());
            Refusals.assertIndistinguishable(otherOfHers.body(), unknown.body());
        }
    }

    ServiceApi.Response get(String account, UUID readingId, String user) {
        return api.as(user).get("/api/v1/accounts/" + account + "/charge-previews/" + readingId);
    }
}
