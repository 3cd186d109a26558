package dev.kabinet.metering.readings;

import dev.kabinet.metering.meters.AccountClosed;
import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.MeterNotFound;
import dev.kabinet.metering.meters.MeterRepository;
import dev.kabinet.metering.meters.MeteredAccountRepository;
import dev.kabinet.metering.system.KafkaTopics;
import dev.kabinet.metering.system.MeteringProperties;
import dev.kabinet.platform.messaging.Outbox;
import dev.kabinet.platform.security.AccountAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting readings and reading them back (MT-2, MT-3). The caller's access to the account was checked at the web
 * edge (ADR 0006); every lookup here is scoped to that account, so an id of another account's reading or meter is not
 * found, exactly like an id that does not exist.
 */
@Service
public class Readings {

    private static final Logger log = LoggerFactory.getLogger(Readings.class);

    private final MeterRepository meters;
    private final MeteredAccountRepository accounts;
    private final ReadingRepository readings;
    private final Outbox outbox;
    private final Clock clock;
    private final MeteringProperties properties;
    private final SubmissionWindow window;
    private final ReadingMetrics metrics;

    public Readings(
            MeterRepository meters,
            MeteredAccountRepository accounts,
            ReadingRepository readings,
            Outbox outbox,
            Clock clock,
            MeteringProperties properties,
            ReadingMetrics metrics) {
        this.metrics = metrics;
        this.meters = meters;
        this.accounts = accounts;
        this.readings = readings;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
        this.window = SubmissionWindow.of(properties);
    }

    /** Where the submission window stands now (MT-2). */
    public SubmissionWindow.State window() {
        return window.at(clock.instant());
    }

    /**
     * A resident submits a reading of a meter of their account (MT-2). The reading and its
     * {@code metering.ReadingSubmitted.v1} event are stored in one transaction; the outbox relay publishes the event.
     * A refused reading stores nothing and publishes nothing.
     *
     * @throws AccountClosed when account-service said the account is closed (issue #7): none of its meters takes
     *     readings
     * @throws MeterNotFound when the meter is not on the account
     * @param values one decimal string per scale, as typed
     */
    @Transactional
    public Reading submit(String accountNumber, long meterId, Map<String, String> values) {
        return submit(accountNumber, meterId, values, false);
    }

    /**
     * As {@link #submit(String, long, Map)}, with the resident's confirmation of a rollover (MT-2). The reading is
     * dated into its period by the submission window (outside it: the next period) and held for review when its
     * consumption is implausibly high against the meter's accepted history ({@link ConsumptionReview}).
     *
     * @throws ReadingRolloverUnconfirmed when a value is a rollover the resident did not confirm
     */
    @Transactional
    public Reading submit(String accountNumber, long meterId, Map<String, String> values, boolean rolloverConfirmed) {
        return submit(accountNumber, meterId, values, rolloverConfirmed, Channel.PORTAL);
    }

    /**
     * As {@link #submit(String, long, Map, boolean)}, given through {@code channel}: {@link Channel#PORTAL} (the
     * readings page) or {@link Channel#PAYMENT} (the pay form, MT-8).
     */
    @Transactional
    public Reading submit(
            String accountNumber,
            long meterId,
            Map<String, String> values,
            boolean rolloverConfirmed,
            Channel channel) {
        try {
            var reading = store(accountNumber, meterId, values, rolloverConfirmed, channel);
            metrics.submitted(reading.heldForReview());
            return reading;
        } catch (RuntimeException e) {
            metrics.refused();
            throw e;
        }
    }

    private Reading store(
            String accountNumber,
            long meterId,
            Map<String, String> values,
            boolean rolloverConfirmed,
            Channel channel) {
        var meter = meterTakingReadings(accountNumber, meterId);
        var plausibility = properties.plausibility();
        var history = readings.findByMeterIdAndStatusOrderBySubmittedAtDesc(
                meterId, ReadingStatus.ACCEPTED, Limit.of(plausibility.periods() + 1));
        var previous = history.isEmpty() ? null : history.getFirst();
        var now = clock.instant();
        var reading = Reading.submit(
                meter, values, rolloverConfirmed, previous, now, LocalDate.ofInstant(now, properties.zone()), channel);
        reading.countFor(window.at(now));
        ConsumptionReview.of(meter, reading.values(), history, plausibility).ifPresent(reading::holdForReview);
        readings.save(reading);
        var eventId = outbox.publish(
                KafkaTopics.READINGS, accountNumber, ReadingSubmittedV1.TYPE, reading.submitted(meter, previous));
        log.info(
                "Reading {} of meter {} submitted for account {} (event {})",
                reading.id(),
                meterId,
                AccountAccess.mask(accountNumber),
                eventId);
        return reading;
    }

    /**
     * The meter of the account, read together with whether the account is closed (one statement on the hot path).
     *
     * @throws AccountClosed when account-service said the account is closed, whether or not the meter is on it
     * @throws MeterNotFound when the meter is not on the account
     */
    private Meter meterTakingReadings(String accountNumber, long meterId) {
        var found = meters.findWithAccountClosed(meterId, accountNumber);
        if (found.isEmpty()) {
            if (accounts.existsByAccountNumberAndClosedTrue(accountNumber)) {
                throw new AccountClosed();
            }
            throw new MeterNotFound();
        }
        if (Boolean.TRUE.equals(found.getFirst()[1])) {
            throw new AccountClosed();
        }
        return (Meter) found.getFirst()[0];
    }

