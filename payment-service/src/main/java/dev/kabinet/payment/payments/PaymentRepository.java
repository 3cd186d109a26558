package dev.kabinet.payment.payments;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface PaymentRepository extends Repository<Payment, UUID> {

    /** One page of an account's payments created in {@code [from, to)} in one of {@code statuses} (PY-5). */
    @Query("select p from Payment p where p.accountNumber = :account and p.status in :statuses"
            + " and p.createdAt >= :from and p.createdAt < :to")
    List<Payment> history(
            @Param("account") String accountNumber,
            @Param("statuses") Collection<PaymentStatus> statuses,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable page);

    Optional<Payment> findById(UUID id);

    /** A payment under the checked account: another account's id is answered like one that does not exist. */
    Optional<Payment> findByIdAndAccountNumber(UUID id, String accountNumber);

    Optional<Payment> findByAccountNumberAndIdempotencyKey(String accountNumber, String idempotencyKey);

    Optional<Payment> findByProviderAndOrderId(String provider, String orderId);

    Payment save(Payment payment);

    Payment saveAndFlush(Payment payment);
}
