package dev.kabinet.notification.messages.web;

import dev.kabinet.notification.messages.MessageNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the messages feature (ADR 0006). */
@ControllerAdvice
class MessageProblems extends ProblemStatuses {

    MessageProblems() {
        map(MessageNotFound.class, HttpStatus.NOT_FOUND);
    }
}