    /**
     * Applies the back office's decision on a reading (BO-2, MT-3): moves it from {@code IN_PROCESSING} to
     * {@code ACCEPTED} or {@code REJECTED} with the reason, and stores {@code metering.ReadingDecided.v1} in the same
     * transaction (the outbox relays it). A repeat of the decision the reading already has changes nothing and
     * publishes nothing.
     *
     * @return true when the decision applied, false for a repeat
     * @throws ReadingNotFound when the account has no such reading on that meter
     * @throws ReadingAlreadyDecided when the reading was decided the other way
     */
    @Transactional
    public boolean decide(
            String accountNumber,
            long meterId,
            UUID readingId,
            boolean accepted,
            @Nullable String code,
            @Nullable String reason,
            Instant decidedAt) {
        var reading = readings.findByIdAndAccountNumber(readingId, accountNumber)
                .filter(r -> r.meterId() == meterId)
                .orElseThrow(ReadingNotFound::new);
        if (!reading.decide(accepted, code, reason, decidedAt)) {
            log.debug("Reading {} already {}: the repeated decision changes nothing", readingId, reading.status());
            return false;
        }
        var eventId = outbox.publish(KafkaTopics.READINGS, accountNumber, ReadingDecidedV1.TYPE, reading.decided());
        log.info(
                "Reading {} of account {} {} by the back office (event {})",
                readingId,
                AccountAccess.mask(accountNumber),
                reading.status(),
                eventId);
        return true;
    }

    /**
     * Records a reading the utility took outside the portal as the meter's accepted history (BO-2, MT-5), once per
     * reading id: the same id again changes nothing.
     *
     * @return true when recorded, false when the reading was already there
     * @throws MeterNotFound when the meter is not on the account
     * @throws ReadingInvalid when the values do not fit the meter
     */
    @Transactional
    public boolean record(
            UUID readingId,
            String accountNumber,
            long meterId,
            Map<String, String> values,
            Channel channel,
            Instant takenAt) {
        if (readings.existsById(readingId)) {
            return false;
        }
        var meter = meters.findByIdAndAccountNumber(meterId, accountNumber).orElseThrow(MeterNotFound::new);
        readings.save(Reading.taken(readingId, meter, values, channel, takenAt, clock.instant()));
        return true;
    }

    /**
     * A resident deletes a reading of their account while it is still in processing (MT-4; manual 003 allows it until
     * logging out, Kabinet until the back office decides, which covers it). Stores {@code metering.ReadingDeleted.v1}
     * in the same transaction, so billing, notification and the back office drop it.
     *
     * @throws ReadingNotFound when the account has no such reading (another account's reading is not found either)
     * @throws ReadingAlreadyDecided when the back office has accepted or rejected it
     */
    @Transactional
    public void delete(String accountNumber, UUID readingId) {
        var reading =
                readings.findByIdAndAccountNumber(readingId, accountNumber).orElseThrow(ReadingNotFound::new);
        var event = ReadingDeletedV1.of(reading, clock.instant());
        if (readings.deleteInProcessing(readingId, accountNumber) == 0) {
            throw new ReadingAlreadyDecided(readings.statusOf(readingId).orElseThrow(ReadingNotFound::new));
        }
        var eventId = outbox.publish(KafkaTopics.READINGS, accountNumber, ReadingDeletedV1.TYPE, event);
        log.info(
                "Reading {} of account {} deleted by the resident (event {})",
                readingId,
                AccountAccess.mask(accountNumber),
                eventId);
    }

    /** The account's readings of every meter, newest first (MT-3). */
    @Transactional(readOnly = true)
    public Page<Reading> ofAccount(String accountNumber, int page, int size) {
        return readings.findByAccountNumber(
                accountNumber,
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"))));
    }

    /**
     * The account's reading history (MT-5): the readings the query selects (a period of days in the utility's zone,
     * a meter, a status), in its order, then newest first, one page.
     */
    @Transactional(readOnly = true)
    public Page<Reading> history(String accountNumber, HistoryQuery query, int page, int size) {
        var zone = properties.zone();
        Specification<Reading> spec = (root, q, cb) -> cb.equal(root.get("accountNumber"), accountNumber);
        if (query.from() != null) {
            var from = query.from().atStartOfDay(zone).toInstant();
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("submittedAt"), from));
        }
        if (query.to() != null) {
            var to = query.to().plusDays(1).atStartOfDay(zone).toInstant();
            spec = spec.and((root, q, cb) -> cb.lessThan(root.get("submittedAt"), to));
        }
        if (query.meterId() != null) {
            var meterId = query.meterId();
            spec = spec.and((root, q, cb) -> cb.equal(root.get("meterId"), meterId));
        }
        if (query.status() != null) {
            var status = query.status();
            spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
        }
        var order = query.ascending()
                ? Sort.Order.asc(query.sort().property())
                : Sort.Order.desc(query.sort().property());
        var sort = query.sort() == HistoryQuery.SortBy.SUBMITTED_AT
                ? Sort.by(order, Sort.Order.desc("id"))
                : Sort.by(order, Sort.Order.desc("submittedAt"), Sort.Order.desc("id"));
        return readings.findAll(spec, PageRequest.of(page, size, sort));
    }

    /** One reading of the account, with its status (MT-3). */
    @Transactional(readOnly = true)
    public Reading one(String accountNumber, UUID readingId) {
        return readings.findByIdAndAccountNumber(readingId, accountNumber).orElseThrow(ReadingNotFound::new);
    }
}
