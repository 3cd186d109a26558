package dev.kabinet.identity.phoneconfirmation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.CrudRepository;

interface PhoneConfirmationRepository extends CrudRepository<PhoneConfirmation, UUID> {

    /** The caller's confirmation, locked for the entry of a code (two entries at once both count). */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<PhoneConfirmation> findByIdAndSubject(UUID id, String subject);

    List<PhoneConfirmation> findByPhoneAndStatus(String phone, PhoneConfirmation.Status status);
}
