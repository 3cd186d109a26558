package dev.kabinet.payment.payments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.domain.Pageable;

/** A stand-in for the database in slice tests; it always lists newest first, as the service asks. */
public class InMemoryPaymentRepository implements PaymentRepository {

    private final Map<UUID, Payment> payments = new ConcurrentHashMap<>();

    @Override
    public List<Payment> findByAccountNumber(String accountNumber, Pageable page) {
        return payments.values().stream()
                .filter(p -> p.accountNumber().equals(accountNumber))
                .sorted(Comparator.comparing(Payment::createdAt)
                        .thenComparing(Payment::id)
                        .reversed())
                .skip(page.getOffset())
                .limit(page.getPageSize())
                .toList();
    }

    @Override
    public Payment save(Payment payment) {
        payments.put(payment.id(), payment);
        return payment;
    }
}
