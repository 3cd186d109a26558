package dev.kabinet.billing.system;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
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
 */
@Validated
@ConfigurationProperties("kabinet.billing")
public record BillingProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId timeZone,
        @DefaultValue("PT10M") @NotNull Duration chargePreviewGrace,
        @DefaultValue("10") @Min(1) @Max(28) int paymentDueDay) {

    @AssertTrue(message = "kabinet.billing.charge-preview-grace must be positive")
    boolean isChargePreviewGracePositive() {
        return chargePreviewGrace == null || chargePreviewGrace.isPositive();
    }
}
