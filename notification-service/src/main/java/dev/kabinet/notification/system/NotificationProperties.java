package dev.kabinet.notification.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification settings ({@code kabinet.notification.*}); the SMTP server itself is {@code spring.mail.*}
 * ({@code KABINET_SMTP_HOST}, {@code KABINET_SMTP_PORT}).
 *
 * @param timeZone the utility's time zone, for the dates residents read and the quiet hours
 * @param mail the e-mail robot, and the retries of every channel
 * @param sms the SMS provider and the quiet hours
 * @param rateLimit the per-recipient rate limit
 * @param billing where the receipt PDFs of e-bills come from (NT-4)
 * @param reminders the debt reminders (NT-3)
 */
@Validated
@ConfigurationProperties("kabinet.notification")
public record NotificationProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId timeZone,
        @DefaultValue @Valid @NotNull Mail mail,
        @DefaultValue @Valid @NotNull Sms sms,
        @DefaultValue @Valid @NotNull RateLimit rateLimit,
        @DefaultValue @Valid @NotNull Billing billing,
        @DefaultValue @Valid @NotNull Reminders reminders) {

    /**
     * @param from the robot's address; its domain also names the {@code Message-ID}s
     * @param fromName the display name residents see
     * @param maxAttempts attempts before a delivery (of any channel) is given up as dead
     * @param firstRetryAfter the wait after the first failure; each later wait is {@code backoffMultiplier} times longer
     * @param maxRetryAfter the longest wait between two attempts
     * @param pollInterval how often pending deliveries are looked for
     * @param batchSize how many due deliveries one transaction locks and sends (docs/adr/0035)
     * @param senders SMTP connections (and threads) a batch is sent over in parallel
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
            @DefaultValue("20") @Min(1) @Max(1000) int batchSize,
            @DefaultValue("4") @Min(1) @Max(32) int senders) {

        /** The domain of {@link #from()}, e.g. {@code kabinet.local}. */
        public String domain() {
            return from.substring(from.indexOf('@') + 1);
        }
    }

    /**
     * The SMS provider's generic JSON-over-HTTP API (the SMS sink speaks it locally; ADR 0011) and the night when no
     * informing SMS leaves (NT-3; codes are identity-service's and not bound by it).
     *
     * @param url the send endpoint ({@code KABINET_SMS_URL}, locally {@code http://127.0.0.1:8026/api/v1/messages})
     * @param token the API token ({@code KABINET_SMS_TOKEN})
     * @param sender the sender name on the phone
     * @param timeout how long one request may take (connect and answer)
     * @param quietFrom the start of the quiet hours, local time of {@code time-zone}
     * @param quietUntil their end: an SMS due in the quiet hours waits until then
     */
    public record Sms(
            @DefaultValue("http://127.0.0.1:8026/api/v1/messages") @NotNull
            URI url,

            @DefaultValue("sms-sink-dev-token") @NotBlank String token,
            @DefaultValue("Kabinet") @NotBlank String sender,
            @DefaultValue("5s") @NotNull Duration timeout,
            @DefaultValue("21:00") @NotNull LocalTime quietFrom,
            @DefaultValue("09:00") @NotNull LocalTime quietUntil) {}

    /**
     * At most {@code maxPerRecipient} e-mails or SMS to one address or phone within {@code window}; more wait until
     * the window has room (never dropped).
     */
    public record RateLimit(
            @DefaultValue("20") @Min(1) int maxPerRecipient,
            @DefaultValue("1h") @NotNull Duration window) {}

    /**
     * billing-service's internal receipt endpoint (NT-4, docs/adr/0035) and notification-service's client-credentials
     * login at Keycloak for it.
     *
     * @param url billing-service's base address ({@code KABINET_BILLING_URL}); never through the gateway
     * @param tokenUri Keycloak's token endpoint of realm kabinet
     * @param clientId the Keycloak client of notification-service
     * @param clientSecret its secret ({@code KABINET_NOTIFICATION_CLIENT_SECRET})
     * @param timeout how long one request may take
     */
    public record Billing(
            @DefaultValue("http://127.0.0.1:8084") @NotNull URI url,

            @DefaultValue("http://localhost:8180/realms/kabinet/protocol/openid-connect/token") @NotNull
            URI tokenUri,

            @DefaultValue("notification-service") @NotBlank String clientId,

            @DefaultValue("notification-service-secret") @NotBlank
            String clientSecret,

            @DefaultValue("10s") @NotNull Duration timeout) {}

    /**
     * Debt reminders (NT-3): after the due date of an account's last bill, its owner is reminded once of a debt left,
     * on the informing channels they chose.
     *
     * @param cron when to look for debts to remind of ({@code -}: never)
     * @param graceDays days after the due date before reminding
     */
    public record Reminders(
            @DefaultValue("0 0 10 * * *") @NotBlank String cron,
            @DefaultValue("0") @Min(0) int graceDays) {}
}
