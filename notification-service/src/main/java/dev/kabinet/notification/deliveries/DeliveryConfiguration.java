package dev.kabinet.notification.deliveries;

import dev.kabinet.notification.system.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    NoticeTemplates noticeTemplates(NotificationProperties properties) {
        return new NoticeTemplates(properties.timeZone());
    }

    @Bean
    RetryPolicy deliveryRetryPolicy(NotificationProperties properties) {
        var mail = properties.mail();
        return new RetryPolicy(
                mail.maxAttempts(), mail.firstRetryAfter(), mail.backoffMultiplier(), mail.maxRetryAfter());
    }

    @Bean
    EmailComposer emailComposer(NotificationProperties properties) {
        var mail = properties.mail();
        return new EmailComposer(mail.from(), mail.fromName(), mail.domain());
    }

    @Bean
    QuietHours quietHours(NotificationProperties properties) {
        var sms = properties.sms();
        return new QuietHours(sms.quietFrom(), sms.quietUntil(), properties.timeZone());
    }
}
