package dev.kabinet.identity.registration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Registration by account number and owner surname (ID-1; {@code kabinet.registration.*}), a utility's settings:
 * the account-number pattern (what remains after spaces, dashes and dots are taken out of what the resident typed),
 * the version of the personal-data consent text the form shows (recorded with each consent, 152-FZ), and the cap on
 * ownership checks per client address ({@code per-ip} in {@code per-ip-window}): with the captcha, it makes guessing
 * account numbers or owners slow.
 */
@Validated
@ConfigurationProperties("kabinet.registration")
public record RegistrationProperties(
        @DefaultValue("[0-9]{10,13}") @NotBlank String accountNumberPattern,
        @DefaultValue("2026-11-29") @NotBlank String consentVersion,
        @DefaultValue("10") @Min(1) int perIp,
        @DefaultValue("1h") @NotNull Duration perIpWindow) {}
