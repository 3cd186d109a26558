package dev.kabinet.account.visits;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface VisitRequestRepository extends Repository<VisitRequest, UUID> {

    VisitRequest save(VisitRequest request);

    Optional<VisitRequest> findById(UUID id);

    Optional<VisitRequest> findByIdAndAccountNumber(UUID id, String accountNumber);

    Page<VisitRequest> findByAccountNumber(String accountNumber, Pageable page);
}
