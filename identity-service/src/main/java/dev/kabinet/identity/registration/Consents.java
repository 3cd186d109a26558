package dev.kabinet.identity.registration;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Consent to the processing of personal data (152-FZ art. 9), recorded when a resident registers: the login, the
 * version of the text they agreed to, when, and from which address.
 */
@Component
class Consents {

    static final String REGISTRATION = "REGISTRATION";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Consents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String subject, String username, String textVersion, String clientIp) {
        jdbc.update(
                "insert into personal_data_consent (subject, username, text_version, purpose, given_at, client_ip)"
                        + " values (?, ?, ?, ?, ?, ?)",
                subject,
                username,
                textVersion,
                REGISTRATION,
                Timestamp.from(clock.instant()),
                clientIp);
    }
}
