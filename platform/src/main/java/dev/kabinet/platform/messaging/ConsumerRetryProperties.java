package dev.kabinet.platform.messaging;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How often a failing event is retried before it goes to the dead-letter topic ({@code kabinet.consumer-retry.*}). */
@Validated
@ConfigurationProperties("kabinet.consumer-retry")
public record ConsumerRetryProperties(
        @DefaultValue("3") @Min(0) @Max(20) int maxAttempts,
        @DefaultValue("500ms") @NotNull Duration initialInterval,
        @DefaultValue("2.0") @DecimalMin("1.0") double multiplier) {}
