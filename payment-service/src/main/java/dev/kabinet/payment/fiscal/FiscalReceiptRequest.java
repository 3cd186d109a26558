package dev.kabinet.payment.fiscal;

import java.util.List;
import java.util.UUID;

/**
 * A receipt to register: the payment it is for (the operator's idempotency key), its total and its items, and the
 * seller's details as the utility's settings give them.
 */
public record FiscalReceiptRequest(
        UUID paymentId, long amountKopecks, List<Item> items, String sellerInn, String taxation, String vat) {

    public FiscalReceiptRequest {
        items = List.copyOf(items);
    }

    /** One item (tag 1059): a charge line's service, paid in full. */
    public record Item(String name, long amountKopecks) {}
}
