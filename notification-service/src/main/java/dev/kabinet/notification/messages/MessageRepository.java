package dev.kabinet.notification.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MessageRepository extends ListCrudRepository<Message, UUID> {

    List<Message> findByAccountNumber(String accountNumber, Pageable page);

    long countByAccountNumber(String accountNumber);

    long countByEventId(UUID eventId);

    @Query("select count(*) from message where account_number = :accountNumber and read_at is null")
    long countUnread(String accountNumber);

    /** Marks the account's message read (if unread); 0 when the account has no such message. */
    @Modifying
    @Query("update message set read_at = coalesce(read_at, :now), version = version + 1"
            + " where id = :id and account_number = :accountNumber")
    int markRead(String accountNumber, UUID id, Instant now);

    /** Marks read the account's unread messages created up to {@code upTo} (inclusive). */
    @Modifying
    @Query("update message set read_at = :now, version = version + 1"
            + " where account_number = :accountNumber and read_at is null and created_at <= :upTo")
    int markReadUpTo(String accountNumber, Instant upTo, Instant now);

    java.util.Optional<Message> findByIdAndAccountNumber(UUID id, String accountNumber);
}
