package dev.kabinet.billing.system;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics billing-service declares (see {@code contracts/asyncapi.yaml}): {@code backoffice.tariffs}, written by the
 * back office, declared here as the Kabinet side of it (as account-service declares {@code backoffice.accounts}), and
 * its dead-letter topic with as many partitions (the platform's recoverer keeps a failed record's partition); and
 * {@code billing.period-closes}, which billing produces (the period close, docs/adr/0023), with its dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaTopics {

    public static final String TARIFFS = "backoffice.tariffs";
    public static final String TARIFFS_DLT = TARIFFS + ".DLT";
    static final int TARIFFS_PARTITIONS = 3;

    /** The period close's facts (docs/adr/0023): billing.ReceiptIssued.v1 per account, billing.PeriodClosed.v1. */
    public static final String PERIOD_CLOSES = "billing.period-closes";

    static final int PERIOD_CLOSES_PARTITIONS = 6;

    @Bean
    NewTopic billingPeriodCloses() {
        return TopicBuilder.name(PERIOD_CLOSES)
                .partitions(PERIOD_CLOSES_PARTITIONS)
                .build();
    }

    @Bean
    NewTopic billingPeriodClosesDeadLetters() {
        return TopicBuilder.name(PERIOD_CLOSES + ".DLT")
                .partitions(PERIOD_CLOSES_PARTITIONS)
                .build();
    }

    @Bean
    NewTopic backofficeTariffs() {
        return TopicBuilder.name(TARIFFS).partitions(TARIFFS_PARTITIONS).build();
    }

    @Bean
    NewTopic backofficeTariffsDeadLetters() {
        return TopicBuilder.name(TARIFFS_DLT).partitions(TARIFFS_PARTITIONS).build();
    }
}
