package dev.kabinet.platform.messaging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Outbox relay settings ({@code kabinet.outbox.*}).
 *
 * @param sendTimeout how long the relay waits for a batch's acknowledgements; longer than the producer's
 *     {@code delivery.timeout.ms}, so the producer fails a record before the relay gives up on it
 */
@Validated
@ConfigurationProperties("kabinet.outbox")
public record OutboxProperties(
        @DefaultValue("200ms") @NotNull Duration pollInterval,
        @DefaultValue("100") @Min(1) @Max(1000) int batchSize,
        @DefaultValue("15s") @NotNull Duration sendTimeout,
        @DefaultValue("7d") @NotNull Duration retention) {}
