package dev.kabinet.billing.tariffs.messaging;

import dev.kabinet.billing.system.KafkaTopics;
import dev.kabinet.billing.tariffs.Tariffs;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps the back office's tariffs (BL-4, docs/adr/0020): each {@code backoffice.TariffSet.v1} is applied when its
 * revision is above the one held. The platform's listener path validates it against the contract, records it in the
 * inbox with the change, and dead-letters a malformed one at once to {@code backoffice.tariffs.DLT}.
 */
@Component
class TariffSetListener implements EventHandler<TariffSetV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "billing.tariffs";

    private final Tariffs tariffs;

    TariffSetListener(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public Subscription<TariffSetV1> subscription() {
        return new Subscription<>(KafkaTopics.TARIFFS, TariffSetV1.TYPE, TariffSetV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, TariffSetV1 event) {
        tariffs.set(event.toTariff());
    }
}
