package dev.kabinet.payment.fiscal;

import java.time.Instant;
import java.util.Objects;

/**
 * What the fiscal data operator answers for a registered receipt (54-FZ).
 *
 * @param documentNumber ФД, the fiscal document number (tag 1040), up to 16 digits
 * @param fiscalSign ФП, the fiscal sign (tag 1077), up to 10 digits
 * @param storageNumber ФН, the fiscal storage's number (tag 1041), up to 16 digits
 * @param registeredAt the receipt's date and time (tag 1012)
 */
public record FiscalDocument(String documentNumber, String fiscalSign, String storageNumber, Instant registeredAt) {

    public FiscalDocument {
        digits(documentNumber, 16, "documentNumber");
        digits(fiscalSign, 10, "fiscalSign");
        digits(storageNumber, 16, "storageNumber");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    private static void digits(String value, int max, String name) {
        if (value == null || !value.matches("^[0-9]{1," + max + "}$")) {
            throw new IllegalArgumentException(name + " is 1 to " + max + " digits");
        }
    }
}
