package dev.kabinet.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.RetryListener;
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
@EnableConfigurationProperties({OutboxProperties.class, ConsumerRetryProperties.class, MessagingProperties.class})
public class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** The outbox's trace context (ADR 0030); without a tracer and propagator (tracing off) it stores nothing. */
    @Bean
    OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        var t = tracer.getIfAvailable();
        var p = propagator.getIfAvailable();
        return t == null || p == null ? OutboxTracing.none() : new OutboxTracing(t, p);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, JsonMapper json, Clock clock, OutboxTracing tracing) {
        return new Outbox(jdbc, json, clock, tracing);
    }

    @Bean
    OutboxRelay outboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            Environment environment,
            MeterRegistry meters,
            OutboxTracing tracing) {
        String source = "/kabinet/" + environment.getProperty("spring.application.name", "unknown");
        return new OutboxRelay(jdbc, transactions, kafka, properties, source, meters, tracing);
    }

    @Bean
    Inbox inbox(JdbcTemplate jdbc) {
        return new Inbox(jdbc);
    }

    @Bean
    EventSchemas eventSchemas() {
        return new EventSchemas();
    }

    /** The listener path of every {@link EventHandler} bean, one container per topic; none without handlers. */
    @Bean
    EventListeners eventListeners(
            List<EventHandler<?>> handlers,
            EventSchemas schemas,
            JsonMapper json,
            Inbox inbox,
            TransactionTemplate transactions,
            ConcurrentKafkaListenerContainerFactory<?, ?> factory,
            MessagingProperties properties,
            MeterRegistry meters) {
        var byTopic = new TreeMap<String, List<EventHandler<?>>>();
        handlers.forEach(
                handler -> byTopic.computeIfAbsent(handler.subscription().topic(), topic -> new ArrayList<>())
                        .add(handler));
        // at zero from the start, so the alert sees the first dead letter as an increase
        byTopic.keySet().forEach(topic -> meters.counter("kabinet.messaging.dead.lettered", "topic", topic));
        var dispatchers = byTopic.entrySet().stream()
                .map(topic -> new EventDispatcher(
                        topic.getKey(), topic.getValue(), schemas, json, inbox, transactions, meters))
                .toList();
        @SuppressWarnings("unchecked")
        var stringFactory = (ConcurrentKafkaListenerContainerFactory<String, String>) factory;
        return new EventListeners(dispatchers, stringFactory, properties);
    }

    /**
     * Bounded retries with back-off, then {@code <topic>.DLT} (same partition), so a failing record never blocks its
     * partition for long. A {@link IncomingEvent.MalformedEvent} (unreadable, unknown type, contract violation) is
     * dead-lettered at once. Besides Spring's {@code kafka_dlt-*} headers the dead letter carries {@value
     * #DLT_REASON} (the reason, never a payload value) and {@value #DLT_ATTEMPTS}.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(
            KafkaOperations<String, String> kafka, ConsumerRetryProperties retry, MeterRegistry meters) {
        var attempts = new ConcurrentHashMap<String, Integer>();
        // Spring Kafka 4 names dead-letter topics <topic>-dlt by default; ours are <topic>.DLT, same partition
        var recoverer = new DeadLetterPublishingRecoverer(
                kafka, (record, e) -> new TopicPartition(record.topic() + ".DLT", record.partition()));
        recoverer.addHeadersFunction((record, e) -> {
            var headers = new RecordHeaders();
            headers.add(DLT_REASON, reason(e).getBytes(StandardCharsets.UTF_8));
            headers.add(
                    DLT_ATTEMPTS,
                    Integer.toString(attempts.getOrDefault(position(record), 1)).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        var backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxAttempts(retry.maxAttempts());
        var handler = new DefaultErrorHandler(
                (record, e) -> {
                    log.error(
                            "Event {} ({}) at {}-{}@{} moved to the dead-letter topic after {} attempt(s): {}",
                            EventDispatcher.printable(header(record, CloudEventHeaders.ID)),
                            EventDispatcher.printable(header(record, CloudEventHeaders.TYPE)),
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            attempts.getOrDefault(position(record), 1),
                            reason(e));
                    recoverer.accept(record, e);
                    // alert KabinetDeadLetters (deploy/observability): records arriving on a dead-letter topic
                    meters.counter("kabinet.messaging.dead.lettered", "topic", record.topic())
                            .increment();
                },
                backOff);
        handler.setRetryListeners(new RetryListener() {
            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
                attempts.put(position(record), deliveryAttempt);
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
                attempts.remove(position(record));
            }

            @Override
            public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
                attempts.remove(position(record));
            }
        });
        handler.addNotRetryableExceptions(IncomingEvent.MalformedEvent.class, JacksonException.class);
        return handler;
    }

    /** The header with why a record was dead-lettered. */
    public static final String DLT_REASON = "kabinet_dlt_reason";

    /** The header with how many deliveries of the record failed before it was dead-lettered. */
    public static final String DLT_ATTEMPTS = "kabinet_dlt_attempts";

    /**
     * A malformed event's own reason; for any other failure only the exception's class (its message may quote data).
     */
    static String reason(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof IncomingEvent.MalformedEvent malformed) {
                return malformed.getMessage();
            }
            if (cause instanceof JacksonException) {
                return "not-json: the data is not JSON";
            }
            cause = cause.getCause();
        }
        Throwable root = e;
        while (root.getCause() != null
                && (root instanceof ListenerExecutionFailedException || root instanceof BatchListenerFailedException)) {
            root = root.getCause();
        }
        return "failed: " + root.getClass().getName();
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
