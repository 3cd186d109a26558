package dev.kabinet.payment.fiscal;

import dev.kabinet.platform.security.AccountAccess;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The fiscal e-receipt of one confirmed payment (PY-8, 54-FZ): requested ({@code PENDING}) with the payment's
 * confirmation, then {@code ISSUED} once with the fiscal data operator's numbers. The payment id is its id: a payment
 * has one receipt, whatever repeats.
 */
@Entity
@Table(name = "fiscal_receipt")
public class FiscalReceipt {

    public enum Status {
        PENDING,
        ISSUED
    }

    @Id
    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(name = "account_number", nullable = false, length = 13)
    private String accountNumber;

    @Column(name = "amount_kopecks", nullable = false)
    private long amountKopecks;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "email", length = 254)
    private @Nullable String email;

    @Column(name = "phone", length = 16)
    private @Nullable String phone;

    @Column(name = "seller_name", nullable = false, length = 200)
    private String sellerName;

    @Column(name = "seller_inn", nullable = false, length = 12)
    private String sellerInn;

    @Column(name = "seller_address", nullable = false, length = 300)
    private String sellerAddress;

    @Column(name = "taxation", nullable = false, length = 40)
    private String taxation;

    @Column(name = "vat", nullable = false, length = 20)
    private String vat;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fiscal_receipt_item", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();

    @Column(name = "issued_at")
    private @Nullable Instant issuedAt;

    @Column(name = "document_number", length = 16)
    private @Nullable String documentNumber;

    @Column(name = "fiscal_sign", length = 10)
    private @Nullable String fiscalSign;

    @Column(name = "storage_number", length = 16)
    private @Nullable String storageNumber;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private @Nullable Instant nextAttemptAt;

    @Version
    private @Nullable Integer version;

    protected FiscalReceipt() {}

    /**
     * The receipt of a confirmed payment, to be issued: its items, the payer's e-mail and/or phone from the payment
     * form, and the seller's details as the settings give them now.
     */
    public static FiscalReceipt requested(
            UUID paymentId,
            String accountNumber,
            List<Item> items,
            @Nullable String email,
            @Nullable String phone,
            FiscalSettings settings,
            Instant now) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A receipt has at least one item");
        }
        if (email == null && phone == null) {
            throw new IllegalArgumentException("A receipt goes to an e-mail or a phone");
        }
        var receipt = new FiscalReceipt();
        receipt.paymentId = Objects.requireNonNull(paymentId, "paymentId");
        receipt.accountNumber = Objects.requireNonNull(accountNumber, "accountNumber");
        receipt.items.addAll(items);
        receipt.amountKopecks = items.stream().mapToLong(Item::amountKopecks).reduce(0, Math::addExact);
        receipt.email = email;
        receipt.phone = phone;
        receipt.sellerName = settings.seller().name();
        receipt.sellerInn = settings.seller().inn();
        receipt.sellerAddress = settings.seller().address();
        receipt.taxation = settings.taxation();
        receipt.vat = settings.vat();
        receipt.status = Status.PENDING;
        receipt.requestedAt = now;
        receipt.nextAttemptAt = now;
        return receipt;
    }

    /** What the fiscal data operator is asked to register. */
    public FiscalReceiptRequest request() {
        return new FiscalReceiptRequest(
                paymentId,
                amountKopecks,
                items.stream()
                        .map(i -> new FiscalReceiptRequest.Item(i.name(), i.amountKopecks()))
                        .toList(),
                sellerInn,
                taxation,
                vat);
    }

    /**
     * The operator registered the receipt: {@code ISSUED} with its numbers, once. Empty when it was issued already (a
     * second issuer, a repeated round): nothing is to be told again.
     */
    public Optional<FiscalDocument> issued(FiscalDocument document) {
        if (status == Status.ISSUED) {
            return Optional.empty();
        }
        this.status = Status.ISSUED;
        this.documentNumber = document.documentNumber();
        this.fiscalSign = document.fiscalSign();
        this.storageNumber = document.storageNumber();
        this.issuedAt = document.registeredAt();
        this.nextAttemptAt = null;
        return Optional.of(document);
    }

    /** The operator did not answer: try again at {@code next}. */
    public void tryAgainAt(Instant next) {
        if (status == Status.PENDING) {
            this.attempts++;
            this.nextAttemptAt = next;
        }
    }

    public UUID paymentId() {
        return paymentId;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public long amountKopecks() {
        return amountKopecks;
    }

    public Status status() {
        return status;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }

    public String sellerName() {
        return sellerName;
    }

    public String sellerInn() {
        return sellerInn;
    }

    public String sellerAddress() {
        return sellerAddress;
    }

    public String taxation() {
        return taxation;
    }

    public String vat() {
        return vat;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public @Nullable Instant issuedAt() {
        return issuedAt;
    }

    public @Nullable String documentNumber() {
        return documentNumber;
    }

    public @Nullable String fiscalSign() {
        return fiscalSign;
    }

    public @Nullable String storageNumber() {
        return storageNumber;
    }

    public int attempts() {
        return attempts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalReceipt receipt && Objects.equals(paymentId, receipt.paymentId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(paymentId);
    }

    @Override
    public String toString() {
        return "FiscalReceipt[" + paymentId + ", " + AccountAccess.mask(accountNumber) + ", " + status + "]";
    }

    /** One item of the receipt: the service of a charge line, paid in full (54-FZ «Полный расчёт»). */
    @Embeddable
    public static class Item {

        @Column(name = "line_code", nullable = false, length = 40)
        private String lineCode;

        @Column(name = "name", nullable = false, length = 128)
        private String name;

        @Column(name = "amount_kopecks", nullable = false)
        private long amountKopecks;

        protected Item() {}

        public Item(String lineCode, String name, long amountKopecks) {
            if (amountKopecks <= 0) {
                throw new IllegalArgumentException("An item costs more than zero kopecks");
            }
            this.lineCode = Objects.requireNonNull(lineCode, "lineCode");
            this.name = Objects.requireNonNull(name, "name");
            this.amountKopecks = amountKopecks;
        }

        public String lineCode() {
            return lineCode;
        }

        public String name() {
            return name;
        }

        public long amountKopecks() {
            return amountKopecks;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Item item
                    && lineCode.equals(item.lineCode)
                    && name.equals(item.name)
                    && amountKopecks == item.amountKopecks;
        }

        @Override
        public int hashCode() {
            return Objects.hash(lineCode, name, amountKopecks);
        }
    }
}
