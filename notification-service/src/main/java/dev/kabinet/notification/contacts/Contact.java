package dev.kabinet.notification.contacts;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How an account's owner is reached: a local projection of the account's contact details and informing preferences,
 * fed by account-service's {@code account.AccountChanged.v1} (issue #7, {@link Contacts#apply}).
 */
@Table("contact")
public class Contact {

    @Id
    private final String accountNumber;

    private final long sequence;
    private final @Nullable String phone;
    private final @Nullable String email;
    private final boolean smsInforming;
    private final boolean emailInforming;
    private final BillDelivery billDelivery;
    private final String language;

    @PersistenceCreator
    Contact(
            String accountNumber,
            long sequence,
            @Nullable String phone,
            @Nullable String email,
            boolean smsInforming,
            boolean emailInforming,
            BillDelivery billDelivery,
            String language) {
        this.accountNumber = accountNumber;
        this.sequence = sequence;
        this.phone = phone;
        this.email = email;
        this.smsInforming = smsInforming;
        this.emailInforming = emailInforming;
        this.billDelivery = billDelivery;
        this.language = language;
    }

    /** Whether the owner is to be told by e-mail: an address, and they have not opted out. */
    public boolean wantsEmail() {
        return emailInforming && email != null && !email.isBlank();
    }

    /** Whether the owner is to be told by SMS (NT-3): a phone, and they asked for it. */
    public boolean wantsSms() {
        return smsInforming && phone != null && !phone.isBlank();
    }

    /** Whether the owner chose the monthly bill by e-mail (NT-4, AC-3) and has an address. */
    public boolean wantsEBill() {
        return billDelivery == BillDelivery.EMAIL && email != null && !email.isBlank();
    }

    /** The language notices are written in: {@code ru} (the default) or {@code en}. */
    public String language() {
        return language;
    }

    public String accountNumber() {
        return accountNumber;
    }

    /** The change of the account this contact was last written from (0: before the projection, issue #7). */
    public long sequence() {
        return sequence;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String email() {
        return email;
    }

    public boolean smsInforming() {
        return smsInforming;
    }

    public boolean emailInforming() {
        return emailInforming;
    }

    public BillDelivery billDelivery() {
        return billDelivery;
    }
}
