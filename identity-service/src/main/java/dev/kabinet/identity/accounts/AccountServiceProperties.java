package dev.kabinet.identity.accounts;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How identity-service reaches account-service's internal link API ({@code kabinet.account-service.*}, ADR 0015):
 * its base address ({@code KABINET_ACCOUNT_URL}), connect and read timeouts (the resident waits), retries on
 * connection failures, timeouts and 5xx, and the circuit breaker that stops calling a failing account-service for
 * {@code open-for} once half of the last {@code window} calls failed.
 */
@Validated
@ConfigurationProperties("kabinet.account-service")
public record AccountServiceProperties(
        @NotNull URI url,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("3s") @NotNull Duration readTimeout,
        @DefaultValue("3") @Min(1) int maxAttempts,
        @DefaultValue("200ms") @NotNull Duration retryWait,
        @DefaultValue("20") @Min(2) int window,
        @DefaultValue("30s") @NotNull Duration openFor) {}
