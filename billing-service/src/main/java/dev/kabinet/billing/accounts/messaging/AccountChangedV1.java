package dev.kabinet.billing.accounts.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledAccount;
import dev.kabinet.billing.accounts.BilledMeter;
import dev.kabinet.billing.accounts.BilledService;
import dev.kabinet.billing.accounts.ChargeKind;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Billing's own copy of {@code account.AccountChanged.v1} (contracts/events): only the fields it reads. The golden
 * example of the contract must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccountChangedV1(
        @Nullable String accountNumber,
        @Nullable Long sequence,
        @Nullable Boolean closed,
        @Nullable LocalDate closedOn,
        @Nullable String flatArea,
        @Nullable String houseArea,
        @Nullable Integer residents,
        @Nullable List<String> services,
        @Nullable List<ChargeLineV1> chargeLines,
        @Nullable List<MeterV1> meters) {

    static final String TYPE = "account.AccountChanged.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChargeLineV1(
            @Nullable String code,
            @Nullable String service,
            @Nullable String kind,
            @Nullable String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeterV1(
            @Nullable Long id,
            @Nullable String service,
            @Nullable List<String> zones,
            @Nullable Integer digitCapacity,
            @Nullable Integer decimals,
            @Nullable Boolean retired) {}

    /**
     * The account as billing keeps it. An event that cannot be one is malformed: dead-lettered at once, never retried;
     * the reason names where and which rule, never a value.
     */
    BilledAccount toBilledAccount() {
        if (accountNumber == null || sequence == null || closed == null || services == null || chargeLines == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
        var onAccount = EnumSet.noneOf(BilledService.class);
        for (int i = 0; i < services.size(); i++) {
            onAccount.add(service(services.get(i), "/services/" + i));
        }
        var lines = new ArrayList<AccountChargeLine>();
        var codes = new HashSet<String>();
        for (int i = 0; i < chargeLines.size(); i++) {
            var line = chargeLines.get(i);
            var where = "/chargeLines/" + i;
            if (line == null
                    || line.code() == null
                    || line.service() == null
                    || line.kind() == null
                    || line.name() == null) {
                throw new MalformedEvent("unreadable: " + where + " without a required field");
            }
            if (!codes.add(line.code())) {
                throw new MalformedEvent("invalid-record: " + where + "/code repeated");
            }
            var service = service(line.service(), where + "/service");
            if (!onAccount.contains(service)) {
                throw new MalformedEvent("invalid-record: " + where + "/service not on the account");
            }
            ChargeKind kind;
            try {
                kind = ChargeKind.valueOf(line.kind());
            } catch (IllegalArgumentException e) {
                throw new MalformedEvent("invalid-record: " + where + "/kind unknown", e);
            }
            lines.add(new AccountChargeLine(line.code(), service, kind, line.name()));
        }
        var billedMeters = new ArrayList<BilledMeter>();
        var list = meters == null ? List.<MeterV1>of() : meters;
        for (int i = 0; i < list.size(); i++) {
            var meter = list.get(i);
            var where = "/meters/" + i;
            if (meter == null
                    || meter.id() == null
                    || meter.service() == null
                    || meter.zones() == null
                    || meter.digitCapacity() == null
                    || meter.decimals() == null
                    || meter.retired() == null) {
                throw new MalformedEvent("unreadable: " + where + " without a required field");
            }
            billedMeters.add(new BilledMeter(
                    meter.id(),
                    service(meter.service(), where + "/service"),
                    meter.zones(),
                    meter.digitCapacity(),
                    meter.decimals(),
                    meter.retired()));
        }
        return new BilledAccount(
                accountNumber,
                sequence,
                closed,
                closed ? closedOn : null,
                area(flatArea, "/flatArea"),
                area(houseArea, "/houseArea"),
                residents,
                onAccount,
                lines,
                billedMeters);
    }

    private static BilledService service(@Nullable String name, String where) {
        try {
            return BilledService.valueOf(String.valueOf(name));
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("invalid-record: " + where + " unknown service", e);
        }
    }

    private static @Nullable BigDecimal area(@Nullable String area, String where) {
        if (area == null) {
            return null;
        }
        try {
            return new BigDecimal(area);
        } catch (NumberFormatException e) {
            throw new MalformedEvent("invalid-record: " + where + " not a decimal", e);
        }
    }
}
