package dev.kabinet.payment.accounting;

import dev.kabinet.payment.payments.PaymentRepository;
import dev.kabinet.payment.payments.PaymentStatus;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's word that it credited a payment to the account's lines (PY-4, docs/adr/0029): the card payment moves from
 * CONFIRMED («в обработке») to ACCOUNTED («оплачено») through the state machine (docs/adr/0022). A repeat is no move; a
 * payment this service does not hold (a bank or post-office payment from the back office) is not its concern; a move
 * the state machine refuses (a payment refunded meanwhile) changes nothing, with a log line.
 */
@Component
public class BillingAccounting {

    private static final Logger log = LoggerFactory.getLogger(BillingAccounting.class);

    private final PaymentRepository payments;

    BillingAccounting(PaymentRepository payments) {
        this.payments = payments;
    }

    /**
     * Marks payment {@code paymentId} accounted at {@code appliedAt}, in the caller's transaction (the listener's, with
     * its inbox entry).
     *
     * @return whether it moved now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean accounted(UUID paymentId, String accountNumber, Instant appliedAt) {
        var found = payments.findById(paymentId);
        if (found.isEmpty()) {
            log.debug("Billing credited payment {}, which this service does not hold: not a card payment", paymentId);
            return false;
        }
        var payment = found.get();
        if (!payment.accountNumber().equals(accountNumber)) {
            log.warn("Billing credited payment {} to another account than its own: ignored", paymentId);
            return false;
        }
        var status = payment.status();
        if (status != PaymentStatus.ACCOUNTED && !status.canMoveTo(PaymentStatus.ACCOUNTED)) {
            log.info("{}: billing's credit after {} changes nothing", payment, status);
            return false;
        }
        if (!payment.accounted(appliedAt)) {
            return false;
        }
        payments.save(payment);
        log.info("{} moved {} -> ACCOUNTED: billing credited it", payment, status);
        return true;
    }
}
