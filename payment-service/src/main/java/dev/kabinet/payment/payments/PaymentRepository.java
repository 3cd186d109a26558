package dev.kabinet.payment.payments;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface PaymentRepository extends Repository<Payment, UUID> {

    List<Payment> findByAccountNumber(String accountNumber, Pageable page);

    Payment save(Payment payment);
}
