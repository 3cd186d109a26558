package dev.kabinet.billing.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Billing settings ({@code kabinet.billing.*}).
 *
 * @param timeZone the utility's time zone: a reading submitted at 23:30 UTC on 30 June is charged on Moscow's 1 July
 *     tariff.
 * @param chargePreviewGrace how long after a reading was submitted its charge preview is answered "still being
 *     calculated" ({@code charge-preview-not-ready}) while billing has none; later, "not found"
 *     ({@code charge-preview-not-found}). Longer than the event normally takes (seconds) and its retries.
 * @param paymentDueDay the day of the month after the period by which its charges are due (DOMAIN.md: the 10th by
 *     default, a per-utility setting); penalties count the delay from the next day (BL-5)
 * @param penalty the penalty rule ({@code kabinet.billing.penalty.*}), per utility, the law's by default
 * @param close the monthly period close ({@code kabinet.billing.close.*}, docs/adr/0023)
 */
@Validated
@ConfigurationProperties("kabinet.billing")
public record BillingProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId timeZone,
        @DefaultValue("PT10M") @NotNull Duration chargePreviewGrace,
        @DefaultValue("10") @Min(1) @Max(28) int paymentDueDay,
        @DefaultValue @NotNull @Valid Penalty penalty,
        @DefaultValue @NotNull @Valid Close close) {

    /**
     * The period close (docs/adr/0023).
     *
     * @param chunkSize accounts per chunk: what one worker closes in one transaction
     * @param workers worker threads of this instance that claim chunks (every instance has its own)
     * @param pollInterval how often an idle instance looks for a close to work on
     * @param cron when the close of the month just ended starts by itself, in the utility's time zone; {@code -} (the
     *     default, and the demo's) never: an operator starts it
     */
    public record Close(
            @DefaultValue("1000") @Min(1) @Max(100000) int chunkSize,
            @DefaultValue("2") @Min(1) @Max(32) int workers,
            @DefaultValue("5s") @NotNull Duration pollInterval,
            @DefaultValue("-") @NotNull String cron) {}

    /**
     * Housing Code art. 155 p. 14 and Government Decree 329 of 18.03.2025 by default: no penalty for {@code graceDays}
     * days of delay, then 1/{@code firstStageDivisor} of the rate per day up to day {@code firstStageUntilDay}, then
     * 1/{@code secondStageDivisor}; the rate is capped at {@code capPercent} for payment days from {@code capFrom} to
     * {@code capUntil} (exclusive). A contract may set others.
     */
    public record Penalty(
            @DefaultValue("30") @Min(0) int graceDays,
            @DefaultValue("90") @Min(1) int firstStageUntilDay,
            @DefaultValue("300") @Min(1) int firstStageDivisor,
            @DefaultValue("130") @Min(1) int secondStageDivisor,
            @DefaultValue("9.5") @NotNull BigDecimal capPercent,
            @DefaultValue("2025-01-01") @NotNull LocalDate capFrom,
            @DefaultValue("2027-01-01") @NotNull LocalDate capUntil) {

        /** The law's rule. */
        public static final Penalty LAW = new Penalty(
                30, 90, 300, 130, new BigDecimal("9.5"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));
    }

    @AssertTrue(message = "kabinet.billing.charge-preview-grace must be positive")
    boolean isChargePreviewGracePositive() {
        return chargePreviewGrace == null || chargePreviewGrace.isPositive();
    }
}
