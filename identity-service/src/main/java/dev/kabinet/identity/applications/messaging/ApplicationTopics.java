package dev.kabinet.identity.applications.messaging;

import dev.kabinet.identity.applications.ApplicationsProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics of access applications (ID-4, BO-4, ADR 0032), created at start: {@code identity.access-applications},
 * which identity-service produces, and {@code backoffice.access-application-decisions}, which the back office writes
 * and identity-service reads (the back office is not ours to configure, so the Kabinet side declares it), each with
 * its dead-letter topic of as many partitions. See {@code contracts/asyncapi.yaml}.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationTopics {

    static final int PARTITIONS = 6;

    @Bean
    NewTopic accessApplicationsTopic(ApplicationsProperties properties) {
        return TopicBuilder.name(properties.submissionsTopic())
                .partitions(PARTITIONS)
                .build();
    }

    @Bean
    NewTopic accessApplicationsDeadLetterTopic(ApplicationsProperties properties) {
        return TopicBuilder.name(properties.submissionsTopic() + ".DLT")
                .partitions(PARTITIONS)
                .build();
    }

    @Bean
    NewTopic accessApplicationDecisionsTopic(ApplicationsProperties properties) {
        return TopicBuilder.name(properties.decisionsTopic())
                .partitions(PARTITIONS)
                .build();
    }

    @Bean
    NewTopic accessApplicationDecisionsDeadLetterTopic(ApplicationsProperties properties) {
        return TopicBuilder.name(properties.decisionsTopic() + ".DLT")
                .partitions(PARTITIONS)
                .build();
    }
}
