package dev.kabinet.notification.deliveries;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DeliveryRepository extends ListCrudRepository<Delivery, UUID> {

    /**
     * The oldest pending e-mail or SMS that is due, locked for this transaction; deliveries another instance is
     * sending are skipped, so no two instances send the same notice at once.
     */
    @Query("select * from delivery where status = 'PENDING' and next_attempt_at <= :now"
            + " order by next_attempt_at, created_at limit 1 for update skip locked")
    Optional<Delivery> lockNextDue(Instant now);

    /** Up to {@code limit} due pending e-mails and SMS, oldest first, locked for this transaction (skipping others'). */
    @Query("select * from delivery where status = 'PENDING' and next_attempt_at <= :now"
            + " order by next_attempt_at, created_at limit :limit for update skip locked")
    List<Delivery> lockDue(Instant now, int limit);

    Optional<Delivery> findByEventIdAndChannel(UUID eventId, Channel channel);

    List<Delivery> findByEventId(UUID eventId);

    List<Delivery> findByAccountNumber(String accountNumber, Pageable page);

    List<Delivery> findByStatus(DeliveryStatus status, Pageable page);

    /** How many notices left for {@code recipient} since {@code since}, and the earliest of them. */
    @Query("select count(*) from delivery where recipient = :recipient and status = 'SENT' and sent_at > :since"
            + " and channel <> 'CABINET'")
    long countSentTo(String recipient, Instant since);

    @Query("select min(sent_at) from delivery where recipient = :recipient and status = 'SENT' and sent_at > :since"
            + " and channel <> 'CABINET'")
    Optional<Instant> firstSentTo(String recipient, Instant since);
}
