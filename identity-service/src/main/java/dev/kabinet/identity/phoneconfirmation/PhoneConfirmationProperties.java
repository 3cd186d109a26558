package dev.kabinet.identity.phoneconfirmation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.phone-confirmation.*}: the rules of one-time SMS codes (ADR 0011). A code lives {@code code-ttl}
 * (5 minutes) and takes {@code max-attempts} wrong entries (5) before it is locked; a new code to the same phone waits
 * {@code resend-cooldown} (60 s); SMS cost money (OWASP API4), so at most {@code per-phone-per-hour} /
 * {@code per-phone-per-day} codes go to one phone and {@code per-ip-per-hour} / {@code per-ip-per-day} are asked for
 * from one address. Codes are stored as HMAC-SHA256 under {@code hash-key} ({@code KABINET_OTP_HASH_KEY}; the dev
 * default only suits local runs).
 */
@Validated
@ConfigurationProperties("kabinet.phone-confirmation")
public record PhoneConfirmationProperties(
        @DefaultValue("5m") @NotNull Duration codeTtl,
        @DefaultValue("5") @Min(1) int maxAttempts,
        @DefaultValue("60s") @NotNull Duration resendCooldown,
        @DefaultValue("5") @Min(1) int perPhonePerHour,
        @DefaultValue("10") @Min(1) int perPhonePerDay,
        @DefaultValue("20") @Min(1) int perIpPerHour,
        @DefaultValue("50") @Min(1) int perIpPerDay,
        @NotBlank @Size(min = 32) String hashKey) {

    @Override
    public String toString() {
        return "PhoneConfirmationProperties[codeTtl=" + codeTtl + ", maxAttempts=" + maxAttempts + ", resendCooldown="
                + resendCooldown + ", perPhone=" + perPhonePerHour + "/h " + perPhonePerDay + "/d, perIp="
                + perIpPerHour + "/h " + perIpPerDay + "/d]";
    }
}
