package dev.kabinet.account.accounts;

import dev.kabinet.platform.security.AccountAccess;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A resident's account (лицевой счёт, AC-1): the household the utility bills. Its number is the identity every other
 * service keys on. Accounts come from the utility's records over {@code backoffice.accounts} (BO-1): a record is
 * applied only when its revision is above the one the account holds, so an older record never overwrites a newer one;
 * each applied change counts up the account's {@link #sequence()}, which orders what account-service publishes about it.
 * A closed account stays, marked closed, for its history.
 */
@Entity
@Table(name = "account")
public class Account implements Persistable<String> {

    @Id
    @Column(name = "number", length = 13)
    private String number;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "address", nullable = false)
    private String address;

    @Column(name = "flat_number", length = 10)
    private @Nullable String flatNumber;

    @Column(name = "total_area", precision = 9, scale = 2)
    private @Nullable BigDecimal totalArea;

    @Column(name = "house_area", precision = 9, scale = 2)
    private @Nullable BigDecimal houseArea;

    @Column(name = "rooms")
    private @Nullable Integer rooms;

    @Column(name = "residents", nullable = false)
    private int residents;

    @Column(name = "phone", length = 16)
    private @Nullable String phone;

    @Column(name = "email", length = 254)
    private @Nullable String email;

    @Column(name = "sms_informing", nullable = false)
    private boolean smsInforming;

    @Column(name = "email_informing", nullable = false)
    private boolean emailInforming;

    @Enumerated(EnumType.STRING)
    @Column(name = "bill_delivery", nullable = false, length = 10)
    private BillDelivery billDelivery = BillDelivery.PAPER;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "backoffice_revision", nullable = false)
    private long backofficeRevision;

    @Column(name = "sequence", nullable = false)
    private long sequence;

    @Column(name = "changed_at")
    private @Nullable Instant changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_service", joinColumns = @JoinColumn(name = "account_number"))
    @Column(name = "service", nullable = false, length = 40)
    @Enumerated(EnumType.STRING)
    private Set<UtilityService> services = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "account_charge_line", joinColumns = @JoinColumn(name = "account_number"))
    @OrderColumn(name = "position")
    private List<ChargeLine> chargeLines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "account_meter", joinColumns = @JoinColumn(name = "account_number"))
    @OrderColumn(name = "position")
    private List<Meter> meters = new ArrayList<>();

    @Transient
    private boolean isNew;

    protected Account() {}

    private Account(String number) {
        this.number = number;
        this.isNew = true;
    }

    /** A new account from the back office's first record of it; its first change. */
    public static Account open(AccountRecord record, Instant now) {
        var account = new Account(record.number());
        account.take(record, now);
        return account;
    }

    /**
     * A stored account known only by what its next record depends on, its revision and sequence (the bulk import,
     * {@link AccountTable}): {@link #apply} replaces everything else.
     */
    static Account stored(String number, long revision, long sequence) {
        var account = new Account(number);
        account.isNew = false;
        account.backofficeRevision = revision;
        account.sequence = sequence;
        return account;
    }

    /**
     * Applies a newer record of this account: everything the record holds replaces what the account had, and a closed
     * account is open again. A record whose revision is not above the one applied changes nothing (an older record
     * arriving late, or the same one again).
     *
     * @return whether the record was applied
     */
    public boolean apply(AccountRecord record, Instant now) {
        if (!record.number().equals(number)) {
            throw new IllegalArgumentException("A record of another account");
        }
        if (record.revision() <= backofficeRevision) {
            return false;
        }
        take(record, now);
        return true;
    }

    /**
     * Closes the account as of {@code closedOn}, at the back office's {@code revision}; an older revision changes
     * nothing. The account stays, with its services, meters and history, marked closed.
     *
     * @return whether the close was applied
     */
    public boolean close(long revision, LocalDate closedOn, Instant now) {
        if (revision <= backofficeRevision) {
            return false;
        }
        this.closedOn = Objects.requireNonNull(closedOn, "closedOn");
        this.backofficeRevision = revision;
        changed(now);
        return true;
    }

    /**
     * The resident's own change of contact and preferences (AC-3): the phone (E.164, already normalised), the e-mail
     * and how they want to be informed and billed. Nothing changes when every value is the one the account holds.
     *
     * @return the names of the fields that changed ({@code phone}, {@code email}, {@code smsInforming},
     *     {@code emailInforming}, {@code billDelivery}), in that order; empty when none did
     * @throws AccountClosed when the account is closed: the utility keeps its contact as it was
     */
    public List<String> changeContact(
            @Nullable String phone, @Nullable String email, Preferences preferences, Instant now) {
        if (closed()) {
            throw new AccountClosed();
        }
        var changed = new ArrayList<String>();
        if (!Objects.equals(this.phone, phone)) {
            changed.add("phone");
        }
        if (!Objects.equals(this.email, email)) {
            changed.add("email");
        }
        if (smsInforming != preferences.smsInforming()) {
            changed.add("smsInforming");
        }
        if (emailInforming != preferences.emailInforming()) {
            changed.add("emailInforming");
        }
        if (billDelivery != preferences.billDelivery()) {
            changed.add("billDelivery");
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        this.phone = phone;
        this.email = email;
        this.smsInforming = preferences.smsInforming();
        this.emailInforming = preferences.emailInforming();
        this.billDelivery = preferences.billDelivery();
        changed(now);
        return List.copyOf(changed);
    }

    private void take(AccountRecord record, Instant now) {
        this.ownerName = record.ownerName();
        this.address = record.address();
        this.flatNumber = record.flatNumber();
        this.totalArea = record.flatArea();
        this.houseArea = record.houseArea();
        this.rooms = record.rooms();
        this.residents = record.residents();
        this.phone = record.phone();
        this.email = record.email();
        this.smsInforming = record.preferences().smsInforming();
        this.emailInforming = record.preferences().emailInforming();
        this.billDelivery = record.preferences().billDelivery();
        this.services = new HashSet<>(record.services());
        this.chargeLines = new ArrayList<>(record.chargeLines());
        this.meters = new ArrayList<>(record.meters());
        this.closedOn = null;
        this.backofficeRevision = record.revision();
        changed(now);
    }

    private void changed(Instant now) {
        this.sequence++;
        this.changedAt = now;
    }

    public String number() {
        return number;
    }

    public String ownerName() {
        return ownerName;
    }

    public String address() {
        return address;
    }

    public @Nullable String flatNumber() {
        return flatNumber;
    }

    /** The flat's total area, m²; null when unknown. */
    public @Nullable BigDecimal totalArea() {
        return totalArea;
    }

    /** The whole house's total area, m²; null when unknown. */
    public @Nullable BigDecimal houseArea() {
        return houseArea;
    }

    public @Nullable Integer rooms() {
        return rooms;
    }

    public int residents() {
        return residents;
    }

    /** E.164. */
    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String email() {
        return email;
    }

    public Preferences preferences() {
        return new Preferences(smsInforming, emailInforming, billDelivery);
    }

    public boolean closed() {
        return closedOn != null;
    }

    public @Nullable LocalDate closedOn() {
        return closedOn;
    }

    /** The back office's revision of the record last applied; 0 for an account it never sent. */
    public long backofficeRevision() {
        return backofficeRevision;
    }

    /** How many changes this account has had here: 1 for the first; the {@code sequence} of its events. */
    public long sequence() {
        return sequence;
    }

    public @Nullable Instant changedAt() {
        return changedAt;
    }

    /** The services in their catalogue order. */
    public Set<UtilityService> services() {
        return services.isEmpty() ? EnumSet.noneOf(UtilityService.class) : EnumSet.copyOf(services);
    }

    /** In the back office's order. */
    public List<ChargeLine> chargeLines() {
        return List.copyOf(chargeLines);
    }

    /** In the back office's order, retired ones included. */
    public List<Meter> meters() {
        return List.copyOf(meters);
    }

    @Override
    public String getId() {
        return number;
    }

    /** True until first stored: saving inserts without looking the number up first. */
    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && Objects.equals(number, account.number);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }

    @Override
    public String toString() {
        return "Account[" + AccountAccess.mask(number) + "]";
    }
}
