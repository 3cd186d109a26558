package dev.kabinet.identity.sms;

import dev.kabinet.platform.problem.DomainProblem;

/** The SMS provider refused the message or did not answer in time: nothing was sent, the resident may try later. */
public class SmsNotSent extends DomainProblem {

    private final String reason;

    public SmsNotSent(String reason, Throwable cause) {
        super("sms-not-sent");
        this.reason = reason;
        initCause(cause);
    }

    /** What went wrong, for the logs (never shown to the resident). */
    public String reason() {
        return reason;
    }
}
