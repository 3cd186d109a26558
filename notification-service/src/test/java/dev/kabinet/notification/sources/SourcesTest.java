package dev.kabinet.notification.sources;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The context the sources' integration tests share (one boot for all of them): fast polls and retries, the debt
 * reminders left to the test (no schedule), billing's internal endpoint at {@link Sources#BILLING_PORT}, and quiet
 * hours over (almost) the whole day, so that an informing SMS visibly waits while a security notice does not.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@KabinetIntegrationTest
@TestPropertySource(
        properties = {
            "kabinet.notification.mail.poll-interval=100ms",
            "kabinet.notification.mail.first-retry-after=200ms",
            "kabinet.notification.mail.backoff-multiplier=1.5",
            "kabinet.notification.mail.max-retry-after=1s",
            "kabinet.notification.mail.max-attempts=20",
            "kabinet.notification.rate-limit.max-per-recipient=1000",
            "kabinet.notification.sms.quiet-from=00:00",
            "kabinet.notification.sms.quiet-until=23:59:59",
            "kabinet.notification.reminders.cron=-",
            "kabinet.notification.billing.url=http://127.0.0.1:" + Sources.BILLING_PORT,
            // the run's SMS sink, whose send endpoint is /api/v1/messages (as SmsSink reads its inbox)
            "kabinet.notification.sms.url=${KABINET_SMS_SINK_URL:http://127.0.0.1:8026}/api/v1/messages"
        })
@interface SourcesTest {}
