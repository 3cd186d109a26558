package dev.kabinet.account.appeals.messaging;

import dev.kabinet.account.appeals.Appeals;
import dev.kabinet.account.system.KafkaTopics;
import dev.kabinet.platform.messaging.EventHandler;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applies the back office's updates of appeals (AC-5, BO-5) from {@code backoffice.appeals}: in progress, answered
 * with the answer. Validated against the contract and recorded in the inbox by the platform; an update of an appeal
 * this service never sent goes to the dead-letter topic at once with the reason.
 */
@Component
class AppealUpdatedListener implements EventHandler<AppealUpdatedV1> {

    static final String CONSUMER = "account.backoffice-appeals";

    private final Appeals appeals;

    AppealUpdatedListener(Appeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public Subscription<AppealUpdatedV1> subscription() {
        return new Subscription<>(
                KafkaTopics.BACKOFFICE_APPEALS, AppealUpdatedV1.TYPE, AppealUpdatedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, AppealUpdatedV1 event) {
        try {
            appeals.updated(event.appealId(), event.accountNumber(), event.status(), event.answer());
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("invalid-record: " + e.getMessage(), e);
        }
    }
}
