package dev.kabinet.payment.billing.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * billing-service, asked for an account's charge lines when a payment starts (PY-1).
 *
 * @param url billing-service's base ({@code KABINET_BILLING_URL}, locally {@code http://127.0.0.1:8084})
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer
 * @param maxAttempts attempts (the call reads, so it is safe to repeat after a connection failure or a 5xx)
 */
@Validated
@ConfigurationProperties("kabinet.payment.billing")
public record BillingProperties(
        @NotNull URI url,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @Min(1) int maxAttempts) {}
