package dev.kabinet.notification.sources;

import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.TestServers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the sources' tests share: their servers made ready, and accounts, mailboxes and phones of their own. */
final class Sources {

    /** billing's internal endpoint as {@code BillingStub} serves it (in notify's port range). */
    static final int BILLING_PORT = 25091;

    private static volatile boolean ready;

    private Sources() {}

    /**
     * Before the context starts: Keycloak has the realm file's client {@code notification-service} (created through
     * the Admin API when the run's Keycloak predates it), and the broker has identity-service's topic
     * {@code identity.profiles} with its DLT (identity-service declares it; the local stack's list creates it).
     */
    static synchronized void prepare() {
        if (ready) {
            return;
        }
        KeycloakTokens.ensureNotificationClient();
        try (var admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrap()))) {
            for (var topic : List.of("identity.profiles", "identity.profiles.DLT")) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1)))
                            .all()
                            .get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ready = true;
    }

    static String anAccount() {
        return "76" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    static String aMailbox(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@kabinet.local";
    }

    static String aPhone() {
        return "+7998" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** The account's contact as account.accounts would have set it, straight into this database. */
    static void contact(
            JdbcTemplate jdbc,
            String account,
            String email,
            String phone,
            boolean emailInforming,
            boolean smsInforming,
            String billDelivery,
            String language) {
        jdbc.update(
                "insert into contact (account_number, sequence, phone, email, sms_informing, email_informing,"
                        + " bill_delivery, language) values (?, 1, ?, ?, ?, ?, ?, ?)",
                account,
                phone,
                email,
                smsInforming,
                emailInforming,
                billDelivery,
                language);
    }
}
