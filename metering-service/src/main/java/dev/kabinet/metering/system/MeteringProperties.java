package dev.kabinet.metering.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of metering-service ({@code kabinet.metering.*}). One deployment serves one utility: these are its settings.
 *
 * @param zone the utility's time zone: "today" for the meters' verification dates and the submission window is the
 *     date there, not on the server (nor in the resident's browser)
 * @param window the days of the month readings are taken (MT-2, DOMAIN.md "Meter readings")
 * @param plausibility when a reading's consumption is held for review (MT-2)
 */
@Validated
@ConfigurationProperties("kabinet.metering")
public record MeteringProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId zone,
        @DefaultValue @NotNull @Valid Window window,
        @DefaultValue @NotNull @Valid Plausibility plausibility) {

    /**
     * The submission window: from {@code fromDay} to {@code toDay} of each month, both included, in the utility's zone
     * (a day past the month's end means its last day).
     */
    public record Window(
            @DefaultValue("15") @Min(1) @Max(31) int fromDay,
            @DefaultValue("25") @Min(1) @Max(31) int toDay) {}

    /**
     * A reading whose consumption in a scale is above {@code factor} × the average consumption between the meter's
     * last {@code periods} accepted readings is accepted "for review", not refused; with fewer than
     * {@code minPeriods} such intervals there is no history to compare with.
     */
    public record Plausibility(
            @DefaultValue("5") @NotNull @DecimalMin("1") BigDecimal factor,
            @DefaultValue("6") @Min(1) @Max(24) int periods,
            @DefaultValue("3") @Min(1) @Max(24) int minPeriods) {}

    /** The settings as the tests and the defaults have them. */
    public static MeteringProperties defaults() {
        return new MeteringProperties(
                ZoneId.of("Europe/Moscow"), new Window(15, 25), new Plausibility(new BigDecimal("5"), 6, 3));
    }
}
