package dev.kabinet.payment.acquirer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The port to an acquiring bank (PY-3, PY-7): register an order and get its hosted page, ask its status, give money
 * back. Card data never reaches Kabinet. An adapter throws {@link ProviderRefused} when the bank answered no, and
 * {@link ProviderUnavailable} when the outcome is unknown (timeout, 5xx, circuit open): the caller then leaves the
 * payment to the janitor, never retries a money-moving call blindly.
 */
public interface PaymentProvider {

    /** The provider's name as recorded on a payment ({@code sberbank}). */
    String name();

    /** Registers an order of {@code request.orderNumber()} (the payment id) and answers its id and hosted page. */
    Registration register(OrderRequest request);

    /** What the bank knows of an order, by its id or, when the registration's answer was lost, by its number. */
    OrderState status(OrderReference order);

    /** Gives back {@code amountKopecks} of a paid order (PY-9). */
    void refund(String orderId, long amountKopecks);

    /** Cancels an order not yet settled (the bank's reversal). */
    void reverse(String orderId);

    /**
     * One page (from 0) of the bank's register of orders registered in {@code [from, to)}: what the daily
     * reconciliation compares with the cabinet's payments.
     */
    RegisterPage register(Instant from, Instant to, int page);

    /**
     * A callback's parameters, if the bank signed them ({@code checksum}): what it says happened to which order.
     * Empty when the signature is missing or wrong.
     */
    Optional<CallbackNotice> verify(Map<String, String> callback);
}
