package dev.kabinet.acquirer.orders;

import dev.kabinet.acquirer.cards.CardBrand;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One order of the merchant: registered by register.do, paid on the hosted page (with or without 3-D Secure),
 * expired after its lifetime, refunded or reversed. Each transition guards its state and answers the callback
 * notification it causes. Only the masked card number is kept.
 */
public class Order {

    /** The card data kept after a payment attempt: never the full number nor the CVC. */
    public record Card(String maskedPan, String expiration, String cardholderName, CardBrand brand) {}

    /** A callback notification an order's transition causes ({@code status} 1 success, 0 failure). */
    public record Notice(String operation, int status) {}

    private final String id;
    private final String orderNumber;
    private final long amount;
    private final int currency;
    private final URI returnUrl;
    private final URI failUrl;
    private final String description;
    private final Map<String, String> jsonParams;
    private final URI callbackUrl;
    private final Instant registeredAt;
    private final Instant expiresAt;

    private OrderStatus status = OrderStatus.REGISTERED;
    private ActionCode actionCode = ActionCode.NO_ATTEMPT;
    private Card card;
    private boolean threeDsFails;
    private ActionCode afterThreeDs;
    private Instant authorisedAt;
    private String approvalCode;
    private long depositedAmount;
    private long refundedAmount;
    private Instant changedAt;

    Order(
            String id,
            String orderNumber,
            long amount,
            int currency,
            URI returnUrl,
            URI failUrl,
            String description,
            Map<String, String> jsonParams,
            URI callbackUrl,
            Instant registeredAt,
            Instant expiresAt) {
        this.id = id;
        this.orderNumber = orderNumber;
        this.amount = amount;
        this.currency = currency;
        this.returnUrl = returnUrl;
        this.failUrl = failUrl;
        this.description = description;
        this.jsonParams = Map.copyOf(jsonParams);
        this.callbackUrl = callbackUrl;
        this.registeredAt = registeredAt;
        this.expiresAt = expiresAt;
        this.changedAt = registeredAt;
    }

    /** Declines an order that waited for payment past its lifetime (actionCode -2007). */
    synchronized Optional<Notice> expireIfDue(Instant now) {
        if (status.awaitsPayment() && !now.isBefore(expiresAt)) {
            status = OrderStatus.DECLINED;
            actionCode = ActionCode.EXPIRED;
            changedAt = now;
            return Optional.of(new Notice("declinedByTimeout", 1));
        }
        return Optional.empty();
    }

    /**
     * The payer submitted a card. With {@code threeDs} the order waits for the 3-D Secure code and the issuer's answer
     * ({@code issuerAnswer}) comes after it; otherwise the issuer answers at once.
     */
    synchronized Optional<Notice> pay(
            Card card, boolean threeDs, boolean threeDsFails, ActionCode issuerAnswer, Instant now) {
        if (status != OrderStatus.REGISTERED) {
            throw GatewayError.wrongState();
        }
        this.card = card;
        this.changedAt = now;
        if (threeDs) {
            this.status = OrderStatus.ACS_PENDING;
            this.threeDsFails = threeDsFails;
            this.afterThreeDs = issuerAnswer;
            return Optional.empty();
        }
        return Optional.of(authorise(issuerAnswer, now));
    }

    /** The payer entered a 3-D Secure code; a wrong code, or a card whose 3-D Secure always fails, declines. */
    synchronized Notice completeThreeDs(boolean codeMatches, Instant now) {
        if (status != OrderStatus.ACS_PENDING) {
            throw GatewayError.wrongState();
        }
        changedAt = now;
        if (!codeMatches || threeDsFails) {
            status = OrderStatus.DECLINED;
            actionCode = ActionCode.THREE_DS_DECLINED;
            return new Notice("deposited", 0);
        }
        return authorise(afterThreeDs, now);
    }

    private Notice authorise(ActionCode issuerAnswer, Instant now) {
        actionCode = issuerAnswer;
        if (issuerAnswer == ActionCode.SUCCESS) {
            status = OrderStatus.DEPOSITED;
            depositedAmount = amount;
            authorisedAt = now;
            approvalCode = String.format("%06d", Math.floorMod(id.hashCode(), 1_000_000));
            return new Notice("deposited", 1);
        }
        status = OrderStatus.DECLINED;
        return new Notice("deposited", 0);
    }

    /** refund.do: part or all of what was paid and not yet refunded. */
    synchronized Notice refund(long sum, Instant now) {
        if (status != OrderStatus.DEPOSITED && status != OrderStatus.REFUNDED) {
            throw GatewayError.wrongState();
        }
        if (sum <= 0 || sum > depositedAmount - refundedAmount) {
            throw new GatewayError(5, "Неверная сумма возврата");
        }
        refundedAmount += sum;
        status = OrderStatus.REFUNDED;
        changedAt = now;
        return new Notice("refunded", 1);
    }

    /** reverse.do: cancels a payment not yet refunded, on the day it was made. */
    synchronized Notice reverse(boolean sameDay, Instant now) {
        if (status != OrderStatus.DEPOSITED || !sameDay) {
            throw GatewayError.wrongState();
        }
        status = OrderStatus.REVERSED;
        depositedAmount = 0;
        changedAt = now;
        return new Notice("reversed", 1);
    }

    public String id() {
        return id;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public long amount() {
        return amount;
    }

    public int currency() {
        return currency;
    }

    public URI returnUrl() {
        return returnUrl;
    }

    public URI failUrl() {
        return failUrl;
    }

    public String description() {
        return description;
    }

    public Map<String, String> jsonParams() {
        return jsonParams;
    }

    public URI callbackUrl() {
        return callbackUrl;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public synchronized OrderStatus status() {
        return status;
    }

    public synchronized ActionCode actionCode() {
        return actionCode;
    }

    public synchronized Optional<Card> card() {
        return Optional.ofNullable(card);
    }

    public synchronized Optional<Instant> authorisedAt() {
        return Optional.ofNullable(authorisedAt);
    }

    public synchronized Optional<String> approvalCode() {
        return Optional.ofNullable(approvalCode);
    }

    public synchronized long depositedAmount() {
        return depositedAmount;
    }

    public synchronized long refundedAmount() {
        return refundedAmount;
    }

    public synchronized Instant changedAt() {
        return changedAt;
    }
}
