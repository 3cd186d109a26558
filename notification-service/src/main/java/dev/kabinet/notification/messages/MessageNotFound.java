package dev.kabinet.notification.messages;

import dev.kabinet.platform.problem.DomainProblem;

/** No such message on this account; one of another account gets the same answer. */
public class MessageNotFound extends DomainProblem {

    public MessageNotFound() {
        super("message-not-found");
    }
}
