package dev.kabinet.identity.recovery;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Password recovery (ID-7, ADR 0026; {@code kabinet.recovery.*}), a utility's settings: where the e-mail link points
 * (the web client's page, the token after {@code #}), how long a link lives, whether the SMS path may also set a new
 * username (manual 004 allows it), and the caps: requests per client address in a window, and one request per login
 * identifier (or account + phone) within {@code resend-cooldown}.
 */
@Validated
@ConfigurationProperties("kabinet.recovery")
public record RecoveryProperties(
        @DefaultValue("http://localhost:8080/recovery/reset") @NotBlank
        String linkBase,

        @DefaultValue("30m") @NotNull Duration linkTtl,
        @DefaultValue("true") boolean usernameChange,
        @DefaultValue("10") @Min(1) int perIp,
        @DefaultValue("1h") @NotNull Duration perIpWindow,
        @DefaultValue("60s") @NotNull Duration resendCooldown,
        @DefaultValue("no-reply@kabinet.local") @NotBlank String mailFrom,
        @DefaultValue("Личный кабинет") @NotBlank String mailFromName) {}
