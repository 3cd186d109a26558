package dev.kabinet.billing.penalties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Bank of Russia's key rate history (percent per year, each from the day it took effect), as data: billing keeps it
 * in {@code key_rate} (BL-5).
 */
public final class KeyRates {

    private final NavigableMap<LocalDate, BigDecimal> rates;

    private KeyRates(Map<LocalDate, BigDecimal> rates) {
        this.rates = new TreeMap<>(rates);
    }

    /** @param rates percent per year by the day each took effect */
    public static KeyRates of(Map<LocalDate, BigDecimal> rates) {
        return new KeyRates(rates);
    }

    /** Whether the history reaches back to {@code day}. */
    public boolean covers(LocalDate day) {
        return rates.floorEntry(day) != null;
    }

    /**
     * The key rate in force on {@code day}.
     *
     * @throws IllegalStateException when the history does not reach back that far
     */
    public BigDecimal on(LocalDate day) {
        var entry = rates.floorEntry(Objects.requireNonNull(day));
        if (entry == null) {
            throw new IllegalStateException("No key rate known on " + day);
        }
        return entry.getValue();
    }
}
