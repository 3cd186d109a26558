package dev.kabinet.notification.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification settings ({@code kabinet.notification.*}); the SMTP server itself is {@code spring.mail.*}
 * ({@code KABINET_SMTP_HOST}, {@code KABINET_SMTP_PORT}).
 *
 * @param timeZone the utility's time zone, for the dates residents read
 * @param mail the e-mail robot
 */
@Validated
@ConfigurationProperties("kabinet.notification")
public record NotificationProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId timeZone,
        @DefaultValue @Valid @NotNull Mail mail) {

    /**
     * @param from the robot's address; its domain also names the {@code Message-ID}s
     * @param fromName the display name residents see
     * @param maxAttempts attempts before a delivery is given up as failed
     * @param firstRetryAfter the wait after the first failure; each later wait is {@code backoffMultiplier} times longer
     * @param maxRetryAfter the longest wait between two attempts
     * @param pollInterval how often pending deliveries are looked for
     * @param batchSize how many deliveries one poll sends at most
     */
    public record Mail(
            @DefaultValue("no-reply@kabinet.local") @NotBlank @Email
            String from,

            @DefaultValue("Личный кабинет") @NotBlank String fromName,
            @DefaultValue("5") @Min(1) @Max(50) int maxAttempts,
            @DefaultValue("30s") @NotNull Duration firstRetryAfter,
            @DefaultValue("2.0") @DecimalMin("1.0") double backoffMultiplier,
            @DefaultValue("1h") @NotNull Duration maxRetryAfter,
            @DefaultValue("2s") @NotNull Duration pollInterval,
            @DefaultValue("20") @Min(1) @Max(500) int batchSize) {

        /** The domain of {@link #from()}, e.g. {@code kabinet.local}. */
        public String domain() {
            return from.substring(from.indexOf('@') + 1);
        }
    }
}
