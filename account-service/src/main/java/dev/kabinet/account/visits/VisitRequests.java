package dev.kabinet.account.visits;

import dev.kabinet.account.accounts.Account;
import dev.kabinet.account.accounts.AccountClosed;
import dev.kabinet.account.accounts.AccountNotFound;
import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.account.accounts.Meter;
import dev.kabinet.platform.messaging.Outbox;
import dev.kabinet.platform.problem.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Specialist visits (AC-4, BO-5): a resident's request is stored and sent to the utility's back office in one
 * transaction ({@code account.VisitRequested.v1} on {@code account.visit-requests}); the back office's answers
 * (accepted with a slot, done, cancelled with a reason) update it. The caller's access to the account is checked at
 * the web edge before any of this (ADR 0006).
 */
@Component
public class VisitRequests {

    /** The utility's time zone: "today" and "the future" of the preferred days. */
    public static final ZoneId UTILITY_ZONE = ZoneId.of("Europe/Moscow");

    private static final Logger log = LoggerFactory.getLogger(VisitRequests.class);

    private final VisitRequestRepository requests;
    private final AccountRepository accounts;
    private final Outbox outbox;
    private final Clock clock;

    public VisitRequests(VisitRequestRepository requests, AccountRepository accounts, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Today in the utility's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), UTILITY_ZONE);
    }

    /**
     * Stores and sends the request.
     *
     * @throws VisitRequestInvalid when the meter is not one of the account's working meters ({@code meterSerial})
     * @throws AccountClosed when the account is closed
     * @throws AccountNotFound (only an operator gets this far for an unknown number)
     */
    @Transactional
    public VisitRequest send(String accountNumber, VisitRequestForm form) {
        Account account = accounts.findById(accountNumber).orElseThrow(AccountNotFound::new);
        if (account.closed()) {
            throw new AccountClosed();
        }
        if (form.meterSerial() != null
                && account.meters().stream()
                        .filter(meter -> !meter.retired())
                        .map(Meter::serialNumber)
                        .noneMatch(form.meterSerial()::equals)) {
            throw new VisitRequestInvalid(List.of(FieldProblem.of("meterSerial", "field.visit.meter")));
        }
        var request = requests.save(VisitRequest.send(accountNumber, form, clock.instant()));
        outbox.publish(VisitRequestedV1.TOPIC, accountNumber, VisitRequestedV1.TYPE, VisitRequestedV1.of(request));
        return request;
    }

    /** The account's requests, newest first. */
    @Transactional(readOnly = true)
    public Page<VisitRequest> ofAccount(String accountNumber, int page, int size) {
        return requests.findByAccountNumber(
                accountNumber,
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.desc("id"))));
    }

    /** @throws VisitRequestNotFound when it is not a request of this account */
    @Transactional(readOnly = true)
    public VisitRequest one(String accountNumber, UUID id) {
        return requests.findByIdAndAccountNumber(id, accountNumber).orElseThrow(VisitRequestNotFound::new);
    }

    /**
     * The back office's answer, in the transaction that records its event in the inbox. An unknown request or one of
     * another account is refused ({@link IllegalArgumentException}: the listener dead-letters it); an update that does
     * not fit the status changes nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answered(
            UUID id,
            String accountNumber,
            VisitStatus status,
            @Nullable Instant slotStart,
            @Nullable Instant slotEnd,
            @Nullable String reason) {
        var request = requests.findByIdAndAccountNumber(id, accountNumber)
                .orElseThrow(() -> new IllegalArgumentException("/requestId no such request of this account"));
        if (!request.update(status, slotStart, slotEnd, reason, clock.instant())) {
            log.info("{}: update to {} does not fit, ignored", request, status);
        }
    }
}
