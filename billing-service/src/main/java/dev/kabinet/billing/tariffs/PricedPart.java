package dev.kabinet.billing.tariffs;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of a zone's consumption priced by one tariff: the days {@code from} .. {@code to} (exclusive) it was in
 * force, the consumption attributed to them (shown to 3 decimals, half-up), kopecks per unit and the kopecks charged.
 */
public record PricedPart(
        LocalDate from, LocalDate to, long days, BigDecimal consumption, long kopecksPerUnit, long amountKopecks) {}
