package dev.kabinet.payment.refunds;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface RefundRepository extends Repository<Refund, UUID> {

    Optional<Refund> findById(UUID id);

    List<Refund> findByPaymentIdAndAccountNumberOrderByRequestedAtDesc(UUID paymentId, String accountNumber);

    List<Refund> findByStatusOrderByRequestedAtAsc(RefundStatus status, Pageable page);

    List<Refund> findAllByOrderByRequestedAtDesc(Pageable page);

    Refund save(Refund refund);

    Refund saveAndFlush(Refund refund);
}
