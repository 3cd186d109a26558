package dev.kabinet.payment.refunds;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the utility allows to be refunded (PY-9; manuals 001, 004: within 30 days, less recalculations and penalties).
 *
 * @param allowedDays how many days after the bank took the money a refund may be asked for
 * @param nonRefundableLines the charge lines whose part of a payment is not refunded (a regular expression): the
 *     penalties ({@code EL_PENALTY}, ...)
 */
@Validated
@ConfigurationProperties("kabinet.payment.refunds")
public record RefundSettings(
        @Min(1) int allowedDays, @NotBlank String nonRefundableLines) {

    public boolean refundable(String lineCode) {
        return !Pattern.matches(nonRefundableLines, lineCode);
    }
}
