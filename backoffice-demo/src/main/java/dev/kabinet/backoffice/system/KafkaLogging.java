package dev.kabinet.backoffice.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;

/**
 * A record Kafka refuses is logged with its topic and the error, never its key or value: account records hold names,
 * addresses and phones, and no personal data goes into logs (ARCHITECTURE.md, "Observability"). Replaces Boot's
 * listener, which would print the first 100 characters of the payload.
 */
@Configuration(proxyBeanMethods = false)
class KafkaLogging {

    @Bean
    ProducerListener<Object, Object> kafkaProducerListener() {
        var listener = new LoggingProducerListener<Object, Object>();
        listener.setIncludeContents(false);
        return listener;
    }
}
