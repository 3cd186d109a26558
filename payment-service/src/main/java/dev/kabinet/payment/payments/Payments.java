package dev.kabinet.payment.payments;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The payment history of an account (PY-5); the caller's access was checked at the web edge (ADR 0006). */
@Component
public class Payments {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final PaymentRepository repository;

    public Payments(PaymentRepository repository) {
        this.repository = repository;
    }

    /** One page of the account's payments, newest first; empty when there are none (or none on that page). */
    @Transactional(readOnly = true)
    public List<Payment> history(String accountNumber, int page, int size) {
        return repository.findByAccountNumber(accountNumber, PageRequest.of(page, size, NEWEST_FIRST));
    }
}
