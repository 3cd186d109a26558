package dev.kabinet.billing.previews;

import dev.kabinet.billing.tariffs.TariffSchedule;
import dev.kabinet.billing.tariffs.TariffSplit;
import dev.kabinet.billing.tariffs.ZoneScheme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a submitted reading will cost, shown to the resident at once (MT-7): one line per zone priced by the tariff
 * in force on the day of submission (BL-4). A preview, not a charge: the charge of the period is calculated when
 * the reading is accepted and the period closes.
 */
@Table("charge_preview")
public class ChargePreview {

    @Id
    private final UUID readingId;

    private final String accountNumber;
    private final long meterId;

    @MappedCollection(idColumn = "reading_id", keyColumn = "position")
    private final List<ChargeLine> lines;

    private final long amountKopecks;
    private final Instant calculatedAt;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    ChargePreview(
            UUID readingId,
            String accountNumber,
            long meterId,
            List<ChargeLine> lines,
            long amountKopecks,
            Instant calculatedAt,
            @Nullable Integer version) {
        this.readingId = Objects.requireNonNull(readingId);
        this.accountNumber = Objects.requireNonNull(accountNumber);
        this.meterId = meterId;
        this.lines = List.copyOf(lines);
        this.amountKopecks = amountKopecks;
        this.calculatedAt = Objects.requireNonNull(calculatedAt);
        this.version = version;
    }

    /**
     * Prices every zone of {@code reading} by the tariffs in force on the day it was submitted, in the utility's
     * {@code timeZone}; a rollover by its wrapped consumption when the reading's event carried the digit capacity.
     *
     * @throws dev.kabinet.billing.tariffs.TariffNotFound when a zone has no tariff that day
     */
    public static ChargePreview calculate(
            SubmittedReading reading, TariffSchedule tariffs, ZoneId timeZone, Instant now) {
        return calculate(reading, tariffs, timeZone, now, reading.digitCapacity());
    }

    /**
     * As {@link #calculate(SubmittedReading, TariffSchedule, ZoneId, Instant)}, knowing the meter's digit capacity,
     * so a rollover is priced by its wrapped consumption.
     */
    public static ChargePreview calculate(
            SubmittedReading reading,
            TariffSchedule tariffs,
            ZoneId timeZone,
            Instant now,
            @Nullable Integer digitCapacity) {
        LocalDate day = LocalDate.ofInstant(reading.submittedAt(), timeZone);
        ZoneScheme scheme = ZoneScheme.of(reading.values().keySet());
        List<ChargeLine> lines = reading.values().keySet().stream()
                .sorted()
                .map(zone -> ChargeLine.of(
                        zone,
                        reading.values().get(zone),
                        reading.previousValues().get(zone),
                        digitCapacity,
                        consumption -> TariffSplit.price(
                                consumption, day, day.plusDays(1), tariffs, reading.service(), scheme, zone)))
                .toList();
        long total = lines.stream().mapToLong(ChargeLine::amountKopecks).sum();
        return new ChargePreview(
                reading.readingId(), reading.accountNumber(), reading.meterId(), lines, total, now, null);
    }

    public boolean belongsTo(String accountNumber) {
        return this.accountNumber.equals(accountNumber);
    }

    public UUID readingId() {
        return readingId;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public long meterId() {
        return meterId;
    }

    public List<ChargeLine> lines() {
        return lines;
    }

    public long amountKopecks() {
        return amountKopecks;
    }

    public Instant calculatedAt() {
        return calculatedAt;
    }
}
