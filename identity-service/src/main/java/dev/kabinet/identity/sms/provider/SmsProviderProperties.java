package dev.kabinet.identity.sms.provider;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.sms.*}: the SMS provider's send endpoint and API token ({@code KABINET_SMS_URL},
 * {@code KABINET_SMS_TOKEN}; locally the SMS sink on 8026 and its dev token), the sender name, how long one request
 * may take, and how often a failed request is retried (Resilience4j: attempts in all, exponential wait from
 * {@code retry-wait}). Only timeouts, connection failures, 429 and 5xx are retried; the idempotency key makes a retry
 * safe.
 */
@Validated
@ConfigurationProperties("kabinet.sms")
public record SmsProviderProperties(
        @NotNull URI url,
        @NotBlank String token,
        @DefaultValue("Kabinet") @NotBlank String sender,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("5s") @NotNull Duration readTimeout,
        @DefaultValue("3") @Min(1) int maxAttempts,
        @DefaultValue("200ms") @NotNull Duration retryWait) {

    @Override
    public String toString() {
        return "SmsProviderProperties[url=" + url + ", sender=" + sender + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", maxAttempts=" + maxAttempts + ", retryWait=" + retryWait + "]";
    }
}
