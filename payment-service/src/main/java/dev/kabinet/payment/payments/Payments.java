package dev.kabinet.payment.payments;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The payments of an account (PY-5); the caller's access was checked at the web edge (ADR 0006). */
@Component
public class Payments {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    private final PaymentRepository repository;

    public Payments(PaymentRepository repository) {
        this.repository = repository;
    }

    /** One page of the account's payments, newest first; empty when there are none (or none on that page). */
    @Transactional(readOnly = true)
    public List<Payment> history(String accountNumber, int page, int size) {
        return history(accountNumber, Set.of(), null, null, page, size);
    }

    /**
     * One page of the account's payments created in {@code [from, to)} (either open) with one of {@code statuses}
     * (all when empty), newest first.
     */
    @Transactional(readOnly = true)
    public List<Payment> history(
            String accountNumber,
            Set<PaymentStatus> statuses,
            @Nullable Instant from,
            @Nullable Instant to,
            int page,
            int size) {
        return repository.history(
                accountNumber,
                statuses.isEmpty() ? EnumSet.allOf(PaymentStatus.class) : statuses,
                from == null ? BEGINNING : from,
                to == null ? END : to,
                PageRequest.of(page, size, NEWEST_FIRST));
    }

    /** One payment of the account; another account's id is answered like one that does not exist. */
    @Transactional(readOnly = true)
    public Payment one(String accountNumber, UUID id) {
        return repository.findByIdAndAccountNumber(id, accountNumber).orElseThrow(PaymentNotFound::new);
    }
}
