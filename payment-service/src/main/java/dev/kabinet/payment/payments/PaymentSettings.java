package dev.kabinet.payment.payments;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How card payments are taken (docs/adr/0022).
 *
 * @param returnUrl where the bank sends the resident back after paying, {@code {id}} the payment id: the web client's
 *     page, which asks {@code POST …/payments/{id}/return}
 * @param failUrl where the bank sends the resident back after a decline or giving up
 * @param consentVersion which text of the privacy policy and user agreement the payer agrees to (152-FZ)
 * @param maxKopecks the largest sum of one payment
 * @param timeZone the utility's time zone: the days of the history's period filter
 * @param janitor how the janitor asks the bank about payments whose outcome is unknown
 */
@Validated
@ConfigurationProperties("kabinet.payment")
public record PaymentSettings(
        @NotBlank String returnUrl,
        @NotBlank String failUrl,
        @NotBlank String consentVersion,
        @Min(1) long maxKopecks,
        @NotNull ZoneId timeZone,
        @NotNull Janitor janitor) {

    /**
     * @param interval how often the janitor looks for payments to ask about, and how long it waits before asking
     *     about the same one again
     * @param firstCheckAfter how long after its creation a payment is first asked about (its callback usually comes
     *     first)
     * @param lease how long an instance holds a payment it claimed: other instances skip it meanwhile
     * @param batch payments claimed per round
     * @param registrationGrace how long an order the bank does not know may still be on its way there
     * @param expiryGrace how long past its 20 minutes an unpaid order is still waited for
     */
    public record Janitor(
            @NotNull Duration interval,
            @NotNull Duration firstCheckAfter,
            @NotNull Duration lease,
            @Min(1) int batch,
            @NotNull Duration registrationGrace,
            @NotNull Duration expiryGrace) {}
}
