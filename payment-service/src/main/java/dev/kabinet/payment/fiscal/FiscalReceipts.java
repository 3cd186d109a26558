package dev.kabinet.payment.fiscal;

import dev.kabinet.platform.messaging.Outbox;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fiscal e-receipts of confirmed payments (PY-8, 54-FZ, docs/adr/0034). A receipt is requested in the transaction
 * that confirms its payment, so a confirmed payment always has one; an issuer round then registers each pending
 * receipt with the fiscal data operator (outside any transaction: it may be slow) and, in one transaction, marks it
 * {@code ISSUED} and writes {@code payment.FiscalReceiptIssued.v1} to the outbox. The operator answers the same
 * document for the same payment, and a receipt moves to {@code ISSUED} once, so however often a round repeats or two
 * instances race, the fact leaves once.
 */
@Component
public class FiscalReceipts {

    private static final Logger log = LoggerFactory.getLogger(FiscalReceipts.class);

    private final FiscalReceiptRepository receipts;
    private final FiscalDataOperator operator;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final FiscalSettings settings;
    private final Clock clock;

    public FiscalReceipts(
            FiscalReceiptRepository receipts,
            FiscalDataOperator operator,
            Outbox outbox,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            FiscalSettings settings,
            Clock clock) {
        this.receipts = receipts;
        this.operator = operator;
        this.outbox = outbox;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** A charge line a payment pays: an item of its receipt. */
    public record Line(String lineCode, long amountKopecks) {}

    /**
     * Requests the receipt of a payment just confirmed, in the caller's transaction; nothing when it has one already or
     * when the payer gave neither e-mail nor phone (a payment made elsewhere: the bank or post office gives the
     * receipt).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void request(
            UUID paymentId, String accountNumber, List<Line> lines, @Nullable String email, @Nullable String phone) {
        if ((email == null && phone == null) || lines.isEmpty() || receipts.existsById(paymentId)) {
            return;
        }
        var items = lines.stream()
                .map(l -> new FiscalReceipt.Item(l.lineCode(), settings.itemName(l.lineCode()), l.amountKopecks()))
                .toList();
        receipts.save(
                FiscalReceipt.requested(paymentId, accountNumber, items, email, phone, settings, clock.instant()));
    }

    @Scheduled(
            fixedDelayString = "${kabinet.payment.fiscal.interval}",
            initialDelayString = "${kabinet.payment.fiscal.interval}")
    void scheduledRound() {
        try {
            round();
        } catch (RuntimeException e) {
            log.warn("Fiscal receipt round failed; the next one tries again", e);
        }
    }

    /** One round: claims the pending receipts that are due and issues each. Answers how many were issued. */
    public int round() {
        int issued = 0;
        for (UUID id : claim()) {
            try {
                if (issue(id)) {
                    issued++;
                }
            } catch (RuntimeException e) {
                // another instance issued it meanwhile (optimistic lock), or the database failed: the others go on
                log.warn(
                        "Fiscal receipt {} not issued in this round ({})",
                        id,
                        e.getClass().getSimpleName());
            }
        }
        return issued;
    }

    /** Claims due receipts for this instance: others skip them until {@code retryAfter} passes. */
    List<UUID> claim() {
        Instant now = clock.instant();
        return jdbc.queryForList(
                """
                update fiscal_receipt set next_attempt_at = ?
                 where payment_id in (select payment_id from fiscal_receipt
                                       where status = 'PENDING' and next_attempt_at <= ?
                                       order by next_attempt_at
                                       limit ? for update skip locked)
                returning payment_id""",
                UUID.class,
                Timestamp.from(now.plus(settings.retryAfter())),
                Timestamp.from(now),
                settings.batch());
    }

    /** Issues one pending receipt; true when this call issued it. */
    public boolean issue(UUID paymentId) {
        var pending = receipts.findById(paymentId).orElse(null);
        if (pending == null || pending.status() != FiscalReceipt.Status.PENDING) {
            return false;
        }
        FiscalDocument document;
        try {
            document = operator.register(pending.request());
        } catch (FiscalOperatorUnavailable e) {
            log.warn("{}: the fiscal data operator did not answer; tried again later", pending);
            transactions.executeWithoutResult(tx -> receipts.findById(paymentId).ifPresent(receipt -> {
                receipt.tryAgainAt(clock.instant().plus(settings.retryAfter()));
                receipts.save(receipt);
            }));
            return false;
        }
        Boolean issued = transactions.execute(tx -> {
            var receipt = receipts.findById(paymentId).orElseThrow();
            var fact = receipt.issued(document);
            fact.ifPresent(d -> outbox.publish(
                    FiscalReceiptIssuedV1.TOPIC,
                    receipt.accountNumber(),
                    FiscalReceiptIssuedV1.TYPE,
                    FiscalReceiptIssuedV1.of(receipt, d, receiptUrl(paymentId))));
            receipts.saveAndFlush(receipt);
            return fact.isPresent();
        });
        if (Boolean.TRUE.equals(issued)) {
            log.info("{} issued", pending);
        }
        return Boolean.TRUE.equals(issued);
    }

    /** The issued receipt of a payment, for its public page; not found while it is pending or for no such payment. */
    @Transactional(readOnly = true)
    public FiscalReceipt issued(UUID paymentId) {
        return receipts.findById(paymentId)
                .filter(r -> r.status() == FiscalReceipt.Status.ISSUED)
                .orElseThrow(FiscalReceiptNotFound::new);
    }

    /** The payer's link to the receipt's public page. */
    public String receiptUrl(UUID paymentId) {
        return settings.receiptUrl().replace("{id}", paymentId.toString());
    }
}
