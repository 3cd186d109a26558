package dev.kabinet.identity.profiles.messaging;

import dev.kabinet.identity.profiles.ProfileChange;
import dev.kabinet.identity.profiles.ProfileNotices;
import dev.kabinet.platform.messaging.Outbox;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.kafka.clients.admin.NewTopic;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ProfileNotices} through the platform's transactional outbox (ADR 0002): {@code identity.ProfileChanged.v1} on
 * {@code identity.profiles}, keyed by the login's subject, so one login's notices keep their order.
 *
 * <p>The change itself lives in Keycloak, outside this database: the row is written after Keycloak accepted it, so a
 * notice never announces a change that did not happen; a crash in between loses that one notice (ADR 0033).
 */
@Component
class OutboxProfileNotices implements ProfileNotices {

    static final String TOPIC = "identity.profiles";

    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxProfileNotices(Outbox outbox, PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void changed(
            String subject,
            ProfileChange change,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String locale) {
        var event = new ProfileChangedV1(
                subject,
                change.name(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                email == null || email.isBlank() ? null : email,
                phone == null || phone.isBlank() ? null : phone,
                "en".equals(locale) ? "en" : "ru");
        transaction.executeWithoutResult(status -> outbox.publish(TOPIC, subject, ProfileChangedV1.TYPE, event));
    }

    /** identity-service declares the topic it produces (docs/adr/0005), as local-stack/kafka/topics.txt does locally. */
    @Configuration(proxyBeanMethods = false)
    static class Topics {

        @Bean
        NewTopic identityProfiles() {
            return TopicBuilder.name(TOPIC).partitions(6).build();
        }

        /** Its dead letters, as many partitions as the source (notification-service's refusals land here). */
        @Bean
        NewTopic identityProfilesDeadLetters() {
            return TopicBuilder.name(TOPIC + ".DLT").partitions(6).build();
        }
    }
}
