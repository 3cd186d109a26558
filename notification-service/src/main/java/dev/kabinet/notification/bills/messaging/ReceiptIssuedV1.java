package dev.kabinet.notification.bills.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.notification.deliveries.IssuedReceipt;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Notification's own copy of {@code billing.ReceiptIssued.v1} (contracts/events): only the fields it reads. The golden
 * example of the contract must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReceiptIssuedV1(
        @Nullable String accountNumber,
        @Nullable String period,
        @Nullable LocalDate dueDate,
        @Nullable Long totalKopecks,
        @Nullable List<LineV1> lines) {

    static final String TYPE = "billing.ReceiptIssued.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LineV1(@Nullable Long closingKopecks) {}

    /** The bill as notification takes it: the debt is the sum of the lines' closing balances. */
    IssuedReceipt toIssuedReceipt() {
        if (accountNumber == null || period == null || dueDate == null || totalKopecks == null || lines == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
        long debt = 0;
        for (var line : lines) {
            if (line == null || line.closingKopecks() == null) {
                throw new MalformedEvent("unreadable: " + TYPE + " line without closingKopecks");
            }
            debt += line.closingKopecks();
        }
        return new IssuedReceipt(accountNumber, YearMonth.parse(period), totalKopecks, dueDate, debt);
    }
}
