package dev.kabinet.metering.readings;

import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.platform.problem.FieldProblem;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A meter reading: one value per scale of the meter, checked when it is submitted (MT-2) and then in processing until
 * the back office accepts or rejects it (MT-3).
 */
@Entity
@Table(name = "reading")
public class Reading implements Persistable<UUID> {

    @Id
    private UUID id;

    private long meterId;
    private String accountNumber;

    /** Digits after the point of the meter when the reading was taken: the values are shown with exactly these. */
    private int decimals;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reading_value", joinColumns = @JoinColumn(name = "reading_id"))
    @MapKeyColumn(name = "zone")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "value", precision = 12, scale = 3, nullable = false)
    @BatchSize(size = 100)
    private Map<Zone, BigDecimal> values = new EnumMap<>(Zone.class);

    @Enumerated(EnumType.STRING)
    private ReadingStatus status;

    private @Nullable String rejectionReason;

    /** The back office's code of a refusal ({@code CONSUMPTION_TOO_HIGH} ...); null unless rejected. */
    private @Nullable String rejectionCode;

    /** When the back office took a reading outside the portal (BO-2); null for the portal's own. */
    private @Nullable Instant takenAt;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private Instant submittedAt;
    private @Nullable Instant decidedAt;

    /** MT-2: the first day of the period the reading counts for. */
    private @Nullable LocalDate period;

    /** MT-2: given outside the submission window. */
    private boolean outsideWindow;

    /** MT-2: a confirmed rollover of the display. */
    private boolean rollover;

    /** MT-2: held for review, in this scale, with this consumption against this average and factor. */
    @Enumerated(EnumType.STRING)
    private @Nullable Zone reviewZone;

    private @Nullable BigDecimal reviewConsumption;
    private @Nullable BigDecimal reviewAverage;
    private @Nullable BigDecimal reviewFactor;

    @Transient
    private boolean isNew;

    protected Reading() {}

    private Reading(Meter meter, Map<Zone, BigDecimal> values, Channel channel, Instant submittedAt) {
        this.submittedAt = submittedAt.truncatedTo(ChronoUnit.MILLIS);
        this.id = ReadingIds.submittedAt(this.submittedAt);
        this.meterId = meter.id();
        this.accountNumber = meter.accountNumber();
        this.decimals = meter.decimals();
        this.values = new EnumMap<>(values);
        this.status = ReadingStatus.IN_PROCESSING;
        this.channel = channel;
        this.isNew = true;
    }

    /**
     * A resident submits a reading through the portal (MT-2). It is refused when the meter takes no manual readings,
     * with every field problem at once ({@link ReadingInvalid}), or when a value is lower than the meter's previous
     * accepted reading and is not a rollover ({@link ReadingBelowPrevious}; the rule is {@link Meter#isRollover}).
     *
     * @param typed one decimal string per scale, as the resident typed it
     * @param previousAccepted the meter's last accepted reading, or null when it has none
     * @param today the date at the utility, for the meter's verification date
     */
    public static Reading submit(
            Meter meter, Map<String, String> typed, @Nullable Reading previousAccepted, Instant now, LocalDate today) {
        return submit(meter, typed, false, previousAccepted, now, today);
    }

    /**
     * A resident submits a reading through the portal (MT-2), as {@link #submit(Meter, Map, Reading, Instant,
     * LocalDate)}; a value below the previous accepted one that is a rollover of the display is taken only when the
     * resident confirmed it ({@link ReadingRolloverUnconfirmed} otherwise, naming each scale that rolled over).
     *
     * @param rolloverConfirmed the resident confirmed that the display went past its largest value
     */
    public static Reading submit(
            Meter meter,
            Map<String, String> typed,
            boolean rolloverConfirmed,
            @Nullable Reading previousAccepted,
            Instant now,
            LocalDate today) {
        return submit(meter, typed, rolloverConfirmed, previousAccepted, now, today, Channel.PORTAL);
    }

    /**
     * As {@link #submit(Meter, Map, boolean, Reading, Instant, LocalDate)}, given by the resident through
     * {@code channel}: the portal's readings page ({@link Channel#PORTAL}) or the pay form ({@link Channel#PAYMENT},
     * MT-8); the reading's history shows it (MT-3).
     */
    public static Reading submit(
            Meter meter,
            Map<String, String> typed,
            boolean rolloverConfirmed,
            @Nullable Reading previousAccepted,
            Instant now,
            LocalDate today,
            Channel channel) {
        if (channel != Channel.PORTAL && channel != Channel.PAYMENT) {
            throw new IllegalArgumentException("A resident submits through the portal or the pay form only");
        }
        meter.checkTakesManualReadings(today);
        var checked = meter.check(typed);
        var below = new ArrayList<FieldProblem>();
        var belowPrevious = new LinkedHashMap<String, BigDecimal>();
        var rollovers = new ArrayList<FieldProblem>();
        var rolledOver = new LinkedHashMap<String, BigDecimal>();
        if (previousAccepted != null) {
            checked.values().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> {
                        var previous = previousAccepted.values.get(e.getKey());
                        if (previous == null || e.getValue().compareTo(previous) >= 0) {
                            return;
                        }
                        if (meter.isRollover(previous, e.getValue())) {
                            rollovers.add(FieldProblem.of(
                                    "values." + e.getKey(), "field.reading.rollover-unconfirmed", previous));
                            rolledOver.put(e.getKey().name(), previous);
                        } else {
                            below.add(
                                    FieldProblem.of("values." + e.getKey(), "field.reading.below-previous", previous));
                            belowPrevious.put(e.getKey().name(), previous);
                        }
                    });
        }
        if (!checked.valid()) {
            var all = new ArrayList<>(checked.problems());
            all.addAll(below);
            all.sort(java.util.Comparator.comparing(FieldProblem::field));
            throw new ReadingInvalid(all);
        }
        if (!below.isEmpty()) {
            throw new ReadingBelowPrevious(belowPrevious, below);
        }
        if (!rollovers.isEmpty() && !rolloverConfirmed) {
            throw new ReadingRolloverUnconfirmed(rolledOver, rollovers);
        }
        var reading = new Reading(meter, checked.values(), channel, now);
        reading.rollover = !rollovers.isEmpty();
        return reading;
    }

    /**
     * Dates the reading into the period it counts for (MT-2): the period of the submission window it was given in, or,
     * outside the window, the next one (the resident is told so).
     */
    public void countFor(SubmissionWindow.State window) {
        this.period = window.period().atDay(1);
        this.outsideWindow = !window.open();
    }

    /**
     * Holds the reading for review (MT-2): its consumption is implausibly high against the meter's history. It is
     * accepted, stays in processing like any other, and the resident is told it will be checked.
     */
    public void holdForReview(ConsumptionReview review) {
        this.reviewZone = review.zone();
        this.reviewConsumption = review.consumption();
        this.reviewAverage = review.average();
        this.reviewFactor = review.factor();
    }

    /** The review this reading is held for, or null when its consumption is plausible. */
    public @Nullable ConsumptionReview review() {
        if (reviewZone == null || reviewConsumption == null || reviewAverage == null || reviewFactor == null) {
            return null;
        }
        return new ConsumptionReview(
                reviewZone,
                reviewConsumption.setScale(decimals, RoundingMode.HALF_UP),
                reviewAverage.setScale(decimals, RoundingMode.HALF_UP),
                reviewFactor.stripTrailingZeros());
    }

    /** The first day of the period (month) the reading counts for; null for history taken outside the portal. */
    public @Nullable LocalDate period() {
        return period;
    }

    /** Given outside the submission window: counts for the next period. */
    /** Whether the reading is held for review (MT-2). */
    public boolean heldForReview() {
        return reviewZone != null;
    }

    public boolean outsideWindow() {
        return outsideWindow;
    }

    /** A value below the previous accepted one that the resident confirmed as a rollover of the display. */
    public boolean rollover() {
        return rollover;
    }

    /**
     * A reading the utility took outside the portal (BO-2): at an office, by a controller, with a payment or from its
     * own records. It is history, accepted as it comes; its values are checked against the meter's scales, digit
     * capacity and decimals ({@link ReadingInvalid} otherwise), not against the previous reading (the utility's
     * records are the reference). Its id is the back office's, so the same reading sent again is found, not added.
     * It is ordered among the meter's readings by {@code takenAt}.
     *
     * @param typed one decimal string per scale
     * @param takenAt when the utility took it
     * @param receivedAt when metering recorded it (its decision time)
     */
    public static Reading taken(
            UUID id, Meter meter, Map<String, String> typed, Channel channel, Instant takenAt, Instant receivedAt) {
        var checked = meter.check(typed);
        if (!checked.valid()) {
            throw new ReadingInvalid(checked.problems());
        }
        var reading = new Reading(meter, checked.values(), channel, takenAt);
        reading.id = id;
        reading.takenAt = reading.submittedAt;
        reading.status = ReadingStatus.ACCEPTED;
        reading.decidedAt = receivedAt;
        return reading;
    }

    /** The back office accepted (and calculated) the reading. */
    public void accept(Instant at) {
        requireInProcessing();
        this.status = ReadingStatus.ACCEPTED;
        this.decidedAt = at;
    }

    /** The back office rejected the reading; the reason is shown to the resident (MT-3). */
    public void reject(String reason, Instant at) {
        reject("OTHER", reason, at);
    }

    /**
     * The back office refused the reading (BO-2, MT-3).
     *
     * @param code the back office's reason code ({@code CONSUMPTION_TOO_HIGH} ...)
     * @param reason its text for the resident, shown as it is (Russian)
     */
    public void reject(String code, String reason, Instant at) {
        requireInProcessing();
        this.status = ReadingStatus.REJECTED;
        this.rejectionCode = Objects.requireNonNull(code);
        this.rejectionReason = Objects.requireNonNull(reason);
        this.decidedAt = at;
    }

    /**
     * Applies the back office's decision once (BO-2): true when it moved the reading out of processing, false when the
     * reading already has exactly this outcome (a repeat: nothing to do).
     *
     * @param accepted true to accept; false to refuse with {@code code} and {@code reason}
     * @throws ReadingAlreadyDecided when the reading was decided the other way
     */
    public boolean decide(boolean accepted, @Nullable String code, @Nullable String reason, Instant at) {
        var wanted = accepted ? ReadingStatus.ACCEPTED : ReadingStatus.REJECTED;
        if (status == wanted) {
            return false;
        }
        if (accepted) {
            accept(at);
        } else {
            reject(Objects.requireNonNull(code), Objects.requireNonNull(reason), at);
        }
        return true;
    }

    /** The event telling billing and notification the decision applied (BO-2). */
    public ReadingDecidedV1 decided() {
        return new ReadingDecidedV1(
                id,
                accountNumber,
                meterId,
                shownValues(),
                channel.name(),
                status.name(),
                rejectionCode,
                rejectionReason,
                submittedAt,
                Objects.requireNonNull(decidedAt));
    }

    private void requireInProcessing() {
        if (status != ReadingStatus.IN_PROCESSING) {
            throw new ReadingAlreadyDecided(status);
        }
    }

    /** The event telling billing and notification that this reading was submitted. */
    public ReadingSubmittedV1 submitted(Meter meter, @Nullable Reading previousAccepted) {
        return new ReadingSubmittedV1(
                id,
                accountNumber,
                meterId,
                meter.serialNumber(),
                meter.service().name(),
                shownValues(),
                previousAccepted == null ? Map.of() : previousAccepted.shownValues(),
                channel.name(),
                submittedAt,
                period == null ? null : YearMonth.from(period).toString(),
                period == null ? null : outsideWindow,
                rollover,
                reviewZone != null,
                meter.digitCapacity());
    }

    /** One decimal string per scale, in scale order, with the meter's decimals ({@code "12345.6"}). */
    public Map<String, String> shownValues() {
        var shown = new LinkedHashMap<String, String>();
        new EnumMap<>(values)
                .forEach((zone, value) -> shown.put(
                        zone.name(),
                        value.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString()));
        return shown;
    }

    /** As {@link #shownValues()}, keyed by zone. */
    public Map<Zone, String> shownValuesByZone() {
        var shown = new EnumMap<Zone, String>(Zone.class);
        values.forEach((zone, value) -> shown.put(
                zone, value.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString()));
        return shown;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID id() {
        return id;
    }

    public long meterId() {
        return meterId;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public Map<Zone, BigDecimal> values() {
        return Map.copyOf(values);
    }

    public ReadingStatus status() {
        return status;
    }

    public @Nullable String rejectionReason() {
        return rejectionReason;
    }

    public @Nullable String rejectionCode() {
        return rejectionCode;
    }

    public @Nullable Instant takenAt() {
        return takenAt;
    }

    public Channel channel() {
        return channel;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }
}
