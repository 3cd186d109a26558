package dev.kabinet.demodata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The back office's own record of {@code backoffice.AccountUpserted.v1} (contracts/events): the whole account as the
 * utility's records hold it (BO-1, docs/adr/0009). Written as JSON in the contract's property order; absent optional
 * values are left out. Dates, instants and areas are strings in the contract's forms ({@code 2035-06-30},
 * {@code 2026-11-01T06:00:00Z}, {@code 54.30}), so the JSON is the same byte for byte on every run.
 *
 * @param accountNumber 10–13 digits; also the Kafka key
 * @param revision the back office's revision of this account's record, from 1; higher is newer
 * @param changedAt ISO-8601 instant of the change in the back office
 * @param ownerName surname first ({@code Иванова Анна Сергеевна})
 * @param flatNumber absent for a private house
 * @param flatArea the flat's total area, m², two decimals; absent for a private house
 * @param houseArea the whole building's total area, m², two decimals
 * @param phone E.164 or a Russian number as people write it; absent when the utility has none
 * @param email absent when the utility has none
 * @param services the services billed on the account, in the contract's names
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "accountNumber",
    "revision",
    "changedAt",
    "ownerName",
    "address",
    "flatNumber",
    "flatArea",
    "houseArea",
    "rooms",
    "residents",
    "phone",
    "email",
    "preferences",
    "services",
    "chargeLines",
    "meters"
})
public record AccountUpsertedV1(
        String accountNumber,
        long revision,
        String changedAt,
        String ownerName,
        String address,
        String flatNumber,
        String flatArea,
        String houseArea,
        Integer rooms,
        int residents,
        String phone,
        String email,
        Preferences preferences,
        List<String> services,
        List<ChargeLine> chargeLines,
        List<Meter> meters) {

    /** The logical event type on the wire (CloudEvents {@code type}). */
    public static final String TYPE = "backoffice.AccountUpserted.v1";

    public AccountUpsertedV1 {
        services = List.copyOf(services);
        chargeLines = List.copyOf(chargeLines);
        meters = List.copyOf(meters);
    }

    /** How the owner wants to be informed and billed (AC-3). {@code billDelivery}: {@code PAPER} or {@code EMAIL}. */
    @JsonPropertyOrder({"smsInforming", "emailInforming", "billDelivery"})
    public record Preferences(boolean smsInforming, boolean emailInforming, String billDelivery) {}

    /**
     * A line the account is charged by.
     *
     * @param code the back office's stable code ({@code EL}, {@code EL_ODN}, {@code VDGO} …)
     * @param kind {@code CONSUMPTION}, {@code COMMON_HOUSE} (ОДН), {@code MAINTENANCE} (ВДГО), {@code PENALTY}, {@code
     *     OTHER}
     * @param name the line's name on receipts
     */
    @JsonPropertyOrder({"code", "service", "kind", "name"})
    public record ChargeLine(String code, String service, String kind, String name) {}

    /**
     * An individual meter, retired ones included.
     *
     * @param id the utility's registry number, unique across all accounts
     * @param zones {@code [T1]}, {@code [T1, T2]} or {@code [T1, T2, T3]}
     * @param digitCapacity digits before the decimal point, 1–9
     * @param decimals digits after it, 0–3
     * @param verificationDue ISO date the verification (поверка) is due; absent when not tracked
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "id",
        "serialNumber",
        "service",
        "zones",
        "digitCapacity",
        "decimals",
        "verificationDue",
        "remoteRead",
        "retired"
    })
    public record Meter(
            long id,
            String serialNumber,
            String service,
            List<String> zones,
            int digitCapacity,
            int decimals,
            String verificationDue,
            boolean remoteRead,
            boolean retired) {

        public Meter {
            zones = List.copyOf(zones);
        }
    }
}
