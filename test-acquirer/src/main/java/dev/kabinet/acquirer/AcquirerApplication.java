package dev.kabinet.acquirer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The test acquirer: a card acquirer for local runs and tests that speaks the public REST protocol of Sberbank's
 * payment gateway, so that a client written for that gateway works against it unchanged (test-acquirer/README.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AcquirerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AcquirerApplication.class, args);
    }
}
