package dev.kabinet.notification.contacts;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An account's contact and informing preferences after a change (issue #7; from {@code account.AccountChanged.v1}): the
 * whole of them, replacing what notification had.
 *
 * @param sequence account-service's count of the account's changes: applied only when above the one applied
 * @param phone E.164 ({@code +79161234567}); null when the utility has none
 * @param email null when the utility has none
 * @param smsInforming the owner wants informing by SMS (NT-3)
 * @param emailInforming the owner wants informing by e-mail (NT-1, NT-3)
 * @param meters the serial number of each of the account's meters, by registry id (to name a meter in a notice)
 */
public record ContactChange(
        String accountNumber,
        long sequence,
        @Nullable String phone,
        @Nullable String email,
        boolean smsInforming,
        boolean emailInforming,
        BillDelivery billDelivery,
        Map<Long, String> meters) {

    public ContactChange {
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(billDelivery, "billDelivery");
        meters = Map.copyOf(meters);
    }
}
