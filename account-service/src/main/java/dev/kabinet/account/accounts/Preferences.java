package dev.kabinet.account.accounts;

import java.util.Objects;

/** How the owner wants to be informed and billed (AC-3). */
public record Preferences(boolean smsInforming, boolean emailInforming, BillDelivery billDelivery) {

    public Preferences {
        Objects.requireNonNull(billDelivery, "billDelivery");
    }

    /** When the back office sends none: no SMS, e-mail informing when there is an e-mail, the bill on paper. */
    public static Preferences defaultsFor(String email) {
        return new Preferences(false, email != null, BillDelivery.PAPER);
    }
}
