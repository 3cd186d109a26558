package dev.kabinet.billing.previews;

import dev.kabinet.billing.accounts.BilledAccount;
import dev.kabinet.billing.accounts.BilledAccounts;
import dev.kabinet.billing.accounts.BilledMeter;
import dev.kabinet.billing.system.BillingProperties;
import dev.kabinet.billing.tariffs.Tariffs;
import dev.kabinet.platform.security.AccountAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices submitted readings at once so the resident sees what a reading will cost (MT-7), and tells a resident who
 * asks whether the price is there, still on its way, or not coming at all.
 */
@Service
public class ChargePreviews {

    private static final Logger log = LoggerFactory.getLogger(ChargePreviews.class);

    /** How far metering's clock may be ahead of this one. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final ChargePreviewRepository repository;
    private final BilledAccounts accounts;
    private final Tariffs tariffs;
    private final BillingProperties properties;
    private final Clock clock;

    ChargePreviews(
            ChargePreviewRepository repository,
            BilledAccounts accounts,
            Tariffs tariffs,
            BillingProperties properties,
            Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.tariffs = tariffs;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Calculates and keeps the preview of {@code reading}, delivered as event {@code eventId}. Called by the
     * platform's listener path inside the transaction that records the event in the inbox, so a redelivery never
     * gets here.
     *
     * <p>A reading of an account billing knows as closed is not priced when it was taken after the day of closing
     * ({@link BilledAccount#chargesReadingsOf}): metering refuses those, so one arrives only when metering learnt of
     * the closing after the resident submitted; {@link #of} then answers {@link ChargePreviewAccountClosed}. A reading
     * of an account billing does not know yet is priced: metering took it for a meter it had from account-service's
     * events, so billing's projection is merely behind, and the preview needs nothing from the account (issue #7).
     */
    @Transactional
    public void previewCharge(UUID eventId, SubmittedReading reading) {
        if (repository.existsById(reading.readingId())) {
            log.info("Reading {} already has a charge preview: event {} ignored", reading.readingId(), eventId);
            return;
        }
        var account = accounts.find(reading.accountNumber());
        var day = LocalDate.ofInstant(reading.submittedAt(), properties.timeZone());
        if (account.isPresent() && !account.get().chargesReadingsOf(day)) {
            log.info(
                    "Reading {} on account {} taken after the account was closed: not priced (event {})",
                    reading.readingId(),
                    AccountAccess.mask(reading.accountNumber()),
                    eventId);
            return;
        }
        if (account.isEmpty()) {
            log.debug(
                    "Reading {} on account {} not known to billing yet: priced by the tariffs alone",
                    reading.readingId(),
                    AccountAccess.mask(reading.accountNumber()));
        }
        // the event's digit capacity first (metering's, as of the submission); billing's projection for earlier events
        var capacity = reading.digitCapacity() != null
                ? reading.digitCapacity()
                : accounts.meter(reading.accountNumber(), reading.meterId())
                        .map(BilledMeter::digitCapacity)
                        .orElse(null);
        var preview = ChargePreview.calculate(
                reading, tariffs.scheduleOf(reading.service()), properties.timeZone(), clock.instant(), capacity);
        repository.save(preview);
        log.info(
                "Charge preview of reading {} on account {}: {} kopecks",
                reading.readingId(),
                AccountAccess.mask(reading.accountNumber()),
                preview.amountKopecks());
    }

    /**
     * The preview of reading {@code readingId} on account {@code accountNumber}. Without one, the answer depends only
     * on the id, never on whether another account has such a reading: an id submitted within the grace period (or
     * a little ahead of this clock) may still be on its way, any other one never comes.
     *
     * @throws ChargePreviewAccountClosed when billing knows the account as closed and the id is not of a reading taken
     *     before the closing: none will come
     * @throws ChargePreviewNotReady while a reading submitted within the grace period is not priced yet
     * @throws ChargePreviewNotFound for an id older than the grace period, one that is not time-ordered, or one from
     *     the future
     */
    @Transactional(readOnly = true)
    public ChargePreview of(String accountNumber, UUID readingId) {
        return repository
                .findById(readingId)
                .filter(preview -> preview.belongsTo(accountNumber))
                .orElseThrow(() -> closedBefore(accountNumber, readingId)
                        ? new ChargePreviewAccountClosed()
                        : mayStillCome(readingId) ? new ChargePreviewNotReady() : new ChargePreviewNotFound());
    }

    /** The account in the path (the caller's own) is closed and the reading id is not of one taken before that. */
    private boolean closedBefore(String accountNumber, UUID readingId) {
        return accounts.find(accountNumber)
                .filter(BilledAccount::closed)
                .filter(account -> ReadingIds.submittedAt(readingId)
                        .map(at -> !account.chargesReadingsOf(LocalDate.ofInstant(at, properties.timeZone())))
                        .orElse(true))
                .isPresent();
    }

    private boolean mayStillCome(UUID readingId) {
        Instant now = clock.instant();
        return ReadingIds.submittedAt(readingId)
                .filter(at -> !at.isBefore(now.minus(properties.chargePreviewGrace())))
                .filter(at -> !at.isAfter(now.plus(CLOCK_SKEW)))
                .isPresent();
    }
}
