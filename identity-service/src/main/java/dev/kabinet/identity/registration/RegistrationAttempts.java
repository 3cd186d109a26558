package dev.kabinet.identity.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-address cap on ownership checks (ID-1, enumeration defence on top of the captcha and the gateway's
 * per-address rate limit): at most {@code per-ip} checks in a sliding {@code per-ip-window}. Counted and recorded in
 * one transaction under an advisory lock on the address, so parallel requests cannot slip past the cap.
 */
@Component
class RegistrationAttempts {

    private final JdbcTemplate jdbc;
    private final RegistrationProperties properties;
    private final Clock clock;

    RegistrationAttempts(JdbcTemplate jdbc, RegistrationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records one ownership check from {@code clientIp}, or refuses it beyond the cap. */
    @Transactional
    void take(String clientIp) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('registration:' || ?))", clientIp);
        Instant now = clock.instant();
        Instant since = now.minus(properties.perIpWindow());
        var times = jdbc.queryForList(
                "select attempted_at from registration_attempt where client_ip = ? and attempted_at > ?"
                        + " order by attempted_at",
                Timestamp.class,
                clientIp,
                Timestamp.from(since));
        if (times.size() >= properties.perIp()) {
            Instant freed =
                    times.get(times.size() - properties.perIp()).toInstant().plus(properties.perIpWindow());
            throw new RegistrationAttemptsExceeded(Duration.between(now, freed));
        }
        jdbc.update(
                "insert into registration_attempt (client_ip, attempted_at, outcome) values (?, ?, 'CHECKED')",
                clientIp,
                Timestamp.from(now));
    }
}
