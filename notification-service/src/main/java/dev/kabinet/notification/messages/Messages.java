package dev.kabinet.notification.messages;

import java.time.Clock;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The messages residents read in their cabinet, read or unread. */
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

    /** Page {@code page} (from 0) of the account's messages, newest first, with the total count. */
    @Transactional(readOnly = true)
    public Page<Message> of(String accountNumber, int page, int size) {
        var request = PageRequest.of(page, size, NEWEST_FIRST);
        return new PageImpl<>(
                repository.findByAccountNumber(accountNumber, request),
                request,
                repository.countByAccountNumber(accountNumber));
    }

    /** How many of the account's messages are unread. */
    @Transactional(readOnly = true)
    public long unread(String accountNumber) {
        return repository.countUnread(accountNumber);
    }

    /**
     * Marks message {@code id} of the account read; marking it again changes nothing.
     *
     * @throws MessageNotFound when the account has no such message (another account's included)
     */
    @Transactional
    public void markRead(String accountNumber, UUID id) {
        if (repository.markRead(accountNumber, id, clock.instant()) == 0) {
            throw new MessageNotFound();
        }
    }

    /**
     * Marks read every message of the account up to message {@code upTo} (the newest the resident saw), so one that
     * arrived after their page was shown stays unread; returns how many were marked.
     *
     * @throws MessageNotFound when the account has no such message (another account's included)
     */
    @Transactional
    public int markReadUpTo(String accountNumber, UUID upTo) {
        var newest = repository.findByIdAndAccountNumber(upTo, accountNumber).orElseThrow(MessageNotFound::new);
        return repository.markReadUpTo(accountNumber, newest.createdAt(), clock.instant());
    }
}
