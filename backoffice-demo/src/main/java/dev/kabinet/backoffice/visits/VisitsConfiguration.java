package dev.kabinet.backoffice.visits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/** The scheduler the demo back office answers visit requests (and appeals) with after their delays. */
@Configuration(proxyBeanMethods = false)
class VisitsConfiguration {

    @Bean
    TaskScheduler answersScheduler() {
        var scheduler = new SimpleAsyncTaskScheduler();
        scheduler.setVirtualThreads(true);
        scheduler.setThreadNamePrefix("answers-");
        return scheduler;
    }
}
