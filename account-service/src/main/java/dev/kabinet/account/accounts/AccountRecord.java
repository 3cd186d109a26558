package dev.kabinet.account.accounts;

import dev.kabinet.platform.security.AccountNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as the back office's record describes it (BO-1), at one revision: the whole record, not a patch. Building
 * one checks what the contract's schema cannot: unique meters and charge lines, each of a service the account has, a
 * flat no larger than its house, a phone that is a phone. A record that breaks one of these is {@link
 * AccountRecordInvalid}.
 *
 * @param revision the back office's revision of the record: higher is newer
 * @param flatArea the flat's total area, m², two decimals; null when unknown
 * @param houseArea the whole house's total area, m²; null when unknown
 * @param phone E.164 once built (a Russian number is converted)
 * @param preferences null: the defaults ({@link Preferences#defaultsFor})
 */
public record AccountRecord(
        String number,
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
        Preferences preferences,
        Set<UtilityService> services,
        List<ChargeLine> chargeLines,
        List<Meter> meters) {

    public AccountRecord {
        if (!AccountNumber.isValid(number)) {
            throw new AccountRecordInvalid("/accountNumber not an account number");
        }
        if (revision < 1) {
            throw new AccountRecordInvalid("/revision below 1");
        }
        Objects.requireNonNull(changedAt, "changedAt");
        ownerName = text(ownerName, "/ownerName");
        address = text(address, "/address");
        flatNumber = flatNumber == null ? null : text(flatNumber, "/flatNumber");
        flatArea = area(flatArea, "/flatArea");
        houseArea = area(houseArea, "/houseArea");
        if (flatArea != null && houseArea != null && flatArea.compareTo(houseArea) > 0) {
            throw new AccountRecordInvalid("/flatArea larger than /houseArea");
        }
        if (rooms != null && rooms < 0) {
            throw new AccountRecordInvalid("/rooms negative");
        }
        if (residents < 0) {
            throw new AccountRecordInvalid("/residents negative");
        }
        if (phone != null) {
            phone = PhoneNumber.normalise(phone)
                    .orElseThrow(() -> new AccountRecordInvalid("/phone neither E.164 nor a Russian number"));
        }
        email = email == null || email.isBlank() ? null : email.strip();
        preferences = preferences == null ? Preferences.defaultsFor(email) : preferences;
        services = Set.copyOf(services);
        chargeLines = List.copyOf(chargeLines);
        meters = List.copyOf(meters);
        var codes = new HashSet<String>();
        for (int i = 0; i < chargeLines.size(); i++) {
            var line = chargeLines.get(i);
            if (!codes.add(line.code())) {
                throw new AccountRecordInvalid("/chargeLines/" + i + "/code repeated");
            }
            if (!services.contains(line.service())) {
                throw new AccountRecordInvalid("/chargeLines/" + i + "/service not on the account");
            }
        }
        var meterIds = new HashSet<Long>();
        for (int i = 0; i < meters.size(); i++) {
            var meter = meters.get(i);
            if (!meterIds.add(meter.id())) {
                throw new AccountRecordInvalid("/meters/" + i + "/id repeated");
            }
            if (!services.contains(meter.service())) {
                throw new AccountRecordInvalid("/meters/" + i + "/service not on the account");
            }
        }
    }

    private static String text(String value, String where) {
        if (value == null || value.isBlank()) {
            throw new AccountRecordInvalid(where + " blank");
        }
        return value.strip();
    }

    private static @Nullable BigDecimal area(@Nullable BigDecimal area, String where) {
        if (area == null) {
            return null;
        }
        if (area.signum() <= 0) {
            throw new AccountRecordInvalid(where + " not positive");
        }
        try {
            return area.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new AccountRecordInvalid(where + " more than two decimals");
        }
    }
}
