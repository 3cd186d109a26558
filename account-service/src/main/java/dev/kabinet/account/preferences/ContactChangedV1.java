package dev.kabinet.account.preferences;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kabinet.account.accounts.Account;
import dev.kabinet.account.accounts.BillDelivery;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Event {@code account.ContactChanged.v1} on topic {@code account.contact-changes}, key = account number: a resident
 * changed the account's contact or preferences in the cabinet (AC-3), for the utility's back office to take into its
 * records (manual 003: "the number is saved in the utility's database"). Carries the account's whole contact and
 * preferences as they now stand, the names of the fields that changed and the account's {@code sequence} (the same
 * as the {@code account.AccountChanged.v1} of this change), so the back office can apply them in order. Absent values
 * are left out (no phone, no e-mail). docs/adr/0016.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactChangedV1(
        String accountNumber,
        long sequence,
        Instant changedAt,
        String changedBy,
        List<String> changedFields,
        @Nullable String phone,
        @Nullable String email,
        boolean smsInforming,
        boolean emailInforming,
        BillDelivery billDelivery) {

    public static final String TYPE = "account.ContactChanged.v1";
    public static final String TOPIC = "account.contact-changes";

    /**
     * @param changedBy {@code RESIDENT} or {@code OPERATOR}: who made the change (never the login)
     */
    static ContactChangedV1 of(Account account, String changedBy, List<String> changedFields) {
        var preferences = account.preferences();
        return new ContactChangedV1(
                account.number(),
                account.sequence(),
                account.changedAt(),
                changedBy,
                List.copyOf(changedFields),
                account.phone(),
                account.email(),
                preferences.smsInforming(),
                preferences.emailInforming(),
                preferences.billDelivery());
    }
}
