package dev.kabinet.acquirer.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    MovableClock clock() {
        return new MovableClock(Clock.systemUTC());
    }
}
