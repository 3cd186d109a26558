package dev.kabinet.notification.deliveries;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The deliveries per channel and status as a Prometheus gauge, {@code kabinet_notification_deliveries{channel,status}}
 * (NT-1): operators alert on DEAD growing or PENDING piling up. Refreshed every 30 s from the same counts the operators'
 * statistics endpoint answers.
 */
@Component
class DeliveryMetrics {

    private final DeliveryStatistics statistics;
    private final MultiGauge gauge;

    DeliveryMetrics(DeliveryStatistics statistics, MeterRegistry registry) {
        this.statistics = statistics;
        this.gauge = MultiGauge.builder("kabinet.notification.deliveries")
                .description("Deliveries per channel and status")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "30s", initialDelayString = "5s")
    void refresh() {
        List<MultiGauge.Row<?>> rows = statistics.counts().stream()
                .<MultiGauge.Row<?>>map(row -> MultiGauge.Row.of(
                        Tags.of(
                                "channel",
                                row.channel().name(),
                                "status",
                                row.status().name()),
                        row.count()))
                .toList();
        gauge.register(rows, true);
    }
}
