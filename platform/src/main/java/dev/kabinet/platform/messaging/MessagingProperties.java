package dev.kabinet.platform.messaging;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Consumer settings ({@code kabinet.messaging.*}). The consumer group is {@code spring.kafka.consumer.group-id} (the
 * service's name by default, {@code <service>-test-<random>} under test).
 *
 * @param awaitAssignment how long the start of the application waits until the event listeners own their partitions
 *     (0: not at all). Tests set it, with a fresh group that starts at the end of the topic, so that an event they
 *     publish after start is never missed.
 */
@Validated
@ConfigurationProperties("kabinet.messaging")
public record MessagingProperties(
        @DefaultValue("0s") @NotNull Duration awaitAssignment) {}
