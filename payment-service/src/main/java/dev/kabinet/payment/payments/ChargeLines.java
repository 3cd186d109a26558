package dev.kabinet.payment.payments;

import java.util.Set;

/**
 * The charge lines an account has (PY-1): a payment pays only those. They are billing's (its balances, the same list
 * the pay form offers); payment-service asks when a payment starts, because the answer is needed before the payment is
 * recorded (ARCHITECTURE.md "synchronous calls only where the answer is needed").
 */
public interface ChargeLines {

    /**
     * The codes of the account's charge lines; empty when billing does not know the account.
     *
     * @throws ChargeLinesUnavailable when billing could not be asked (no payment is started then)
     */
    Set<String> of(String accountNumber);
}
