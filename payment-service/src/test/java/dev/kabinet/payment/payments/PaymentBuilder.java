package dev.kabinet.payment.payments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test data: payment attempts, with sensible defaults. */
public final class PaymentBuilder {

    private UUID id = UUID.randomUUID();
    private String accountNumber = "1000000011";
    private long amountKopecks = 150000;
    private Instant createdAt = Instant.parse("2026-10-05T09:00:00Z");
    private final List<PaymentLine> lines = new ArrayList<>();
    private String idempotencyKey = "key-" + UUID.randomUUID();
    private String orderId;

    private PaymentBuilder() {}

    /** A payment attempt of 1,500.00 ₽ on ivanova's account 1000000011. */
    public static PaymentBuilder aPayment() {
        return new PaymentBuilder();
    }

    /** A card payment of ivanova's: 1,500.00 ₽ for electricity (EL) unless lines are given. */
    public static PaymentBuilder aCardPayment() {
        return new PaymentBuilder().line("EL", 150000);
    }

    public PaymentBuilder id(String id) {
        this.id = UUID.fromString(id);
        return this;
    }

    public PaymentBuilder on(String accountNumber) {
        this.accountNumber = accountNumber;
        return this;
    }

    public PaymentBuilder amountKopecks(long amountKopecks) {
        this.amountKopecks = amountKopecks;
        return this;
    }

    public PaymentBuilder createdAt(String instant) {
        this.createdAt = Instant.parse(instant);
        return this;
    }

    public PaymentBuilder line(String code, long kopecks) {
        lines.removeIf(l -> l.lineCode().equals(code));
        lines.add(PaymentLine.of(code, kopecks));
        return this;
    }

    public PaymentBuilder idempotencyKey(String key) {
        this.idempotencyKey = key;
        return this;
    }

    /** The bank registered it as this order (the payment is SENT). */
    public PaymentBuilder sentAs(String orderId) {
        this.orderId = orderId;
        return this;
    }

    public static Payer ivanovaPaying() {
        return new Payer("Иванова Анна Петровна", "ivanova@kabinet.local", "+79160000011");
    }

    public Payment build() {
        if (lines.isEmpty()) {
            return Payment.attempt(id, accountNumber, amountKopecks, createdAt);
        }
        var order = new PaymentOrder(lines, ivanovaPaying());
        var payment = Payment.byCard(
                id,
                accountNumber,
                lines,
                ivanovaPaying(),
                "privacy-and-terms-2026-11",
                idempotencyKey,
                order.fingerprint(accountNumber),
                "sberbank",
                createdAt,
                createdAt.plusSeconds(120));
        if (orderId != null) {
            payment.sent(
                    orderId,
                    "http://127.0.0.1:2088/payment/merchants/kabinet/payment_ru.html?mdOrder=" + orderId,
                    createdAt.plusSeconds(1));
        }
        return payment;
    }
}
