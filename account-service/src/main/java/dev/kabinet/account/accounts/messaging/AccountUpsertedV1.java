package dev.kabinet.account.accounts.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.account.accounts.AccountRecord;
import dev.kabinet.account.accounts.BillDelivery;
import dev.kabinet.account.accounts.ChargeKind;
import dev.kabinet.account.accounts.ChargeLine;
import dev.kabinet.account.accounts.Meter;
import dev.kabinet.account.accounts.Preferences;
import dev.kabinet.account.accounts.UtilityService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * account-service's own copy of {@code backoffice.AccountUpserted.v1} (contracts/events). The listener path has
 * validated the data against the contract before it reads into this record, so required fields are present; what the
 * schema cannot check is checked by {@link AccountRecord}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccountUpsertedV1(
        String accountNumber,
        long revision,
        Instant changedAt,
        String ownerName,
        String address,
        @Nullable String flatNumber,
        @Nullable BigDecimal flatArea,
        @Nullable BigDecimal houseArea,
        @Nullable Integer rooms,
        int residents,
        @Nullable String phone,
        @Nullable String email,
        @Nullable PreferencesV1 preferences,
        List<UtilityService> services,
        List<ChargeLineV1> chargeLines,
        List<MeterV1> meters) {

    static final String TYPE = "backoffice.AccountUpserted.v1";

    record PreferencesV1(boolean smsInforming, boolean emailInforming, BillDelivery billDelivery) {}

    record ChargeLineV1(String code, UtilityService service, ChargeKind kind, String name) {}

    record MeterV1(
            long id,
            String serialNumber,
            UtilityService service,
            List<String> zones,
            int digitCapacity,
            int decimals,
            @Nullable LocalDate verificationDue,
            boolean remoteRead,
            boolean retired) {}

    /** The account record it describes; {@link dev.kabinet.account.accounts.AccountRecordInvalid} when none can be. */
    AccountRecord toRecord() {
        return new AccountRecord(
                accountNumber,
                revision,
                changedAt,
                ownerName,
                address,
                flatNumber,
                flatArea,
                houseArea,
                rooms,
                residents,
                phone,
                email,
                preferences == null
                        ? null
                        : new Preferences(
                                preferences.smsInforming(), preferences.emailInforming(), preferences.billDelivery()),
                Set.copyOf(services),
                chargeLines.stream()
                        .map(line -> ChargeLine.of(line.code(), line.service(), line.kind(), line.name()))
                        .toList(),
                meters.stream()
                        .map(meter -> Meter.of(
                                meter.id(),
                                meter.serialNumber(),
                                meter.service(),
                                meter.zones(),
                                meter.digitCapacity(),
                                meter.decimals(),
                                meter.verificationDue(),
                                meter.remoteRead(),
                                meter.retired()))
                        .toList());
    }
}
