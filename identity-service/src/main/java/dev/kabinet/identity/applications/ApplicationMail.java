package dev.kabinet.identity.applications;

/**
 * The letters of ID-4 (manual 000): the approval names the login and says that a separate one-time link to set the
 * password follows (Keycloak's); the rejection gives the back office's reason, who corrects wrong data and that the
 * applicant may apply again. Neither carries a password. A failure is logged, never thrown.
 *
 * @param idempotencyKey the decision's event id: the letter's {@code Message-ID}, so a redelivery is recognisable
 */
public interface ApplicationMail {

    record Approved(String to, String language, long applicationNumber, String username, String idempotencyKey) {}

    record Rejected(String to, String language, long applicationNumber, String reason, String idempotencyKey) {}

    void approved(Approved letter);

    void rejected(Rejected letter);
}
