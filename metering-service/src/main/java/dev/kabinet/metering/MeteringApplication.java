package dev.kabinet.metering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Meters and readings of residents' accounts (MT-1..MT-3). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MeteringApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeteringApplication.class, args);
    }
}
