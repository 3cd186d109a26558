package dev.kabinet.smssink;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.sms-sink.*}: the bearer token senders must present (as a real provider's API key) and how many
 * messages the inbox keeps (the oldest go first).
 */
@Validated
@ConfigurationProperties("kabinet.sms-sink")
public record SinkProperties(@NotBlank String token, @Min(1) int capacity) {}
