package dev.kabinet.billing.payments;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The payment topics billing-service declares (contracts/asyncapi.yaml, docs/adr/0029): {@code billing.payments}, where
 * it tells that a payment was credited, and {@code backoffice.payments}, the back office's bank and post-office payments
 * (declared here as the Kabinet side of it, as {@code backoffice.tariffs}); each with its dead-letter topic of as many
 * partitions. Kept apart from {@code system.KafkaTopics} so the payments feature owns its topics.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentTopics {

    /** billing.PaymentApplied.v1, keyed by account number. */
    public static final String APPLIED = "billing.payments";

    /** backoffice.PaymentReceived.v1, keyed by account number. */
    public static final String BACKOFFICE = "backoffice.payments";

    static final int PARTITIONS = 6;

    @Bean
    NewTopic billingPayments() {
        return TopicBuilder.name(APPLIED).partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic billingPaymentsDeadLetters() {
        return TopicBuilder.name(APPLIED + ".DLT").partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic backofficePayments() {
        return TopicBuilder.name(BACKOFFICE).partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic backofficePaymentsDeadLetters() {
        return TopicBuilder.name(BACKOFFICE + ".DLT").partitions(PARTITIONS).build();
    }
}
