package dev.kabinet.payment.acquirer.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The acquiring bank's REST gateway (Sberbank's protocol; locally the test acquirer) and the resilience around it.
 * Secrets (password, callback key) come from the environment; the defaults are the test acquirer's.
 *
 * @param url the gateway's REST base, ending in {@code /}: {@code register.do} and the others are resolved against it
 * @param userName the merchant's API login
 * @param password the merchant's API password
 * @param callbackKey the shared key of the callbacks' HMAC-SHA256 checksum
 * @param callbackUrl sent as {@code dynamicCallbackUrl} when not blank ({@code ${…}} placeholders resolved at each
 *     registration, e.g. the test's port); blank: the callback address configured at the bank
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer; past it the outcome is unknown
 * @param maxAttempts attempts of a call that is safe to repeat (a status query; any call that never connected)
 * @param retryWait the first wait between attempts, doubled each time
 * @param window calls the circuit breaker judges the failure rate over
 * @param openFor how long an open circuit refuses calls before trying again
 */
@Validated
@ConfigurationProperties("kabinet.payment.sberbank")
public record SberbankProperties(
        @NotNull URI url,
        @NotBlank String userName,
        @NotBlank String password,
        @NotBlank String callbackKey,
        @Nullable String callbackUrl,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @Min(1) int maxAttempts,
        @NotNull Duration retryWait,
        @Min(2) int window,
        @NotNull Duration openFor) {}
