package dev.kabinet.payment.fiscal;

/**
 * The port to a fiscal data operator (ОФД, 54-FZ, PY-8): registers the receipt of a payment and answers its fiscal
 * numbers. Registering the same payment again answers the same document (the payment id is the idempotency key), so a
 * receipt whose answer was lost is asked for again, never issued twice. Throws {@link FiscalOperatorUnavailable} when
 * the operator could not be asked or did not answer; the receipt then stays pending and is tried again.
 */
public interface FiscalDataOperator {

    FiscalDocument register(FiscalReceiptRequest receipt);
}
