package dev.kabinet.notification.contacts.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.notification.contacts.BillDelivery;
import dev.kabinet.notification.contacts.ContactChange;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Notification's own copy of {@code account.AccountChanged.v1} (contracts/events): only the fields it reads. The golden
 * example of the contract must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccountChangedV1(
        @Nullable String accountNumber,
        @Nullable Long sequence,
        @Nullable ContactV1 contact,
        @Nullable PreferencesV1 preferences,
        @Nullable List<MeterV1> meters) {

    static final String TYPE = "account.AccountChanged.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactV1(@Nullable String phone, @Nullable String email) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeterV1(@Nullable Long id, @Nullable String serialNumber) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PreferencesV1(
            @Nullable Boolean smsInforming,
            @Nullable Boolean emailInforming,
            @Nullable String billDelivery) {}

    /** The change as notification's contacts take it; an event that cannot be one is malformed, never retried. */
    ContactChange toContactChange() {
        if (accountNumber == null
                || sequence == null
                || contact == null
                || preferences == null
                || preferences.smsInforming() == null
                || preferences.emailInforming() == null
                || preferences.billDelivery() == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
        BillDelivery delivery;
        try {
            delivery = BillDelivery.valueOf(preferences.billDelivery());
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("invalid-record: /preferences/billDelivery unknown", e);
        }
        var serials = new HashMap<Long, String>();
        if (meters != null) {
            for (MeterV1 meter : meters) {
                if (meter != null && meter.id() != null && meter.serialNumber() != null) {
                    serials.put(meter.id(), meter.serialNumber());
                }
            }
        }
        return new ContactChange(
                accountNumber,
                sequence,
                contact.phone(),
                contact.email(),
                preferences.smsInforming(),
                preferences.emailInforming(),
                delivery,
                serials);
    }
}
