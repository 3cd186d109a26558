package dev.kabinet.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbox, relay, inbox and the listeners' error handling: a failing record is retried a bounded number of times with
 * back-off, then published to {@code <topic>.DLT} with the failure in its headers, so a poison message never blocks
 * its partition. Malformed events skip the retries.
 */
@AutoConfiguration
@EnableScheduling
@EnableConfigurationProperties({OutboxProperties.class, ConsumerRetryProperties.class})
public class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        return new Outbox(jdbc, json, clock);
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            Environment environment,
            MeterRegistry meters) {
        String source = "/kabinet/" + environment.getProperty("spring.application.name", "unknown");
        return new OutboxRelay(jdbc, transactions, kafka, properties, source, meters);
    }

    @Bean
    Inbox inbox(JdbcTemplate jdbc) {
        return new Inbox(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<String, String> kafka, ConsumerRetryProperties retry) {
        // Spring Kafka 4 names dead-letter topics <topic>-dlt by default; ours are <topic>.DLT, same partition
        var recoverer = new DeadLetterPublishingRecoverer(
                kafka, (record, e) -> new TopicPartition(record.topic() + ".DLT", record.partition()));
        var backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxAttempts(retry.maxAttempts());
        var handler = new DefaultErrorHandler(
                (record, e) -> {
                    log.error(
                            "Event at {}-{}@{} moved to the dead-letter topic after retries: {}",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            e.toString());
                    recoverer.accept(record, e);
                },
                backOff);
        handler.addNotRetryableExceptions(IncomingEvent.MalformedEvent.class, JacksonException.class);
        return handler;
    }
}
