package dev.kabinet.billing.settlements;

import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledAccounts;
import dev.kabinet.billing.accounts.ChargeKind;
import dev.kabinet.billing.penalties.KeyRateHistory;
import dev.kabinet.billing.penalties.KeyRates;
import dev.kabinet.billing.penalties.Penalties;
import dev.kabinet.billing.penalties.Penalties.Debt;
import dev.kabinet.billing.penalties.Penalties.Payment;
import dev.kabinet.billing.penalties.PenaltyRules;
import dev.kabinet.billing.system.BillingProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a resident sees of an account's settlements (BL-1) and penalties (BL-5): the current balance of each charge
 * line, and how the penalty on each line came about.
 */
@Service
public class Settlements {

    private final LineSettlements settlements;
    private final BilledAccounts accounts;
    private final KeyRateHistory keyRates;
    private final BillingProperties properties;

    Settlements(
            LineSettlements settlements,
            BilledAccounts accounts,
            KeyRateHistory keyRates,
            BillingProperties properties) {
        this.settlements = settlements;
        this.accounts = accounts;
        this.keyRates = keyRates;
        this.properties = properties;
    }

    /** A charge line of the account with its latest settlement; none before anything was charged or paid. */
    public record LineBalance(AccountChargeLine line, Optional<LineSettlement> latest) {}

    /** The penalty explanation of one charge line. */
    public record LinePenalty(AccountChargeLine line, Penalties.Explanation explanation) {}

    /**
     * The account's charge lines in their receipt order, each with its latest settlement; a settlement of a line the
     * account no longer has is left out. Empty when billing does not know the account yet.
     */
    @Transactional(readOnly = true)
    public List<LineBalance> balances(String accountNumber) {
        var latest = new HashMap<String, LineSettlement>();
        settlements.latest(accountNumber).forEach(s -> latest.put(s.lineCode(), s));
        return accounts.find(accountNumber)
                .map(account -> account.chargeLines().stream()
                        .map(line -> new LineBalance(line, Optional.ofNullable(latest.get(line.code()))))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The penalty on each charge line (other than the penalty lines themselves) up to {@code asOf}, line by line
     * ({@link Penalties}): the charges and recalculations of each period are due on {@code kabinet.billing.
     * payment-due-day} of the next month, a debt the line opened with on that day of its first period; the line's
     * payments pay the oldest first.
     *
     * @throws PenaltyDateOutOfRange when {@code asOf} is after {@code today} or before the key-rate history
     */
    @Transactional(readOnly = true)
    public List<LinePenalty> penalties(String accountNumber, LocalDate asOf, LocalDate today) {
        var rates = keyRates.all();
        if (asOf.isAfter(today) || !rates.covers(asOf)) {
            throw new PenaltyDateOutOfRange();
        }
        var result = new ArrayList<LinePenalty>();
        var account = accounts.find(accountNumber);
        if (account.isEmpty()) {
            return List.of();
        }
        for (var line : account.get().chargeLines()) {
            if (line.kind() == ChargeKind.PENALTY) {
                continue;
            }
            var history = settlements.history(accountNumber, line.code());
            result.add(new LinePenalty(line, penaltyOf(history, asOf, rates, rules(), properties.paymentDueDay())));
        }
        return result;
    }

    /**
     * The penalty on one charge line up to {@code asOf} from its settlements (oldest period first): the charges and
     * recalculations of each period are due on {@code dueDay} of the next month, a debt the line opened with on that day
     * of its first period; the line's payments pay the oldest first. The period close (docs/adr/0023) charges the
     * difference of two such calculations to the penalty line.
     */
    public static Penalties.Explanation penaltyOf(
            List<LineSettlement> history, LocalDate asOf, KeyRates rates, PenaltyRules rules, int dueDay) {
        var debts = new ArrayList<Debt>();
        var payments = new ArrayList<Payment>();
        for (int i = 0; i < history.size(); i++) {
            var settlement = history.get(i);
            if (i == 0 && settlement.openingKopecks() > 0) {
                debts.add(new Debt(settlement.period().atDay(dueDay), settlement.openingKopecks()));
            }
            long charged = settlement.chargesKopecks() + settlement.recalculationsKopecks();
            if (charged > 0) {
                debts.add(new Debt(settlement.period().plusMonths(1).atDay(dueDay), charged));
            } else if (charged < 0) {
                // a credit of the period pays earlier debts like a payment on its first day
                payments.add(new Payment(settlement.period().atDay(1), -charged));
            }
            settlement.payments().forEach(p -> payments.add(new Payment(p.paidOn(), p.kopecks())));
        }
        return Penalties.calculate(debts, payments, asOf, rates, rules);
    }

    private PenaltyRules rules() {
        return rules(properties.penalty());
    }

    /** The penalty rule of the settings ({@code kabinet.billing.penalty.*}). */
    public static PenaltyRules rules(BillingProperties.Penalty p) {
        return new PenaltyRules(
                p.graceDays(),
                p.firstStageUntilDay(),
                p.firstStageDivisor(),
                p.secondStageDivisor(),
                p.capPercent(),
                p.capFrom(),
                p.capUntil());
    }
}
