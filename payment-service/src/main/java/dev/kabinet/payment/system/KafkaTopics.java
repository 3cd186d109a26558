package dev.kabinet.payment.system;

import dev.kabinet.payment.payments.PaymentConfirmedV1;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics payment-service declares (see {@code contracts/asyncapi.yaml}): {@code payment.payments}, where confirmed
 * payments go to billing and the back office (BO-3), and its dead-letter topic with as many partitions (the platform's
 * recoverer keeps a failed record's partition).
 */
@Configuration(proxyBeanMethods = false)
public class KafkaTopics {

    public static final String PAYMENTS = PaymentConfirmedV1.TOPIC;
    public static final String PAYMENTS_DLT = PAYMENTS + ".DLT";
    static final int PAYMENTS_PARTITIONS = 6;

    @Bean
    NewTopic paymentsTopic() {
        return TopicBuilder.name(PAYMENTS).partitions(PAYMENTS_PARTITIONS).build();
    }

    @Bean
    NewTopic paymentsDeadLetterTopic() {
        return TopicBuilder.name(PAYMENTS_DLT).partitions(PAYMENTS_PARTITIONS).build();
    }
}
