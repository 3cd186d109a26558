package dev.kabinet.identity.recovery;

import java.time.Duration;

/**
 * The port through which the recovery link goes out by e-mail (ID-7, ADR 0026): identity-service's own letter (codes
 * and links of the identity flows are identity-service's, notification-service README), sent over SMTP.
 */
public interface RecoveryMail {

    /** The letter: to whom, in which language, the login it recovers, the one-time link and how long it works. */
    record Letter(String to, String language, String username, String link, Duration validFor) {
        @Override
        public String toString() {
            return "Letter[" + username + "]";
        }
    }

    /** Sends it; failures are the adapter's to log (the resident got the same answer either way). */
    void send(Letter letter);
}
