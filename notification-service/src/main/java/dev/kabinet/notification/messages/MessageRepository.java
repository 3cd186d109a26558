package dev.kabinet.notification.messages;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface MessageRepository extends ListCrudRepository<Message, UUID> {

    List<Message> findByAccountNumber(String accountNumber, Pageable page);

    long countByEventId(UUID eventId);
}
