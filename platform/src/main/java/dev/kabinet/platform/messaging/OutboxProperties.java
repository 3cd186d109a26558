package dev.kabinet.platform.messaging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Outbox relay settings ({@code kabinet.outbox.*}). */
@Validated
@ConfigurationProperties("kabinet.outbox")
public record OutboxProperties(
        @DefaultValue("200ms") @NotNull Duration pollInterval,
        @DefaultValue("100") @Min(1) @Max(1000) int batchSize,
        @DefaultValue("10s") @NotNull Duration sendTimeout,
        @DefaultValue("7d") @NotNull Duration retention) {}
