package dev.kabinet.notification.system;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics notification-service needs at start: the dead-letter topic of {@code metering.readings}, which it
 * consumes, and that topic itself (owned by metering-service, declared here with the same partitions so either may
 * start first). A dead-letter topic has as many partitions as its source: failed records keep their partition
 * number. The replication factor is the broker's default.
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
