package dev.kabinet.notification.broadcasts;

import dev.kabinet.notification.deliveries.BroadcastTopic;
import dev.kabinet.notification.deliveries.Channel;
import dev.kabinet.notification.deliveries.Language;
import dev.kabinet.notification.deliveries.NoticeTemplates;
import dev.kabinet.notification.deliveries.QuietHours;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' broadcasts to subscribed residents (NT-3, docs/adr/0035): a templated notice (tariff change, meter
 * installation, office news) on one channel to every account whose owner subscribed to informing on it (the contacts
 * projection: e-mail informing with an address, SMS informing with a phone). It is rendered once per language and
 * recorded as one pending delivery per resident in a single statement, in one transaction with the broadcast, so it is
 * all or nothing and takes seconds for 100,000 residents; the batched sender sends them (SMS after the quiet hours).
 * Every broadcast names the operator who started it (audited: kept with the broadcast and logged).
 */
@Service
public class Broadcasts {

    private static final Logger audit = LoggerFactory.getLogger("kabinet.audit");

    private final JdbcTemplate jdbc;
    private final NoticeTemplates templates;
    private final QuietHours quietHours;
    private final Clock clock;

    Broadcasts(JdbcTemplate jdbc, NoticeTemplates templates, QuietHours quietHours, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /** What an operator broadcasts: Russian text, English optional (Russian is used when absent). */
    public record Request(
            BroadcastTopic topic,
            Channel channel,
            String title,
            String body,
            @Nullable String titleEn,
            @Nullable String bodyEn) {

        public Request {
            if (channel == Channel.CABINET) {
                throw new IllegalArgumentException("A broadcast goes by e-mail or SMS");
            }
        }
    }

    /** Starts broadcast {@code request} on behalf of {@code operator}: its deliveries recorded, pending. */
    @Transactional
    public Broadcast start(Request request, String operator) {
        var id = UUID.randomUUID();
        var now = clock.instant();
        var ru = templates.broadcast(request.topic(), request.title(), request.body(), Language.RU);
        var en = templates.broadcast(
                request.topic(),
                blankToDefault(request.titleEn(), request.title()),
                blankToDefault(request.bodyEn(), request.body()),
                Language.EN);
        boolean sms = request.channel() == Channel.SMS;
        var due = sms ? quietHours.nextAllowed(now) : now;
        jdbc.update(
                "insert into broadcast (id, topic, channel, title, body, created_by, created_at, total)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 0)",
                id,
                request.topic().name(),
                request.channel().name(),
                request.title(),
                request.body(),
                operator,
                Timestamp.from(now));
        String recipient = sms ? "c.phone" : "c.email";
        String subscribed = sms
                ? "c.sms_informing and c.phone is not null and c.phone <> ''"
                : "c.email_informing and c.email is not null and c.email <> ''";
        int total = jdbc.update(
                "insert into delivery (id, event_id, channel, template, language, account_number, recipient, subject,"
                        + " text_body, html_body, status, attempts, created_at, next_attempt_at, urgent, broadcast_id,"
                        + " version)"
                        + " select gen_random_uuid(), gen_random_uuid(), ?, ?, c.language, c.account_number, "
                        + recipient
                        + ", case when c.language = 'en' then ? else ? end,"
                        + " case when c.language = 'en' then ? else ? end,"
                        + " case when c.language = 'en' then ? else ? end,"
                        + " 'PENDING', 0, ?, ?, false, ?, 0 from contact c where "
                        + subscribed,
                request.channel().name(),
                ru.template(),
                en.subject(),
                ru.subject(),
                sms ? en.smsText() : en.emailText(),
                sms ? ru.smsText() : ru.emailText(),
                sms ? "" : en.emailHtml(),
                sms ? "" : ru.emailHtml(),
                Timestamp.from(now),
                Timestamp.from(due),
                id);
        jdbc.update("update broadcast set total = ? where id = ?", total, id);
        audit.info(
                "Operator {} started broadcast {} ({}, {}) to {} residents",
                operator,
                id,
                request.topic(),
                request.channel(),
                total);
        return progress(id);
    }

    /** Broadcast {@code id} and its progress. */
    @Transactional(readOnly = true)
    public Broadcast progress(UUID id) {
        return jdbc.query(SELECT + " where b.id = ?", (rs, i) -> row(rs), id).stream()
                .findFirst()
                .orElseThrow(BroadcastNotFound::new);
    }

    /** The latest broadcasts, newest first, with their progress. */
    @Transactional(readOnly = true)
    public List<Broadcast> latest(int size) {
        return jdbc.query(SELECT + " order by b.created_at desc, b.id limit ?", (rs, i) -> row(rs), size);
    }

    private static final String SELECT =
            "select b.id, b.topic, b.channel, b.title, b.created_by, b.created_at, b.total,"
                    + " (select count(*) from delivery d where d.broadcast_id = b.id and d.status = 'SENT'),"
                    + " (select count(*) from delivery d where d.broadcast_id = b.id and d.status = 'DEAD')"
                    + " from broadcast b";

    private static Broadcast row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long total = rs.getLong(7);
        long sent = rs.getLong(8);
        long failed = rs.getLong(9);
        return new Broadcast(
                rs.getObject(1, UUID.class),
                BroadcastTopic.valueOf(rs.getString(2)),
                Channel.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                total,
                sent,
                failed,
                Math.max(0, total - sent - failed));
    }

    private static String blankToDefault(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** For tests and the bench: how the deliveries of a broadcast stand, per status. */
    @Transactional(readOnly = true)
    public Map<String, Long> statuses(UUID id) {
        var counts = new java.util.TreeMap<String, Long>();
        jdbc.query(
                "select status, count(*) from delivery where broadcast_id = ? group by status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                },
                id);
        return counts;
    }
}
