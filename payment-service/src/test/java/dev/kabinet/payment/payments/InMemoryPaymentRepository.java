package dev.kabinet.payment.payments;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.domain.Pageable;

/** A stand-in for the database in slice and unit tests; it always lists newest first, as the service asks. */
public class InMemoryPaymentRepository implements PaymentRepository {

    private final Map<UUID, Payment> payments = new ConcurrentHashMap<>();

    @Override
    public List<Payment> history(
            String accountNumber, Collection<PaymentStatus> statuses, Instant from, Instant to, Pageable page) {
        return payments.values().stream()
                .filter(p -> p.accountNumber().equals(accountNumber))
                .filter(p -> statuses.contains(p.status()))
                .filter(p -> !p.createdAt().isBefore(from) && p.createdAt().isBefore(to))
                .sorted(Comparator.comparing(Payment::createdAt)
                        .thenComparing(Payment::id)
                        .reversed())
                .skip(page.getOffset())
                .limit(page.getPageSize())
                .toList();
    }

    @Override
    public Optional<Payment> findById(UUID id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public Optional<Payment> findByIdAndAccountNumber(UUID id, String accountNumber) {
        return findById(id).filter(p -> p.accountNumber().equals(accountNumber));
    }

    @Override
    public Optional<Payment> findByAccountNumberAndIdempotencyKey(String accountNumber, String idempotencyKey) {
        return payments.values().stream()
                .filter(p -> p.accountNumber().equals(accountNumber))
                .filter(p -> Objects.equals(p.idempotencyKey(), idempotencyKey))
                .findFirst();
    }

    @Override
    public Optional<Payment> findByProviderAndOrderId(String provider, String orderId) {
        return payments.values().stream()
                .filter(p -> Objects.equals(p.provider(), provider) && Objects.equals(p.orderId(), orderId))
                .findFirst();
    }

    @Override
    public Payment save(Payment payment) {
        payments.put(payment.id(), payment);
        return payment;
    }

    @Override
    public Payment saveAndFlush(Payment payment) {
        return save(payment);
    }
}
