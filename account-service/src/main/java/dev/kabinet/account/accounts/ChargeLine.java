package dev.kabinet.account.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A line the account is charged by (начисление): it belongs to one of the account's services and has a kind
 * (electricity, its common-house part, the penalty; natural gas, VDGO maintenance). Balances, receipts and payments
 * are kept per line by billing and payment; account-service only holds which lines the account has.
 */
@Embeddable
public class ChargeLine {

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false, length = 40)
    private UtilityService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ChargeKind kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected ChargeLine() {}

    private ChargeLine(String code, UtilityService service, ChargeKind kind, String name) {
        this.code = Objects.requireNonNull(code, "code");
        this.service = Objects.requireNonNull(service, "service");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name").strip();
    }

    public static ChargeLine of(String code, UtilityService service, ChargeKind kind, String name) {
        return new ChargeLine(code, service, kind, name);
    }

    public String code() {
        return code;
    }

    public UtilityService service() {
        return service;
    }

    public ChargeKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChargeLine line
                && code.equals(line.code)
                && service == line.service
                && kind == line.kind
                && name.equals(line.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, service, kind, name);
    }

    @Override
    public String toString() {
        return "ChargeLine[" + code + ", " + service + ", " + kind + "]";
    }
}
