package dev.kabinet.identity.applications.messaging;

import dev.kabinet.identity.applications.AccessApplications;
import dev.kabinet.identity.applications.ApplicationsProperties;
import dev.kabinet.platform.messaging.EventHandler;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applies the back office's decisions on access applications (BO-4, ID-4) from
 * {@code backoffice.access-application-decisions}, through the platform's listener path: validated against the
 * contract, recorded in the inbox with the effect (a redelivery does nothing). A decision on an application this service
 * never sent, or naming another account, goes to the dead-letter topic at once; Keycloak or account-service failing is
 * retried, then dead-lettered.
 */
@Component
class AccessApplicationDecidedListener implements EventHandler<AccessApplicationDecidedV1> {

    static final String CONSUMER = "identity.access-application-decisions";

    private final AccessApplications applications;
    private final ApplicationsProperties properties;

    AccessApplicationDecidedListener(AccessApplications applications, ApplicationsProperties properties) {
        this.applications = applications;
        this.properties = properties;
    }

    @Override
    public Subscription<AccessApplicationDecidedV1> subscription() {
        return new Subscription<>(
                properties.decisionsTopic(),
                AccessApplicationDecidedV1.TYPE,
                AccessApplicationDecidedV1.class,
                CONSUMER);
    }

    @Override
    public void handle(UUID eventId, AccessApplicationDecidedV1 event) {
        try {
            applications.decided(
                    eventId,
                    new AccessApplications.Decision(
                            event.applicationId(),
                            event.accountNumber(),
                            event.approved(),
                            event.accountNumbers() == null ? List.of() : event.accountNumbers(),
                            event.reason()));
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("invalid-record: " + e.getMessage(), e);
        }
    }
}
