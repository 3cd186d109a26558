package dev.kabinet.notification.deliveries.web;

import dev.kabinet.notification.deliveries.TemplateNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the deliveries feature (ADR 0006). */
@ControllerAdvice
class DeliveryProblems extends ProblemStatuses {

    DeliveryProblems() {
        map(TemplateNotFound.class, HttpStatus.NOT_FOUND);
    }
}
