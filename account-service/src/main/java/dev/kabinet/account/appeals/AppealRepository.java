package dev.kabinet.account.appeals;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface AppealRepository extends Repository<Appeal, UUID> {

    Appeal save(Appeal appeal);

    Optional<Appeal> findById(UUID id);

    Optional<Appeal> findByIdAndAccountNumber(UUID id, String accountNumber);

    Page<Appeal> findByAccountNumber(String accountNumber, Pageable page);

    Page<Appeal> findByStatus(AppealStatus status, Pageable page);

    Page<Appeal> findAll(Pageable page);
}
