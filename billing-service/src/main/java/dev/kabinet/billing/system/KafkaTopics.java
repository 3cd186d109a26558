package dev.kabinet.billing.system;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics billing needs at start. It consumes {@code metering.readings}, which metering-service owns, and declares
 * it as well (same partitions) so that either service may start first; it owns the dead-letter topic of what it
 * consumes. A dead-letter topic has as many partitions as its source: failed records keep their partition number.
 * The replication factor is the broker's default.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopics {

    static final int READINGS_PARTITIONS = 3;

    @Bean
    NewTopic meteringReadings() {
        return TopicBuilder.name("metering.readings")
                .partitions(READINGS_PARTITIONS)
                .build();
    }

    @Bean
    NewTopic meteringReadingsDeadLetters() {
        return TopicBuilder.name("metering.readings.DLT")
                .partitions(READINGS_PARTITIONS)
                .build();
    }
}
