package dev.kabinet.account.offices;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An office as an operator writes it (validated at the edge): hours one period an entry, phone as +7 and 10 digits. */
public record OfficeForm(
        int position,
        String name,
        String address,
        List<String> hours,
        @Nullable String phone,
        @Nullable String note) {

    public OfficeForm {
        name = name.strip();
        address = address.strip();
        hours = hours.stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
