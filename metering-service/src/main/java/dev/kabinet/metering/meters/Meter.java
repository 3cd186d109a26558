package dev.kabinet.metering.meters;

import dev.kabinet.platform.problem.FieldProblem;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * An individual meter of an account. Its id is the utility's registry number, assigned when the meter is registered.
 * It knows what a reading of it may look like: one value per scale, at most {@link #digitCapacity()} digits before
 * the point and {@link #decimals()} after (DOMAIN.md, "Meter readings").
 */
@Entity
@Table(name = "meter")
public class Meter implements Persistable<Long> {

    /** Digits, optionally a decimal point (or the comma residents type) and more digits. No sign, no exponent. */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+([.,][0-9]+)?");

    /** Longer input can never fit any meter (9 digits, 3 decimals) and is not worth reading. */
    private static final int LONGEST_READABLE = 32;

    /**
     * The rollover window (DOMAIN.md, "Meter readings": a lower value is refused "unless it is a rollover past the
     * digit capacity"). Kept simple: it is a rollover only when the previous value was within the top tenth of the
     * display's range and the new one is within the bottom tenth (e.g. 999 950 then 000 120 on a 6-digit meter).
     */
    private static final BigDecimal ROLLOVER_WINDOW = new BigDecimal("0.1");

    @Id
    private Long id;

    private String accountNumber;
    private String serialNumber;

    @Enumerated(EnumType.STRING)
    private UtilityService service;

    @Convert(converter = ZonesConverter.class)
    private List<Zone> zones;

    private int digitCapacity;
    private int decimals;
    private boolean remote;
    private @Nullable LocalDate verificationDue;
    private boolean retired;

    @Transient
    private boolean isNew;

    protected Meter() {}

    /**
     * Registers a meter.
     *
     * @param zones {@code [T1]}, {@code [T1, T2]} or {@code [T1, T2, T3]}
     * @param digitCapacity digits before the decimal point on the display, 1..9
     * @param decimals digits after it, 0..3
     * @param remote read remotely (a smart meter): takes no manual readings
     * @param verificationDue the date its verification (поверка) is due; null when not tracked
     */
    public Meter(
            long id,
            String accountNumber,
            String serialNumber,
            UtilityService service,
            List<Zone> zones,
            int digitCapacity,
            int decimals,
            boolean remote,
            @Nullable LocalDate verificationDue) {
        checkShape(zones, digitCapacity, decimals);
        this.id = id;
        this.accountNumber = Objects.requireNonNull(accountNumber);
        this.serialNumber = Objects.requireNonNull(serialNumber);
        this.service = Objects.requireNonNull(service);
        this.zones = List.copyOf(zones);
        this.digitCapacity = digitCapacity;
        this.decimals = decimals;
        this.remote = remote;
        this.verificationDue = verificationDue;
        this.isNew = true;
    }

    /**
     * A meter as the utility's back office registers it on {@code accountNumber} (issue #7, from
     * {@code account.AccountChanged.v1}).
     */
    public static Meter registered(String accountNumber, RegisteredMeter facts) {
        var meter = new Meter(
                facts.id(),
                accountNumber,
                facts.serialNumber(),
                facts.service(),
                facts.zones(),
                facts.digitCapacity(),
                facts.decimals(),
                facts.remote(),
                facts.verificationDue());
        meter.retired = facts.retired();
        return meter;
    }

    /**
     * Takes the back office's current facts of this meter (issue #7): they replace what metering had, the retired flag
     * included (a meter the utility puts back into service takes readings again). The account may change too: the
     * registry id stays with the meter when the utility moves it to another account; its readings keep the account
     * they were submitted on.
     */
    public void changeTo(String accountNumber, RegisteredMeter facts) {
        if (facts.id() != id) {
            throw new IllegalArgumentException("The facts of meter " + facts.id() + " do not describe meter " + id);
        }
        checkShape(facts.zones(), facts.digitCapacity(), facts.decimals());
        this.accountNumber = Objects.requireNonNull(accountNumber);
        this.serialNumber = Objects.requireNonNull(facts.serialNumber());
        this.service = Objects.requireNonNull(facts.service());
        this.zones = List.copyOf(facts.zones());
        this.digitCapacity = facts.digitCapacity();
        this.decimals = facts.decimals();
        this.remote = facts.remote();
        this.verificationDue = facts.verificationDue();
        this.retired = facts.retired();
    }

    private static void checkShape(List<Zone> zones, int digitCapacity, int decimals) {
        if (!List.of(Zone.T1).equals(zones)
                && !List.of(Zone.T1, Zone.T2).equals(zones)
                && !List.of(Zone.T1, Zone.T2, Zone.T3).equals(zones)) {
            throw new IllegalArgumentException("A meter has the scales T1, T1+T2 or T1+T2+T3, not " + zones);
        }
        if (digitCapacity < 1 || digitCapacity > 9 || decimals < 0 || decimals > 3) {
            throw new IllegalArgumentException(
                    "Digit capacity 1..9 and decimals 0..3, not " + digitCapacity + "/" + decimals);
        }
    }

    /** Takes the meter out of service: it stays in the list (MT-1) but takes no more readings. */
    public void retire() {
        this.retired = true;
    }

    /**
     * Refuses a reading typed by a resident when the meter cannot take one: a smart meter reads itself, and a meter
     * past its verification date or retired takes none (DOMAIN.md, "Meter readings").
     */
    public void checkTakesManualReadings(LocalDate today) {
        var refusal = manualReadingRefusal(today);
        if (refusal.isEmpty()) {
            return;
        }
        throw switch (refusal.get()) {
            case RETIRED -> ManualReadingRefused.retired(serialNumber);
            case REMOTELY_READ -> ManualReadingRefused.remotelyRead(serialNumber);
            case VERIFICATION_OVERDUE ->
                ManualReadingRefused.verificationOverdue(serialNumber, Objects.requireNonNull(verificationDue));
        };
    }

    /**
     * Reads what the resident typed, one decimal string per scale: exactly this meter's scales, each a non-negative
     * number with at most {@link #digitCapacity()} digits before the point and {@link #decimals()} after. Every problem
     * is reported against its field ({@code values.T1}).
     */
    public CheckedValues check(Map<String, String> typed) {
        var values = new EnumMap<Zone, BigDecimal>(Zone.class);
        var problems = new ArrayList<FieldProblem>();
        for (var zone : zones) {
            String text = typed.get(zone.name());
            if (text == null || text.isBlank()) {
                problems.add(FieldProblem.of(field(zone.name()), "field.reading.required", zone.name()));
                continue;
            }
            FieldProblem problem = problemWith(field(zone.name()), text.strip());
            if (problem != null) {
                problems.add(problem);
            } else {
                values.put(zone, new BigDecimal(text.strip().replace(',', '.')).setScale(decimals));
            }
        }
        for (var name : typed.keySet()) {
            if (Zone.named(name).filter(zones::contains).isEmpty()) {
                problems.add(FieldProblem.of(
                        field(name), "field.reading.unknown-scale", shortened(name), names(zones), zones.size()));
            }
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return new CheckedValues(values, problems);
    }

    /**
     * The problem with one typed value, or {@code null}. Messages ({@code field.reading.*} in the service's problem
     * bundle) take the meter's digit capacity and decimals as numbers: their plural forms are the bundle's business.
     */
    private @Nullable FieldProblem problemWith(String field, String text) {
        if (text.startsWith("-")) {
            return FieldProblem.of(field, "field.reading.negative");
        }
        if (text.length() > LONGEST_READABLE) {
            return tooManyDigits(field);
        }
        if (!DECIMAL.matcher(text).matches()) {
            return FieldProblem.of(field, "field.reading.not-a-number", example());
        }
        var value = new BigDecimal(text.replace(',', '.'));
        if (value.compareTo(BigDecimal.TEN.pow(digitCapacity)) >= 0) {
            return tooManyDigits(field);
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            return decimals == 0
                    ? FieldProblem.of(field, "field.reading.whole-numbers-only")
                    : FieldProblem.of(field, "field.reading.too-many-decimals", decimals);
        }
        return null;
    }

    private FieldProblem tooManyDigits(String field) {
        return FieldProblem.of(field, "field.reading.too-many-digits", digitCapacity);
    }

    /** A value this meter could show (12345.6 on a 5-digit meter with one decimal), for the message's example. */
    private BigDecimal example() {
        var digits = "12345".substring(0, Math.min(5, digitCapacity));
        return new BigDecimal(digits + (decimals > 0 ? "." + "6".repeat(decimals) : ""));
    }

    private static String field(String zoneName) {
        return "values." + shortened(zoneName);
    }

    private static String shortened(String name) {
        return name.length() <= 10 ? name : name.substring(0, 10) + "…";
    }

    private static String names(List<Zone> zones) {
        return String.join(", ", zones.stream().map(Zone::name).toList());
    }

    /**
     * True when {@code current} below {@code previous} means the display went past its largest value and started
     * again from zero, rather than a mistake: see {@link #ROLLOVER_WINDOW}.
     */
    public boolean isRollover(BigDecimal previous, BigDecimal current) {
        if (current.compareTo(previous) >= 0) {
            return false;
        }
        var range = BigDecimal.TEN.pow(digitCapacity);
        var window = range.multiply(ROLLOVER_WINDOW);
        return previous.compareTo(range.subtract(window)) >= 0 && current.compareTo(window) < 0;
    }

    /**
     * The consumption from {@code previous} to {@code current}: their difference, or, when it is a rollover, the
     * wrapped one (from {@code previous} up to the display's range, then from zero); zero for a drop that is no
     * rollover (the utility's history may hold corrections).
     */
    public BigDecimal consumption(BigDecimal previous, BigDecimal current) {
        if (current.compareTo(previous) >= 0) {
            return current.subtract(previous);
        }
        if (isRollover(previous, current)) {
            return BigDecimal.TEN.pow(digitCapacity).subtract(previous).add(current);
        }
        return BigDecimal.ZERO;
    }

    /**
     * Why a resident cannot give this meter a reading today, or empty when they can: retired, read remotely, or past
     * its verification date (MT-1: such a meter is marked and offers no form).
     */
    public java.util.Optional<ManualReadingRefusal> manualReadingRefusal(LocalDate today) {
        if (retired) {
            return java.util.Optional.of(ManualReadingRefusal.RETIRED);
        }
        if (remote) {
            return java.util.Optional.of(ManualReadingRefusal.REMOTELY_READ);
        }
        if (verificationDue != null && today.isAfter(verificationDue)) {
            return java.util.Optional.of(ManualReadingRefusal.VERIFICATION_OVERDUE);
        }
        return java.util.Optional.empty();
    }

    /** A value as the meter's display shows it: with exactly {@link #decimals()} digits after the point. */
    public String format(BigDecimal value) {
        return value.setScale(decimals, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public Long getId() {
        return id;
    }

    public long id() {
        return id;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public UtilityService service() {
        return service;
    }

    public List<Zone> zones() {
        return zones;
    }

    public int digitCapacity() {
        return digitCapacity;
    }

    public int decimals() {
        return decimals;
    }

    public boolean remote() {
        return remote;
    }

    public @Nullable LocalDate verificationDue() {
        return verificationDue;
    }

    public boolean retired() {
        return retired;
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
