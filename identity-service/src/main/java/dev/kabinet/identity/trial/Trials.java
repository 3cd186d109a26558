package dev.kabinet.identity.trial;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ID-11 trial period (manual 000, ADR 0032): a login made while the utility's trial is on ({@code kabinet.trial.*}) has
 * full access for the trial's days; after them its access is limited (read-only) until an operator records the signed
 * paper confirmation the resident brought to an office or sent by post. Each start and confirmation is audited (who,
 * when, from where).
 */
@Service
public class Trials {

    private static final Logger log = LoggerFactory.getLogger(Trials.class);

    /** Where a login's trial stands. */
    public enum State {
        /** No trial: made while the trial was off (full access). */
        NONE,
        /** Within the trial's days: full access. */
        ACTIVE,
        /** The trial ended without a paper confirmation: read-only. */
        LIMITED,
        /** The paper confirmation is recorded: full access. */
        CONFIRMED
    }

    public record Trial(
            String username,
            State state,
            @Nullable Instant endsAt,
            @Nullable Instant confirmedAt) {}

    private final TrialProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Trials(TrialProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts the trial of a new login when the utility's trial is on; nothing otherwise, or when it has one. */
    @Transactional
    public void start(String subject, String username) {
        if (!properties.enabled()) {
            return;
        }
        Instant now = clock.instant();
        int inserted = jdbc.update(
                "insert into trial_access (subject, username, started_at, ends_at) values (?, ?, ?, ?)"
                        + " on conflict (subject) do nothing",
                subject,
                username,
                Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofDays(properties.days()))));
        if (inserted == 1) {
            audit(subject, "STARTED", "system", null, now);
            log.info("Trial period of {} days started for a new login", properties.days());
        }
    }

    /** The trial of the login {@code subject}. */
    public Trial of(String subject) {
        return jdbc
                .query(
                        "select username, ends_at, confirmed_at from trial_access where subject = ?",
                        (rs, row) -> trial(
                                rs.getString("username"),
                                rs.getTimestamp("ends_at").toInstant(),
                                instant(rs.getTimestamp("confirmed_at"))),
                        subject)
                .stream()
                .findFirst()
                .orElse(new Trial("", State.NONE, null, null));
    }

    /**
     * An operator records the signed paper confirmation of the login {@code username} (case does not matter); a second
     * confirmation changes nothing.
     *
     * @throws TrialNotFound when the login has no trial
     */
    @Transactional
    public Trial confirmPaper(String username, String operator, String clientIp) {
        var row = jdbc
                .query(
                        "select subject, username, ends_at, confirmed_at from trial_access where lower(username) ="
                                + " lower(?) for update",
                        (rs, r) -> new Object[] {
                            rs.getString("subject"),
                            rs.getString("username"),
                            rs.getTimestamp("ends_at").toInstant(),
                            instant(rs.getTimestamp("confirmed_at"))
                        },
                        username)
                .stream()
                .findFirst()
                .orElseThrow(TrialNotFound::new);
        String subject = (String) row[0];
        Instant endsAt = (Instant) row[2];
        Instant confirmedAt = (Instant) row[3];
        if (confirmedAt == null) {
            confirmedAt = clock.instant();
            jdbc.update(
                    "update trial_access set confirmed_at = ?, confirmed_by = ? where subject = ?",
                    Timestamp.from(confirmedAt),
                    operator,
                    subject);
            audit(subject, "PAPER_CONFIRMED", operator, clientIp, confirmedAt);
            log.info("Operator {} recorded a trial's paper confirmation", operator);
        }
        return trial((String) row[1], endsAt, confirmedAt);
    }

    private Trial trial(String username, Instant endsAt, @Nullable Instant confirmedAt) {
        State state =
                confirmedAt != null ? State.CONFIRMED : clock.instant().isBefore(endsAt) ? State.ACTIVE : State.LIMITED;
        return new Trial(username, state, endsAt, confirmedAt);
    }

    private void audit(String subject, String action, String actor, @Nullable String clientIp, Instant at) {
        jdbc.update(
                "insert into trial_audit (subject, action, actor, at, client_ip) values (?, ?, ?, ?, ?)",
                subject,
                action,
                actor,
                Timestamp.from(at),
                clientIp);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return Optional.ofNullable(timestamp).map(Timestamp::toInstant).orElse(null);
    }
}
