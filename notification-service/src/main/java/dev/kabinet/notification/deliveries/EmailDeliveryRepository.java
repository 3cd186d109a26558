package dev.kabinet.notification.deliveries;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EmailDeliveryRepository extends ListCrudRepository<EmailDelivery, UUID> {

    /**
     * The oldest pending delivery that is due, locked for this transaction; deliveries another instance is sending
     * are skipped, so no two instances send the same e-mail at once.
     */
    @Query("select * from email_delivery where status = 'PENDING' and next_attempt_at <= :now"
            + " order by next_attempt_at, created_at limit 1 for update skip locked")
    Optional<EmailDelivery> lockNextDue(Instant now);

    Optional<EmailDelivery> findByEventId(UUID eventId);
}
