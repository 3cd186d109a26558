package dev.kabinet.billing.settlements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The settlement of one charge line of an account in one billing period (BL-1, DOMAIN.md "Charges, balances,
 * penalties"): a line belongs to a service and a separator ({@code EL}, {@code EL_ODN}, {@code EL_PENALTY},
 * {@code GAS}, {@code VDGO}, …). All sums are integer kopecks.
 *
 * <p>closing = opening + charges + recalculations − payments. A positive balance is a debt, a negative one an
 * overpayment (an advance) carried to the next period as its opening balance ({@link #next}). Charges are never
 * negative; a recalculation may be (a credit); a payment is positive and counted once per payment id.
 */
public final class LineSettlement {

    /** A payment credited to this line: its id (idempotency), day and kopecks. */
    public record LinePayment(UUID paymentId, LocalDate paidOn, long kopecks) {
        public LinePayment {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(paidOn, "paidOn");
            if (kopecks <= 0) {
                throw new IllegalArgumentException("A payment is positive");
            }
        }
    }

    private final String accountNumber;
    private final String lineCode;
    private final YearMonth period;
    private final long openingKopecks;
    private long chargesKopecks;
    private long recalculationsKopecks;
    private final List<LinePayment> payments;
    private final @Nullable Integer version;

    LineSettlement(
            String accountNumber,
            String lineCode,
            YearMonth period,
            long openingKopecks,
            long chargesKopecks,
            long recalculationsKopecks,
            List<LinePayment> payments,
            @Nullable Integer version) {
        this.accountNumber = Objects.requireNonNull(accountNumber);
        this.lineCode = Objects.requireNonNull(lineCode);
        this.period = Objects.requireNonNull(period);
        if (chargesKopecks < 0) {
            throw new IllegalArgumentException("Charges are never negative");
        }
        this.openingKopecks = openingKopecks;
        this.chargesKopecks = chargesKopecks;
        this.recalculationsKopecks = recalculationsKopecks;
        this.payments = new ArrayList<>(payments);
        this.version = version;
    }

    /** A line's period opened with {@code openingKopecks} (positive: debt; negative: overpayment). */
    public static LineSettlement open(String accountNumber, String lineCode, YearMonth period, long openingKopecks) {
        return new LineSettlement(accountNumber, lineCode, period, openingKopecks, 0, 0, List.of(), null);
    }

    /** Adds a charge of the period, kopecks, not negative. */
    public void charge(long kopecks) {
        if (kopecks < 0) {
            throw new IllegalArgumentException("A charge is never negative: a credit is a recalculation");
        }
        chargesKopecks = Math.addExact(chargesKopecks, kopecks);
    }

    /** Adds a recalculation of earlier periods (Decree 354 p. 61), kopecks: negative for a credit. */
    public void recalculate(long kopecks) {
        recalculationsKopecks = Math.addExact(recalculationsKopecks, kopecks);
    }

    /**
     * Credits a payment to this line once: a payment id already credited changes nothing.
     *
     * @return whether it was credited now
     */
    public boolean pay(UUID paymentId, LocalDate paidOn, long kopecks) {
        var payment = new LinePayment(paymentId, paidOn, kopecks);
        if (payments.stream().anyMatch(p -> p.paymentId().equals(paymentId))) {
            return false;
        }
        payments.add(payment);
        return true;
    }

    /** The next period of this line, opening with this one's closing balance. */
    public LineSettlement next() {
        return open(accountNumber, lineCode, period.plusMonths(1), closingKopecks());
    }

    public long paymentsKopecks() {
        return payments.stream().mapToLong(LinePayment::kopecks).sum();
    }

    /** opening + charges + recalculations − payments: positive is a debt, negative an overpayment. */
    public long closingKopecks() {
        return Math.subtractExact(
                Math.addExact(Math.addExact(openingKopecks, chargesKopecks), recalculationsKopecks), paymentsKopecks());
    }

    public long debtKopecks() {
        return Math.max(closingKopecks(), 0);
    }

    public long overpaymentKopecks() {
        return Math.max(-closingKopecks(), 0);
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String lineCode() {
        return lineCode;
    }

    public YearMonth period() {
        return period;
    }

    public long openingKopecks() {
        return openingKopecks;
    }

    public long chargesKopecks() {
        return chargesKopecks;
    }

    public long recalculationsKopecks() {
        return recalculationsKopecks;
    }

    public List<LinePayment> payments() {
        return List.copyOf(payments);
    }

    @Nullable
    Integer version() {
        return version;
    }
}
