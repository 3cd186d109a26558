package dev.kabinet.metering.system;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics metering-service owns, created at start (see {@code contracts/asyncapi.yaml}): the producer declares its
 * topic and the topic's dead-letter topic, consumers never create topics (docs/adr/0005-messaging.md). The dead-letter
 * topic has as many partitions as its source: the platform's recoverer keeps a failed record's partition number. The
 * replication factor is the broker's default.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaTopics {

    public static final String READINGS = "metering.readings";
    public static final String READINGS_DLT = READINGS + ".DLT";
    static final int READINGS_PARTITIONS = 3;

    /** The back office's decisions on readings (BO-2); metering declares it as the Kabinet side of the topic. */
    public static final String READING_DECISIONS = "backoffice.reading-decisions";

    /** Readings the utility took outside the portal (BO-2); declared by metering, written by the back office. */
    public static final String BACKOFFICE_READINGS = "backoffice.readings";

    @Bean
    NewTopic meteringReadings() {
        return TopicBuilder.name(READINGS).partitions(READINGS_PARTITIONS).build();
    }

    @Bean
    NewTopic meteringReadingsDeadLetters() {
        return TopicBuilder.name(READINGS_DLT).partitions(READINGS_PARTITIONS).build();
    }

    @Bean
    NewTopic readingDecisions() {
        return TopicBuilder.name(READING_DECISIONS)
                .partitions(READINGS_PARTITIONS)
                .build();
    }

    @Bean
    NewTopic readingDecisionsDeadLetters() {
        return TopicBuilder.name(READING_DECISIONS + ".DLT")
                .partitions(READINGS_PARTITIONS)
                .build();
    }

    @Bean
    NewTopic backofficeReadings() {
        return TopicBuilder.name(BACKOFFICE_READINGS)
                .partitions(READINGS_PARTITIONS)
                .build();
    }

    @Bean
    NewTopic backofficeReadingsDeadLetters() {
        return TopicBuilder.name(BACKOFFICE_READINGS + ".DLT")
                .partitions(READINGS_PARTITIONS)
                .build();
    }
}
