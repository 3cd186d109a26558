package dev.kabinet.smssink;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The SMS sink: a real HTTP SMS gateway for local runs and tests that delivers into an inbox instead of phones. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SmsSinkApplication {

    public static void main(String[] args) {
        SpringApplication.run(SmsSinkApplication.class, args);
    }
}
