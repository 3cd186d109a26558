package dev.kabinet.platform.messaging;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
 * @param concurrency consumers per topic ({@code kabinet.messaging.concurrency.backoffice.accounts=6}): as many as the
 *     topic has partitions lets a bulk import use them all; unnamed topics take {@code spring.kafka.listener.concurrency}
 */
@Validated
@ConfigurationProperties("kabinet.messaging")
public record MessagingProperties(
        @DefaultValue("0s") @NotNull Duration awaitAssignment,
        @Nullable Map<String, Integer> concurrency) {

    public MessagingProperties {
        concurrency = concurrency == null ? Map.of() : Map.copyOf(concurrency);
    }

    /** How many consumers the container of {@code topic} runs, by topic; a topic not named takes Boot's setting. */
    @Override
    public Map<String, Integer> concurrency() {
        return concurrency;
    }
}
