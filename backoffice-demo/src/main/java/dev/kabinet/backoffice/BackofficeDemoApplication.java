package dev.kabinet.backoffice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The demo back office (dev and test only, issue #7): the utility's side of the back-office topics. Package by subject,
 * as a back office is organised: {@code accounts} (BO-1), {@code contacts} (AC-3), {@code visits} and {@code appeals} (BO-5); reading
 * decisions (BO-2) and payments made elsewhere (BO-3) each get a package of their own when they come. It talks to Kabinet only through
 * Kafka topics and the contracts of {@code contracts/}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackofficeDemoApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackofficeDemoApplication.class, args);
    }
}
