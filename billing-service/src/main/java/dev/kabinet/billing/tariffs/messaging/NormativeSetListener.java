package dev.kabinet.billing.tariffs.messaging;

import dev.kabinet.billing.system.KafkaTopics;
import dev.kabinet.billing.tariffs.Tariffs;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps the back office's consumption normatives (Decree 354 p. 59(b), 60; docs/adr/0020): each {@code
 * backoffice.NormativeSet.v1} is applied when its revision is above the one held.
 */
@Component
class NormativeSetListener implements EventHandler<NormativeSetV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "billing.normatives";

    private final Tariffs tariffs;

    NormativeSetListener(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public Subscription<NormativeSetV1> subscription() {
        return new Subscription<>(KafkaTopics.TARIFFS, NormativeSetV1.TYPE, NormativeSetV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, NormativeSetV1 event) {
        tariffs.set(event.toNormative());
    }
}
