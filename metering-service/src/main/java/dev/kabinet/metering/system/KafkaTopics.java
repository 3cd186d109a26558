package dev.kabinet.metering.system;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics metering-service owns, created at start (see {@code contracts/asyncapi.yaml}). The dead-letter topic has
 * as many partitions as its source: the platform's recoverer keeps a failed record's partition number.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaTopics {

    public static final String READINGS = "metering.readings";
    public static final String READINGS_DLT = READINGS + ".DLT";

    @Bean
    NewTopic meteringReadings() {
        return TopicBuilder.name(READINGS).partitions(3).replicas(1).build();
    }

    @Bean
    NewTopic meteringReadingsDeadLetters() {
        return TopicBuilder.name(READINGS_DLT).partitions(3).replicas(1).build();
    }
}
