package dev.kabinet.account.visits.messaging;

import dev.kabinet.account.system.KafkaTopics;
import dev.kabinet.account.visits.VisitRequests;
import dev.kabinet.platform.messaging.EventHandler;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applies the back office's answers to visit requests (AC-4, BO-5) from {@code backoffice.visit-requests}: validated
 * against the contract and recorded in the inbox with the effect by the platform; an answer to a request this service
 * never sent (or of another account) goes to the dead-letter topic at once with the reason.
 */
@Component
class VisitRequestUpdatedListener implements EventHandler<VisitRequestUpdatedV1> {

    static final String CONSUMER = "account.backoffice-visit-requests";

    private final VisitRequests visits;

    VisitRequestUpdatedListener(VisitRequests visits) {
        this.visits = visits;
    }

    @Override
    public Subscription<VisitRequestUpdatedV1> subscription() {
        return new Subscription<>(
                KafkaTopics.BACKOFFICE_VISIT_REQUESTS,
                VisitRequestUpdatedV1.TYPE,
                VisitRequestUpdatedV1.class,
                CONSUMER);
    }

    @Override
    public void handle(UUID eventId, VisitRequestUpdatedV1 event) {
        try {
            visits.answered(
                    event.requestId(),
                    event.accountNumber(),
                    event.status(),
                    event.slotStart(),
                    event.slotEnd(),
                    event.reason());
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("invalid-record: " + e.getMessage(), e);
        }
    }
}
