package dev.kabinet.payment.fiscal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

public interface FiscalReceiptRepository extends Repository<FiscalReceipt, UUID> {

    Optional<FiscalReceipt> findById(UUID paymentId);

    boolean existsById(UUID paymentId);

    FiscalReceipt save(FiscalReceipt receipt);

    FiscalReceipt saveAndFlush(FiscalReceipt receipt);
}
