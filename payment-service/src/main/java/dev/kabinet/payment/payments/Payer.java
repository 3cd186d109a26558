package dev.kabinet.payment.payments;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who pays and where the e-receipt goes (PY-2, 54-FZ): a name and an e-mail and/or a mobile phone. Personal data:
 * never logged ({@link #toString()} names nothing).
 */
public record Payer(
        String name, @Nullable String email, @Nullable String phone) {

    public Payer {
        Objects.requireNonNull(name, "name");
        if (email == null && phone == null) {
            throw new IllegalArgumentException("An e-mail or a phone for the receipt");
        }
    }

    @Override
    public String toString() {
        return "Payer[***]";
    }
}
