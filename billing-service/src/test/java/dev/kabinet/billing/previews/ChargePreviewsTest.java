package dev.kabinet.billing.previews;

import static dev.kabinet.billing.previews.ReadingIdBuilder.aReadingIdSubmittedAt;
import static dev.kabinet.billing.previews.SubmittedReadingBuilder.aSingleRateReading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import dev.kabinet.billing.accounts.BilledAccounts;
import dev.kabinet.billing.system.BillingProperties;
import dev.kabinet.billing.tariffs.Tariff;
import dev.kabinet.billing.tariffs.TariffSchedule;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.Tariffs;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.billing.tariffs.ZoneScheme;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * MT-7, #5: a resident's client polls a charge preview; without one billing answers from the id's age alone — "still
 * being calculated" within the grace period, "not found" after it — and never from whether another account has it.
 */
@DisplayName("MT-7 a preview that is not there is 'not ready' only while it may still come")
class ChargePreviewsTest {

    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    static final Duration GRACE = Duration.ofMinutes(10);
    static final String IVANOVAS = "1000000011";
    static final String PETROVS = "2000000021";

    final ChargePreviewRepository repository = mock(ChargePreviewRepository.class);
    final ChargePreviews previews = new ChargePreviews(
            repository,
            mock(BilledAccounts.class),
            mock(Tariffs.class),
            new BillingProperties(
                    ZoneId.of("Europe/Moscow"),
                    GRACE,
                    10,
                    BillingProperties.Penalty.LAW,
                    new BillingProperties.Close(1000, 2, java.time.Duration.ofSeconds(5), "-")),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anUnknownIdSubmittedWithinTheGracePeriodIsNotReady() {
        for (Duration age : List.of(Duration.ZERO, Duration.ofSeconds(1), GRACE.minusMillis(1), GRACE)) {
            UUID id = aReadingIdSubmittedAt(NOW.minus(age));
            assertThatThrownBy(() -> previews.of(IVANOVAS, id))
                    .as("submitted %s ago", age)
                    .isInstanceOf(ChargePreviewNotReady.class);
        }
    }

    @Test
    void anUnknownIdOlderThanTheGracePeriodIsNotFound() {
        for (Duration age : List.of(GRACE.plusMillis(1), Duration.ofHours(1), Duration.ofDays(400))) {
            UUID id = aReadingIdSubmittedAt(NOW.minus(age));
            assertThatThrownBy(() -> previews.of(IVANOVAS, id))
                    .as("submitted %s ago", age)
                    .isInstanceOf(ChargePreviewNotFound.class);
        }
    }

    @Test
    void anIdThatIsNotTimeOrderedOrFromTheFutureIsNotFound() {
        assertThatThrownBy(() -> previews.of(IVANOVAS, UUID.randomUUID())).isInstanceOf(ChargePreviewNotFound.class);
        assertThatThrownBy(() -> previews.of(IVANOVAS, aReadingIdSubmittedAt(NOW.plus(Duration.ofMinutes(5)))))
                .isInstanceOf(ChargePreviewNotFound.class);
        // a little ahead: metering's clock may run a few seconds ahead of billing's
        assertThatThrownBy(() -> previews.of(IVANOVAS, aReadingIdSubmittedAt(NOW.plusSeconds(10))))
                .isInstanceOf(ChargePreviewNotReady.class);
    }

    @Test
    void anotherAccountsPreviewIsAnsweredAsAnUnknownIdOfTheSameAge() {
        UUID fresh = aReadingIdSubmittedAt(NOW.minusSeconds(5));
        UUID old = aReadingIdSubmittedAt(NOW.minus(Duration.ofDays(2)));
        given(repository.findById(fresh)).willReturn(Optional.of(previewOf(fresh)));
        given(repository.findById(old)).willReturn(Optional.of(previewOf(old)));

        assertThat(previews.of(IVANOVAS, fresh).readingId()).isEqualTo(fresh);
        assertThat(previews.of(IVANOVAS, old).readingId()).isEqualTo(old);
        assertThatThrownBy(() -> previews.of(PETROVS, fresh)).isInstanceOf(ChargePreviewNotReady.class);
        assertThatThrownBy(() -> previews.of(PETROVS, old)).isInstanceOf(ChargePreviewNotFound.class);
    }

    static ChargePreview previewOf(UUID readingId) {
        var tariffs = TariffSchedule.of(List.of(Tariff.of(
                UtilityService.ELECTRICITY, ZoneScheme.SINGLE, TariffZone.T1, 643, LocalDate.of(2026, 1, 1), null)));
        return ChargePreview.calculate(
                aSingleRateReading().readingId(readingId).build(), tariffs, ZoneId.of("Europe/Moscow"), NOW);
    }
}
