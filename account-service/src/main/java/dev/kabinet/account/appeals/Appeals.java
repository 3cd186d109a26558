package dev.kabinet.account.appeals;

import dev.kabinet.account.accounts.AccountClosed;
import dev.kabinet.account.accounts.AccountNotFound;
import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.account.audit.AuditTrail;
import dev.kabinet.platform.messaging.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals (AC-5, BO-5): a resident's appeal and its attachments are stored and sent to the back office in one
 * transaction ({@code account.AppealSent.v1} on {@code account.appeals}); the back office's updates (in progress,
 * answered) or an operator's answer change its status. A resident's access to the account is checked at the web edge
 * before any of this (ADR 0006); the operator endpoints need the {@code operator} role.
 */
@Component
public class Appeals {

    /** The audit action of an operator's answer. */
    public static final String ANSWERED = "appeal.answered";

    private static final Logger log = LoggerFactory.getLogger(Appeals.class);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("sentAt"), Sort.Order.desc("id"));

    private final AppealRepository appeals;
    private final AppealAttachmentRepository attachments;
    private final AccountRepository accounts;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public Appeals(
            AppealRepository appeals,
            AppealAttachmentRepository attachments,
            AccountRepository accounts,
            Outbox outbox,
            AuditTrail audit,
            Clock clock) {
        this.appeals = appeals;
        this.attachments = attachments;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** An appeal with its attachments' names, types and sizes. */
    public record AppealWithFiles(Appeal appeal, List<AttachmentInfo> files) {}

    /**
     * Stores and sends the appeal.
     *
     * @throws AccountClosed when the account is closed
     * @throws AccountNotFound (only an operator gets this far for an unknown number)
     */
    @Transactional
    public AppealWithFiles send(String accountNumber, AppealForm form) {
        var account = accounts.findById(accountNumber).orElseThrow(AccountNotFound::new);
        if (account.closed()) {
            throw new AccountClosed();
        }
        var appeal = appeals.save(Appeal.send(accountNumber, form, clock.instant()));
        var stored = new ArrayList<AppealAttachment>();
        for (int i = 0; i < form.files().size(); i++) {
            stored.add(attachments.save(
                    new AppealAttachment(appeal.id(), i, form.files().get(i))));
        }
        outbox.publish(AppealSentV1.TOPIC, accountNumber, AppealSentV1.TYPE, AppealSentV1.of(appeal, stored));
        return new AppealWithFiles(
                appeal,
                stored.stream()
                        .map(a -> new AttachmentInfo(a.id(), a.appealId(), a.fileName(), a.contentType(), a.size()))
                        .toList());
    }

    /** The account's appeals, newest first. */
    @Transactional(readOnly = true)
    public Page<AppealWithFiles> ofAccount(String accountNumber, int page, int size) {
        return withFiles(appeals.findByAccountNumber(accountNumber, PageRequest.of(page, size, NEWEST_FIRST)));
    }

    /** @throws AppealNotFound when it is not an appeal of this account */
    @Transactional(readOnly = true)
    public AppealWithFiles one(String accountNumber, UUID id) {
        var appeal = appeals.findByIdAndAccountNumber(id, accountNumber).orElseThrow(AppealNotFound::new);
        return new AppealWithFiles(appeal, attachments.infoOf(List.of(id)));
    }

    /** @throws AppealNotFound when the appeal is not of this account or the file not of the appeal */
    @Transactional(readOnly = true)
    public AppealAttachment attachment(String accountNumber, UUID appealId, UUID attachmentId) {
        appeals.findByIdAndAccountNumber(appealId, accountNumber).orElseThrow(AppealNotFound::new);
        return attachments.findByIdAndAppealId(attachmentId, appealId).orElseThrow(AppealNotFound::new);
    }

    /** Operators: appeals of every account, oldest unanswered first when filtered by status, else newest first. */
    @Transactional(readOnly = true)
    public Page<AppealWithFiles> all(@Nullable AppealStatus status, int page, int size) {
        Pageable paging = PageRequest.of(
                page, size, status == null ? NEWEST_FIRST : Sort.by(Sort.Order.asc("sentAt"), Sort.Order.asc("id")));
        return withFiles(status == null ? appeals.findAll(paging) : appeals.findByStatus(status, paging));
    }

    /** Operators: one appeal's file. */
    @Transactional(readOnly = true)
    public AppealAttachment attachment(UUID appealId, UUID attachmentId) {
        return attachments.findByIdAndAppealId(attachmentId, appealId).orElseThrow(AppealNotFound::new);
    }

    /**
     * Operators answer an appeal in Kabinet; audited (who, which appeal; not the text).
     *
     * @return the appeal; unchanged when it was answered already
     */
    @Transactional
    public AppealWithFiles answer(UUID id, String text) {
        var appeal = appeals.findById(id).orElseThrow(AppealNotFound::new);
        if (appeal.answer(text, clock.instant())) {
            audit.record(ANSWERED, "appeal:" + id, List.of("answer"));
        }
        return new AppealWithFiles(appeal, attachments.infoOf(List.of(id)));
    }

    /**
     * The back office's update, in the transaction that records its event in the inbox: {@code IN_PROGRESS}, or
     * {@code ANSWERED} with the answer. An appeal this service never sent (or of another account) is refused ({@link
     * IllegalArgumentException}: the listener dead-letters it); an update after the answer changes nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(UUID id, String accountNumber, AppealStatus status, @Nullable String answer) {
        var appeal = appeals.findByIdAndAccountNumber(id, accountNumber)
                .orElseThrow(() -> new IllegalArgumentException("/appealId no such appeal of this account"));
        boolean changed =
                switch (status) {
                    case IN_PROGRESS -> appeal.inProgress(clock.instant());
                    case ANSWERED -> {
                        if (answer == null) {
                            throw new IllegalArgumentException("/answer required with ANSWERED");
                        }
                        yield appeal.answer(answer, clock.instant());
                    }
                    case SENT -> false;
                };
        if (!changed) {
            log.info("{}: update to {} does not fit, ignored", appeal, status);
        }
    }

    private Page<AppealWithFiles> withFiles(Page<Appeal> page) {
        List<UUID> ids = page.getContent().stream().map(Appeal::id).toList();
        Map<UUID, List<AttachmentInfo>> files = ids.isEmpty()
                ? Map.of()
                : attachments.infoOf(ids).stream().collect(Collectors.groupingBy(AttachmentInfo::appealId));
        return page.map(appeal -> new AppealWithFiles(appeal, files.getOrDefault(appeal.id(), List.of())));
    }
}
