package dev.kabinet.identity.phoneconfirmation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The codes sent in the last day, by phone and by address, for {@link SendPolicy}; and the locks that make "check
 * the caps, then record the send" one step when two requests for the same phone or address arrive together
 * (PostgreSQL transaction-level advisory locks, phone first, then address).
 */
@Component
class SendLog {

    private final JdbcClient jdbc;

    SendLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds until the end of the current transaction. */
    void lock(String phone, String clientIp) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:phone)), pg_advisory_xact_lock(hashtext(:ip))")
                .param("phone", "sms-phone:" + phone)
                .param("ip", "sms-ip:" + clientIp)
                .query()
                .listOfRows();
    }

    List<Instant> toPhone(String phone, Instant now) {
        return sent("phone", phone, now);
    }

    List<Instant> fromAddress(String clientIp, Instant now) {
        return sent("client_ip", clientIp, now);
    }

    private List<Instant> sent(String column, String value, Instant now) {
        return jdbc.sql("select created_at from phone_confirmation where " + column + " = :value"
                        + " and created_at > :since and created_at <= :now and status <> 'NOT_SENT'")
                .param("value", value)
                .param("since", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("now", Timestamp.from(now))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
    }
}
