package dev.kabinet.notification.broadcasts;

import dev.kabinet.notification.deliveries.BroadcastTopic;
import dev.kabinet.notification.deliveries.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * An operator's broadcast (NT-3) and how far it got: {@code total} deliveries recorded (one per subscribed resident),
 * {@code sent}, {@code failed} (DEAD) and {@code pending} of them now.
 */
public record Broadcast(
        UUID id,
        BroadcastTopic topic,
        Channel channel,
        String title,
        String createdBy,
        Instant createdAt,
        long total,
        long sent,
        long failed,
        long pending) {}
