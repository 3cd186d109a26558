package dev.kabinet.identity.captcha;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The self-hosted ALTCHA captcha ({@code kabinet.captcha.*}, ADR 0011 §4): the HMAC key that signs challenges
 * ({@code KABINET_CAPTCHA_HMAC_KEY}, at least 32 characters), the proof-of-work's size (the browser tries on average
 * half of {@code max-number} SHA-256 hashes: 100 000 takes well under a second on a phone) and how long a challenge
 * lives.
 */
@Validated
@ConfigurationProperties("kabinet.captcha")
public record CaptchaProperties(
        @NotNull @Size(min = 32) String hmacKey,
        @DefaultValue("100000") @Min(1000) @Max(10_000_000) long maxNumber,
        @DefaultValue("10m") @NotNull Duration ttl) {

    @Override
    public String toString() {
        return "CaptchaProperties[maxNumber=" + maxNumber + ", ttl=" + ttl + "]";
    }
}
