package dev.kabinet.notification.deliveries;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The deliveries per channel and status as a Prometheus gauge, {@code kabinet_notification_deliveries{channel,status}}
 * (NT-1): operators alert on DEAD growing or PENDING piling up. Refreshed every 30 s from the same counts the operators'
 * statistics endpoint answers. Every attempt of this instance counts in
 * {@code kabinet_notification_sent_total{channel,result}} with result {@code sent} (handed over to the SMTP server or
 * the SMS provider), {@code retry} (refused for now, tried again later) or {@code dead} (given up) (#12).
 */
@Component
class DeliveryMetrics {

    private final DeliveryStatistics statistics;
    private final MultiGauge gauge;

    private final Map<String, Counter> attempts = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    DeliveryMetrics(DeliveryStatistics statistics, MeterRegistry registry) {
        this.statistics = statistics;
        this.registry = registry;
        for (var channel : Channel.values()) {
            for (var result : List.of("sent", "retry", "dead")) {
                counter(channel, result);
            }
        }
        this.gauge = MultiGauge.builder("kabinet.notification.deliveries")
                .description("Deliveries per channel and status")
                .register(registry);
    }

    private Counter counter(Channel channel, String result) {
        return attempts.computeIfAbsent(channel + "/" + result, key -> Counter.builder("kabinet.notification.sent")
                .description("Delivery attempts per channel and result")
                .tag("channel", channel.name().toLowerCase())
                .tag("result", result)
                .register(registry));
    }

    /** One attempt of a delivery over {@code channel} ended with {@code status} (SENT, PENDING again, DEAD). */
    void attempted(Channel channel, DeliveryStatus status) {
        counter(
                        channel,
                        switch (status) {
                            case SENT -> "sent";
                            case PENDING -> "retry";
                            case DEAD -> "dead";
                        })
                .increment();
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
