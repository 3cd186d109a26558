package dev.kabinet.billing.previews;

import dev.kabinet.billing.system.BillingProperties;
import dev.kabinet.billing.tariffs.Tariffs;
import dev.kabinet.platform.security.AccountAccess;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prices submitted readings at once so the resident sees what a reading will cost (MT-7). */
@Service
public class ChargePreviews {

    private static final Logger log = LoggerFactory.getLogger(ChargePreviews.class);

    private final ChargePreviewRepository repository;
    private final Tariffs tariffs;
    private final BillingProperties properties;
    private final Clock clock;

    ChargePreviews(ChargePreviewRepository repository, Tariffs tariffs, BillingProperties properties, Clock clock) {
        this.repository = repository;
        this.tariffs = tariffs;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Calculates and keeps the preview of {@code reading}, delivered as event {@code eventId}. Called by the
     * platform's listener path inside the transaction that records the event in the inbox, so a redelivery never
     * gets here.
     */
    @Transactional
    public void previewCharge(UUID eventId, SubmittedReading reading) {
        if (repository.existsById(reading.readingId())) {
            log.info("Reading {} already has a charge preview: event {} ignored", reading.readingId(), eventId);
            return;
        }
        var preview = ChargePreview.calculate(
                reading, tariffs.scheduleOf(reading.service()), properties.timeZone(), clock.instant());
        repository.save(preview);
        log.info(
                "Charge preview of reading {} on account {}: {} kopecks",
                reading.readingId(),
                AccountAccess.mask(reading.accountNumber()),
                preview.amountKopecks());
    }

    /**
     * The preview of reading {@code readingId} on account {@code accountNumber}.
     *
     * @throws ChargePreviewNotReady while it is not calculated, and for a reading of another account
     */
    @Transactional(readOnly = true)
    public ChargePreview of(String accountNumber, UUID readingId) {
        return repository
                .findById(readingId)
                .filter(preview -> preview.belongsTo(accountNumber))
                .orElseThrow(ChargePreviewNotReady::new);
    }
}
