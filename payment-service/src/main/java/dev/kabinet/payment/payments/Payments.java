package dev.kabinet.payment.payments;

import dev.kabinet.platform.security.AccountAccess;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The payment history of an account (PY-5), for a caller allowed to see it. */
@Component
public class Payments {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final PaymentRepository repository;
    private final AccountAccess access;

    public Payments(PaymentRepository repository, AccountAccess access) {
        this.repository = repository;
        this.access = access;
    }

    /** One page of the account's payments, newest first; empty when there are none (or none on that page). */
    @Transactional(readOnly = true)
    public List<Payment> history(String accountNumber, int page, int size) {
        access.check(accountNumber);
        return repository.findByAccountNumber(accountNumber, PageRequest.of(page, size, NEWEST_FIRST));
    }
}
