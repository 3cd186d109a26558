package dev.kabinet.account.system;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics account-service declares, created at start (see {@code contracts/asyncapi.yaml} and docs/adr/0009):
 * {@code account.accounts}, {@code account.links}, {@code account.contact-changes}, {@code account.visit-requests} and {@code account.appeals}, which it produces, {@code backoffice.visit-requests} and {@code backoffice.appeals}, which it reads, and {@code backoffice.accounts}, which the utility's back office
 * writes and only account-service reads (the back office is not ours to configure, so the Kabinet side declares it;
 * where it exists already, nothing changes), each with its dead-letter topic of as many partitions (the platform's
 * recoverer keeps a failed record's partition). Six partitions: room for the bulk import of accounts to be read in
 * parallel. The replication factor is the broker's default.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaTopics {

    public static final String BACKOFFICE_ACCOUNTS = "backoffice.accounts";
    public static final String ACCOUNTS = "account.accounts";
    /** Residents' contact and preference changes for the back office (AC-3, docs/adr/0016). */
    public static final String CONTACT_CHANGES = "account.contact-changes";

    /** Residents' visit requests for the back office (AC-4), and its answers (docs/adr/0016). */
    public static final String VISIT_REQUESTS = "account.visit-requests";

    public static final String BACKOFFICE_VISIT_REQUESTS = "backoffice.visit-requests";

    /** Residents' appeals for the back office (AC-5), and its updates and answers (docs/adr/0016). */
    public static final String APPEALS = "account.appeals";

    public static final String BACKOFFICE_APPEALS = "backoffice.appeals";

    /** Links between logins and accounts (ID-9, docs/adr/0019): AccountLinked and AccountUnlinked. */
    public static final String LINKS = "account.links";

    static final int PARTITIONS = 6;

    @Bean
    NewTopic accountLinks() {
        return TopicBuilder.name(LINKS).partitions(PARTITIONS).build();
    }

    /** {@code kabinet.backoffice.accounts-topic} renames it (the import benchmark's topic of its own). */
    @Bean
    NewTopic backofficeAccounts(
            @Value("${kabinet.backoffice.accounts-topic:" + BACKOFFICE_ACCOUNTS + "}") String topic) {
        return TopicBuilder.name(topic).partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic backofficeAccountsDeadLetters(
            @Value("${kabinet.backoffice.accounts-topic:" + BACKOFFICE_ACCOUNTS + "}") String topic) {
        return TopicBuilder.name(topic + ".DLT").partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic accountAccounts() {
        // compacted: the last change of every account stays, so a new consumer rebuilds its projection (ADR 0013)
        return TopicBuilder.name(ACCOUNTS)
                .partitions(PARTITIONS)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                .build();
    }

    @Bean
    NewTopic accountAccountsDeadLetters() {
        return TopicBuilder.name(ACCOUNTS + ".DLT").partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic accountContactChanges() {
        return TopicBuilder.name(CONTACT_CHANGES).partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic accountContactChangesDeadLetters() {
        return TopicBuilder.name(CONTACT_CHANGES + ".DLT")
                .partitions(PARTITIONS)
                .build();
    }

    @Bean
    NewTopic accountVisitRequests() {
        return TopicBuilder.name(VISIT_REQUESTS).partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic accountVisitRequestsDeadLetters() {
        return TopicBuilder.name(VISIT_REQUESTS + ".DLT").partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic backofficeVisitRequests() {
        return TopicBuilder.name(BACKOFFICE_VISIT_REQUESTS)
                .partitions(PARTITIONS)
                .build();
    }

    @Bean
    NewTopic backofficeVisitRequestsDeadLetters() {
        return TopicBuilder.name(BACKOFFICE_VISIT_REQUESTS + ".DLT")
                .partitions(PARTITIONS)
                .build();
    }

    @Bean
    NewTopic accountAppeals() {
        return TopicBuilder.name(APPEALS).partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic accountAppealsDeadLetters() {
        return TopicBuilder.name(APPEALS + ".DLT").partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic backofficeAppeals() {
        return TopicBuilder.name(BACKOFFICE_APPEALS).partitions(PARTITIONS).build();
    }

    @Bean
    NewTopic backofficeAppealsDeadLetters() {
        return TopicBuilder.name(BACKOFFICE_APPEALS + ".DLT")
                .partitions(PARTITIONS)
                .build();
    }
}
