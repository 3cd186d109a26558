package dev.kabinet.billing.previews;

import dev.kabinet.billing.tariffs.TariffZone;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The charge of one zone: consumption × tariff, rounded half-up to whole kopecks. {@code note} explains a line that
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

    private static final Logger log = LoggerFactory.getLogger(ChargeLine.class);

    /**
     * The line for {@code value} against the {@code previous} accepted value of the zone.
     *
     * <p>Without a previous value there is nothing to subtract from: consumption 0, and the note says why. A value
     * below the previous one would be a rollover past the meter's digit capacity, which metering accepts only as
     * such; the event does not carry the capacity, so billing cannot compute the wrap and charges 0 until the
     * reading is confirmed.
     */
    static ChargeLine of(TariffZone zone, BigDecimal value, @Nullable BigDecimal previous, long tariffKopecks) {
        if (previous == null) {
            return new ChargeLine(zone, BigDecimal.ZERO, tariffKopecks, 0, FIRST_READING);
        }
        if (value.compareTo(previous) < 0) {
            log.warn("Zone {} value below the previous one (rollover?): preview charges no consumption", zone);
            return new ChargeLine(zone, BigDecimal.ZERO, tariffKopecks, 0, BELOW_PREVIOUS);
        }
        var consumption = value.subtract(previous);
        return new ChargeLine(zone, consumption, tariffKopecks, amount(consumption, tariffKopecks), null);
    }

    /** Consumption × kopecks per unit, rounded half-up to whole kopecks. */
    static long amount(BigDecimal consumption, long kopecksPerUnit) {
        return consumption
                .multiply(BigDecimal.valueOf(kopecksPerUnit))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
