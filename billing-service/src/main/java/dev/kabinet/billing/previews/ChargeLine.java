package dev.kabinet.billing.previews;

import dev.kabinet.billing.consumption.Consumption;
import dev.kabinet.billing.tariffs.PricedPart;
import dev.kabinet.billing.tariffs.TariffSplit;
import dev.kabinet.billing.tariffs.TariffZone;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charge of one zone: consumption × tariff, rounded half-up to whole kopecks ({@link TariffSplit}). {@code note} explains a line that
 * charges nothing although a value was given.
 */
public record ChargeLine(
        TariffZone zone,
        BigDecimal consumption,
        long tariffKopecks,
        long amountKopecks,
        @Nullable String note) {

    static final String FIRST_READING = "Первое показание счётчика: расход будет рассчитан по следующему показанию.";
    static final String BELOW_PREVIOUS = "Показание меньше предыдущего: расход будет рассчитан после проверки.";
    static final String ROLLOVER = "Счётчик перешёл через ноль: расход посчитан от предыдущего показания через ноль.";

    private static final Logger log = LoggerFactory.getLogger(ChargeLine.class);

    /**
     * The line for {@code value} against the {@code previous} accepted value of the zone, priced by the tariffs of
     * {@code day} through {@link TariffSplit} (the code the period calculation uses, BL-2, BL-4).
     *
     * <p>Without a previous value there is nothing to subtract from: consumption 0, and the note says why. A value
     * below the previous one is a rollover past the meter's digit capacity (metering accepts a lower value only as
     * such): the wrapped consumption is charged ({@link Consumption#between}) and the note says so. When billing does
     * not know the meter's capacity yet ({@code digitCapacity} null: account.accounts not read that far), it charges 0
     * until the reading is accepted.
     */
    static ChargeLine of(
            TariffZone zone,
            BigDecimal value,
            @Nullable BigDecimal previous,
            @Nullable Integer digitCapacity,
            Function<BigDecimal, List<PricedPart>> price) {
        if (previous == null) {
            return new ChargeLine(zone, BigDecimal.ZERO, tariffOf(price), 0, FIRST_READING);
        }
        boolean rollover = value.compareTo(previous) < 0;
        if (rollover && digitCapacity == null) {
            log.warn("Zone {} value below the previous one and the meter's capacity unknown: preview charges 0", zone);
            return new ChargeLine(zone, BigDecimal.ZERO, tariffOf(price), 0, BELOW_PREVIOUS);
        }
        var consumption = rollover ? Consumption.between(previous, value, digitCapacity) : value.subtract(previous);
        var parts = price.apply(consumption);
        long amount = parts.stream().mapToLong(PricedPart::amountKopecks).sum();
        return new ChargeLine(zone, consumption, parts.getLast().kopecksPerUnit(), amount, rollover ? ROLLOVER : null);
    }

    private static long tariffOf(Function<BigDecimal, List<PricedPart>> price) {
        return price.apply(BigDecimal.ZERO).getLast().kopecksPerUnit();
    }

    /** Consumption × kopecks per unit, rounded half-up to whole kopecks (one day's {@link TariffSplit}). */
    static long amount(BigDecimal consumption, long kopecksPerUnit) {
        return consumption
                .multiply(BigDecimal.valueOf(kopecksPerUnit))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
