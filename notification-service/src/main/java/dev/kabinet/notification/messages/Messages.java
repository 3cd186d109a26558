package dev.kabinet.notification.messages;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The messages residents read in their cabinet. */
@Service
public class Messages {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final MessageRepository repository;
    private final Clock clock;

    Messages(MessageRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Posts a message to the cabinet of {@code accountNumber}, in the caller's transaction (the event's inbox entry). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Message post(String accountNumber, String subject, String body, UUID eventId) {
        return repository.save(Message.of(accountNumber, subject, body, eventId, clock.instant()));
    }

    /** Page {@code page} (from 0) of the account's messages, newest first. */
    @Transactional(readOnly = true)
    public List<Message> of(String accountNumber, int page, int size) {
        return repository.findByAccountNumber(accountNumber, PageRequest.of(page, size, NEWEST_FIRST));
    }
}
