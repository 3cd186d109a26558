package dev.kabinet.billing.closing;

import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledAccount;
import dev.kabinet.billing.accounts.BilledMeter;
import dev.kabinet.billing.accounts.ChargeKind;
import dev.kabinet.billing.consumption.AcceptedReading;
import dev.kabinet.billing.consumption.ConsumptionMethod;
import dev.kabinet.billing.consumption.ConsumptionRules;
import dev.kabinet.billing.consumption.PeriodCharge;
import dev.kabinet.billing.penalties.KeyRates;
import dev.kabinet.billing.penalties.PenaltyRules;
import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.settlements.Settlements;
import dev.kabinet.billing.tariffs.TariffNotFound;
import dev.kabinet.billing.tariffs.TariffSchedule;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.billing.tariffs.ZoneScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One account's close of one period (issue #9, docs/adr/0023): a pure function of what billing knows of the account,
 * so the close of a million accounts and a test's hand-worked example run the same code, and a rerun gives the same
 * result.
 *
 * <p>Per charge line, in the account's receipt order:
 *
 * <ul>
 *   <li><b>opening</b> = the closing balance of the line's latest earlier settlement (0 for a new line);
 *   <li><b>consumption</b> lines ({@link ChargeKind#CONSUMPTION}): each of the service's meters in use charged by
 *       {@link ConsumptionRules} (metered, average, normative; estimates withdrawn by a reading) and priced by
 *       {@link PeriodCharge} (the tariffs split by days, {@code TariffSplit}); a service without a meter by the
 *       normative per resident. A withdrawal of estimates is the line's recalculation;
 *   <li><b>penalty</b> lines ({@link ChargeKind#PENALTY}): the penalty accrued during the period on the service's other
 *       lines ({@link Settlements#penaltyOf}, Housing Code art. 155 p. 14): as of the period's last day minus as of
 *       the previous period's last day;
 *   <li><b>payments</b> credited to the line in the period (by payment id) stay as they are;
 *   <li><b>closing</b> = opening + charges + recalculations − payments.
 * </ul>
 *
 * Common-house, maintenance and other lines carry their balance and payments with no charge of their own yet.
 */
public final class AccountClose {

    private AccountClose() {}

    /**
     * What billing knows of an account for a close.
     *
     * @param readings the accepted readings of each meter, taken before the period ended (earlier ones are history)
     * @param settlements each line's settlements up to and including the period (the period's own may hold payments)
     */
    public record Input(
            BilledAccount account,
            Map<Long, List<AcceptedReading>> readings,
            Map<String, List<LineSettlement>> settlements,
            Map<java.util.UUID, java.time.Instant> received,
            Optional<java.time.Instant> previousClose) {

        /** An input with no late reading: every reading counts as known to the previous close. */
        public Input(
                BilledAccount account,
                Map<Long, List<AcceptedReading>> readings,
                Map<String, List<LineSettlement>> settlements) {
            this(account, readings, settlements, Map.of(), Optional.empty());
        }

        /**
         * @param received when billing received each reading (readings without one count as always known)
         * @param previousClose when the account's previous period was closed (its lines' latest {@code closed_at})
         */
        public Input {
            java.util.Objects.requireNonNull(received, "received"); // shared by a chunk's accounts: not copied
            java.util.Objects.requireNonNull(previousClose, "previousClose");
        }

        /** The readings of a meter billing had received by the previous close: what the closed periods were charged by. */
        List<AcceptedReading> knownAtPreviousClose(long meterId) {
            var all = readings.getOrDefault(meterId, List.of());
            if (previousClose.isEmpty()) {
                return all;
            }
            return all.stream()
                    .filter(r -> {
                        var at = received.get(r.readingId());
                        return at == null || !at.isAfter(previousClose.get());
                    })
                    .toList();
        }
    }

    /** The rules every account of a close shares: tariffs, normatives, key rates, penalty rule, due day. */
    public record Rules(
            Map<UtilityService, TariffSchedule> tariffs,
            BiFunction<UtilityService, YearMonth, Optional<BigDecimal>> normativePerResident,
            KeyRates keyRates,
            PenaltyRules penalty,
            int paymentDueDay) {}

    /** A line closed: its period's settlement, closing balance included. */
    public record ClosedLine(AccountChargeLine line, LineSettlement settlement) {}

    /**
     * The account closed.
     *
     * @param unpriced meters (and services without one) that had no tariff for a day of the period: charged nothing
     */
    public record Result(String accountNumber, YearMonth period, List<ClosedLine> lines, List<String> unpriced) {

        /** What the receipt asks to pay: the sum of the lines' closing balances, nothing when it is an overpayment. */
        public long totalToPayKopecks() {
            return Math.max(
                    0,
                    lines.stream()
                            .mapToLong(l -> l.settlement().closingKopecks())
                            .sum());
        }
    }

    public static Result close(Input input, YearMonth period, Rules rules) {
        var account = input.account();
        var number = account.accountNumber();
        var unpriced = new ArrayList<String>();
        var byCode = new java.util.LinkedHashMap<String, LineSettlement>();
        // consumption and other lines first: a penalty line reads the history of its service's lines
        for (var line : account.chargeLines()) {
            if (line.kind() == ChargeKind.PENALTY) {
                continue;
            }
            var settlement =
                    open(number, line.code(), period, input.settlements().get(line.code()));
            if (line.kind() == ChargeKind.CONSUMPTION) {
                charge(settlement, line, input, period, rules, unpriced);
            }
            byCode.put(line.code(), settlement);
        }
        var closed = new ArrayList<ClosedLine>();
        for (var line : account.chargeLines()) {
            LineSettlement settlement = byCode.get(line.code());
            if (line.kind() == ChargeKind.PENALTY) {
                settlement =
                        open(number, line.code(), period, input.settlements().get(line.code()));
                long penalty = 0;
                for (var other : account.chargeLines()) {
                    if (other.kind() != ChargeKind.PENALTY && other.service() == line.service()) {
                        penalty += accrued(input.settlements().get(other.code()), period, rules);
                    }
                }
                settlement.charge(penalty);
            }
            closed.add(new ClosedLine(line, settlement));
        }
        return new Result(number, period, List.copyOf(closed), List.copyOf(unpriced));
    }

    /** The line's settlement of the period: the previous closing as opening, the period's payments credited. */
    private static LineSettlement open(String account, String code, YearMonth period, List<LineSettlement> history) {
        long opening = 0;
        LineSettlement current = null;
        if (history != null) {
            for (var settlement : history) {
                if (settlement.period().isBefore(period)) {
                    opening = settlement.closingKopecks(); // oldest first: the last one before the period stays
                } else if (settlement.period().equals(period)) {
                    current = settlement;
                }
            }
        }
        var settlement = LineSettlement.open(account, code, period, opening);
        if (current != null) {
            current.payments().forEach(p -> settlement.pay(p.paymentId(), p.paidOn(), p.kopecks()));
        }
        return settlement;
    }

    private static void charge(
            LineSettlement settlement,
            AccountChargeLine line,
            Input input,
            YearMonth period,
            Rules rules,
            List<String> unpriced) {
        var service = utilityService(line.service().name());
        if (service.isEmpty()) {
            return;
        }
        var meters = input.account().meters().stream()
                .filter(m -> !m.retired() && m.service() == line.service())
                .sorted(Comparator.comparingLong(BilledMeter::meterId))
                .toList();
        var tariffs = rules.tariffs().getOrDefault(service.get(), TariffSchedule.of(List.of()));
        java.util.function.Function<YearMonth, Optional<BigDecimal>> normative =
                p -> rules.normativePerResident().apply(service.get(), p);
        if (meters.isEmpty()) {
            var consumption = ConsumptionRules.periods(
                            List.of(), 9, period, period, input.account().residents(), normative)
                    .getFirst();
            price(settlement, consumption, tariffs, service.get(), ZoneScheme.SINGLE, line.code(), unpriced);
            return;
        }
        for (var meter : meters) {
            var zones = EnumSet.noneOf(TariffZone.class);
            meter.zones().forEach(z -> zones.add(TariffZone.valueOf(z)));
            var consumption = ConsumptionRules.periods(
                            input.readings().getOrDefault(meter.meterId(), List.of()),
                            meter.digitCapacity(),
                            period,
                            period,
                            input.account().residents(),
                            normative)
                    .getFirst();
            price(
                    settlement,
                    consumption,
                    tariffs,
                    service.get(),
                    ZoneScheme.of(zones),
                    "meter " + meter.meterId(),
                    unpriced);
            recalculateClosedPeriods(
                    settlement, meter, zones, input, period, tariffs, service.get(), normative, unpriced);
        }
    }

    /**
     * A late reading (Decree 354 p. 61): a reading taken in a period already closed, which billing received only after
     * that close (metering's decision came later), changes what the closed periods should have been charged. Each
     * closed period from the month of the earliest such reading up to the one before {@code period} is calculated
     * again, once with the readings billing had by the previous close (what it was charged) and once with all of them
     * ({@link ConsumptionRules#recalculations}); the difference in units, priced with the tariffs of that period's own
     * days, is the line's recalculation in the open period, the period being closed. A second close after this one
     * sees the reading as known, so the difference is charged once.
     */
    private static void recalculateClosedPeriods(
            LineSettlement settlement,
            BilledMeter meter,
            EnumSet<TariffZone> zones,
            Input input,
            YearMonth period,
            TariffSchedule tariffs,
            UtilityService service,
            java.util.function.Function<YearMonth, Optional<BigDecimal>> normative,
            List<String> unpriced) {
        if (input.previousClose().isEmpty()) {
            return;
        }
        var all = input.readings().getOrDefault(meter.meterId(), List.of());
        var known = input.knownAtPreviousClose(meter.meterId());
        if (known.size() == all.size()) {
            return;
        }
        var earliestLate = all.stream()
                .filter(r -> !known.contains(r))
                .map(r -> YearMonth.from(r.takenOn()))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        var last = period.minusMonths(1);
        if (earliestLate.isAfter(last)) {
            return; // taken in the open period: charged by its own calculation
        }
        var residents = input.account().residents();
        var charged = ConsumptionRules.periods(known, meter.digitCapacity(), earliestLate, last, residents, normative);
        var now = ConsumptionRules.periods(all, meter.digitCapacity(), earliestLate, last, residents, normative);
        ConsumptionRules.recalculations(charged, now)
                .forEach((closed, units) -> price(
                        settlement,
                        new dev.kabinet.billing.consumption.PeriodConsumption(
                                closed, ConsumptionMethod.METERED, Map.of(), units, 0),
                        tariffs,
                        service,
                        ZoneScheme.of(zones),
                        "meter " + meter.meterId() + " in " + closed,
                        unpriced));
    }

    private static void price(
            LineSettlement settlement,
            dev.kabinet.billing.consumption.PeriodConsumption consumption,
            TariffSchedule tariffs,
            UtilityService service,
            ZoneScheme scheme,
            String what,
            List<String> unpriced) {
        try {
            var charge = PeriodCharge.price(consumption, tariffs, service, scheme);
            settlement.charge(charge.chargesKopecks());
            // a recalculation of withdrawn estimates is a credit; of a late reading, either way
            settlement.recalculate(charge.recalculationsKopecks());
        } catch (TariffNotFound e) {
            unpriced.add(what);
        }
    }

    /** The penalty a line's debts accrued during the period: as of its last day minus as of the day before it began. */
    private static long accrued(List<LineSettlement> history, YearMonth period, Rules rules) {
        if (history == null || history.isEmpty()) {
            return 0;
        }
        LocalDate end = period.atEndOfMonth();
        LocalDate before = period.atDay(1).minusDays(1);
        if (!rules.keyRates().covers(end)) {
            return 0;
        }
        var upToPeriod =
                history.stream().filter(s -> !s.period().isAfter(period)).toList();
        long now = Settlements.penaltyOf(upToPeriod, end, rules.keyRates(), rules.penalty(), rules.paymentDueDay())
                .totalKopecks();
        long earlier = rules.keyRates().covers(before)
                ? Settlements.penaltyOf(upToPeriod, before, rules.keyRates(), rules.penalty(), rules.paymentDueDay())
                        .totalKopecks()
                : 0;
        return Math.max(0, now - earlier);
    }

    private static Optional<UtilityService> utilityService(String name) {
        try {
            return Optional.of(UtilityService.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
