package dev.kabinet.billing.payments;

import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledAccounts;
import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.settlements.LineSettlements;
import dev.kabinet.billing.system.BillingProperties;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.messaging.Outbox;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credits payments to an account's charge lines exactly once (issue #9, docs/adr/0029), whatever the channel: the
 * payment id is the key ({@code applied_payment}), so a redelivery, a resend under another event id, or the same
 * payment arriving from two channels changes nothing after the first. Each line's sum is a payment of that line's
 * settlement ({@link LineSettlement#pay}) on the day it was paid in the utility's time zone, so the balance drops at
 * once and the penalty on the paid part stops from that day; a sum above the line's debt leaves an overpayment
 * (an advance). The credit, the record and {@code billing.PaymentApplied.v1} in the outbox commit together.
 *
 * <p>Which settlement: the line's latest (the open period) when the payment's month is not after it — a late payment
 * of an earlier month is credited in the open period, its day kept for the penalty; else the payment's month, opened
 * with the latest closing balance (nothing before it: opening 0).
 */
@Service
public class AppliedPayments {

    private static final Logger log = LoggerFactory.getLogger(AppliedPayments.class);

    private final JdbcTemplate jdbc;
    private final BilledAccounts accounts;
    private final LineSettlements settlements;
    private final Outbox outbox;
    private final BillingProperties properties;
    private final Clock clock;

    AppliedPayments(
            JdbcTemplate jdbc,
            BilledAccounts accounts,
            LineSettlements settlements,
            Outbox outbox,
            BillingProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.settlements = settlements;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Credits the payment once, in the caller's transaction (the listener's, with its inbox entry).
     *
     * @param eventId the event that brought it (kept for tracing; the payment id is the key)
     * @return whether it was credited now; false when this payment id was credited before
     * @throws MalformedEvent {@code invalid-record: …} when its lines do not add up to its amount, repeat a line, or name
     *     a line the account does not have: dead-lettered at once, nothing credited
     * @throws PaymentAccountUnknown when billing does not know the account (yet): retried, then dead-lettered
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean apply(UUID eventId, String eventType, IncomingPayment payment) {
        var account = accounts.find(payment.accountNumber()).orElseThrow(PaymentAccountUnknown::new);
        var now = Instant.now(clock);
        var paidOn = payment.paidAt().atZone(properties.timeZone()).toLocalDate();
        int recorded = jdbc.update(
                """
                insert into applied_payment (payment_id, account_number, channel, amount_kopecks, paid_at, paid_on,
                    applied_at, event_id, event_type)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (payment_id) do nothing
                """,
                payment.paymentId(),
                payment.accountNumber(),
                payment.channel(),
                payment.amountKopecks(),
                Timestamp.from(payment.paidAt()),
                Date.valueOf(paidOn),
                Timestamp.from(now),
                eventId,
                eventType);
        if (recorded == 0) {
            log.info("Payment {} already credited: {} {} changes nothing", payment.paymentId(), eventType, eventId);
            return false;
        }
        // after the record: a repeat is no move even if the account changed since; a refusal rolls the record back
        check(
                payment,
                account.chargeLines().stream().map(AccountChargeLine::code).collect(Collectors.toSet()));
        var credited = new ArrayList<PaymentAppliedV1.Line>();
        for (var line : payment.lines()) {
            var settlement = settlementFor(payment.accountNumber(), line.lineCode(), YearMonth.from(paidOn));
            settlement.pay(payment.paymentId(), paidOn, line.amountKopecks());
            settlements.save(settlement);
            credited.add(new PaymentAppliedV1.Line(
                    line.lineCode(), line.amountKopecks(), settlement.period().toString()));
        }
        outbox.publish(
                PaymentTopics.APPLIED,
                payment.accountNumber(),
                PaymentAppliedV1.TYPE,
                new PaymentAppliedV1(
                        payment.paymentId(),
                        payment.accountNumber(),
                        payment.amountKopecks(),
                        payment.channel(),
                        payment.paidAt(),
                        paidOn,
                        now,
                        credited));
        return true;
    }

    private static void check(IncomingPayment payment, Set<String> lineCodes) {
        if (payment.lines().isEmpty()) {
            throw new MalformedEvent("invalid-record: /lines empty");
        }
        long sum = 0;
        var seen = new HashSet<String>();
        for (int i = 0; i < payment.lines().size(); i++) {
            var line = payment.lines().get(i);
            if (line.amountKopecks() <= 0) {
                throw new MalformedEvent("invalid-record: /lines/" + i + "/amountKopecks not positive");
            }
            if (!seen.add(line.lineCode())) {
                throw new MalformedEvent("invalid-record: /lines/" + i + "/lineCode repeated");
            }
            if (!lineCodes.contains(line.lineCode())) {
                throw new MalformedEvent("invalid-record: /lines/" + i + "/lineCode not a charge line of the account");
            }
            sum = Math.addExact(sum, line.amountKopecks());
        }
        if (sum != payment.amountKopecks()) {
            throw new MalformedEvent("invalid-record: /amountKopecks not the sum of /lines");
        }
    }

    private LineSettlement settlementFor(String accountNumber, String lineCode, YearMonth paidIn) {
        var history = settlements.history(accountNumber, lineCode);
        if (history.isEmpty()) {
            return LineSettlement.open(accountNumber, lineCode, paidIn, 0);
        }
        var latest = history.getLast();
        if (latest.period().isBefore(paidIn)) {
            return LineSettlement.open(accountNumber, lineCode, paidIn, latest.closingKopecks());
        }
        return latest;
    }
}
