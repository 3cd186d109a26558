package dev.kabinet.payment.fiscal;

/** The fiscal data operator could not be asked, or did not answer: the receipt stays pending and is tried again. */
public class FiscalOperatorUnavailable extends RuntimeException {

    public FiscalOperatorUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
