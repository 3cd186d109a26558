package dev.kabinet.billing.accounts;

import java.util.Objects;

/**
 * A line an account is charged by (начисление; BL-1): the back office's stable code, its service and kind, and the
 * name printed on receipts ({@code Электроэнергия ОДН}).
 */
public record AccountChargeLine(String code, BilledService service, ChargeKind kind, String name) {

    public AccountChargeLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
