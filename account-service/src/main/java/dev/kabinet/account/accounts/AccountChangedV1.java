package dev.kabinet.account.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Event {@code account.AccountChanged.v1} on topic {@code account.accounts}, key = account number: the account as it
 * now stands after each applied change, with its {@code sequence}. Its schema and golden example are in {@code
 * contracts/events/}; metering (meters), billing (services, charge lines, areas, residents), payment (charge lines)
 * and notification (contact, preferences) keep their own copies of the fields they read. Absent values are left out,
 * never written as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountChangedV1(
        String accountNumber,
        long sequence,
        Instant changedAt,
        boolean closed,
        @Nullable LocalDate closedOn,
        String ownerName,
        String address,
        @Nullable String flatNumber,
        @Nullable String flatArea,
        @Nullable String houseArea,
        @Nullable Integer rooms,
        int residents,
        List<UtilityService> services,
        List<ChargeLineV1> chargeLines,
        List<MeterV1> meters,
        ContactV1 contact,
        PreferencesV1 preferences) {

    public static final String TYPE = "account.AccountChanged.v1";

    /** The account's state as the event carries it. */
    public static AccountChangedV1 of(Account account) {
        return new AccountChangedV1(
                account.number(),
                account.sequence(),
                account.changedAt(),
                account.closed(),
                account.closedOn(),
                account.ownerName(),
                account.address(),
                account.flatNumber(),
                account.totalArea() == null ? null : account.totalArea().toPlainString(),
                account.houseArea() == null ? null : account.houseArea().toPlainString(),
                account.rooms(),
                account.residents(),
                List.copyOf(account.services()),
                account.chargeLines().stream()
                        .map(line -> new ChargeLineV1(line.code(), line.service(), line.kind(), line.name()))
                        .toList(),
                account.meters().stream().map(MeterV1::of).toList(),
                new ContactV1(account.phone(), account.email()),
                new PreferencesV1(
                        account.preferences().smsInforming(),
                        account.preferences().emailInforming(),
                        account.preferences().billDelivery()));
    }

    public record ChargeLineV1(String code, UtilityService service, ChargeKind kind, String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeterV1(
            long id,
            String serialNumber,
            UtilityService service,
            List<String> zones,
            int digitCapacity,
            int decimals,
            @Nullable LocalDate verificationDue,
            boolean remoteRead,
            boolean retired) {

        static MeterV1 of(Meter meter) {
            return new MeterV1(
                    meter.id(),
                    meter.serialNumber(),
                    meter.service(),
                    meter.zones(),
                    meter.digitCapacity(),
                    meter.decimals(),
                    meter.verificationDue(),
                    meter.remoteRead(),
                    meter.retired());
        }
    }

    /** @param phone E.164 */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactV1(
            @Nullable String phone, @Nullable String email) {}

    public record PreferencesV1(boolean smsInforming, boolean emailInforming, BillDelivery billDelivery) {}
}
