package dev.kabinet.account.offices.web;

import dev.kabinet.account.offices.Office;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(name = "Office", description = "A service office with its address and working hours (AC-6)")
public record OfficeView(
        long id,
        String name,
        String address,

        @Schema(
                description = "Working hours, one period an entry",
                example = "[\"Пн–Чт 8:00–17:00\", \"Пт 8:00–15:45\"]")
        List<String> hours,

        @Schema(description = "+7 and 10 digits", example = "+74951234500", nullable = true) @Nullable
        String phone,

        @Schema(nullable = true) @Nullable String note,
        int position) {

    static OfficeView of(Office office) {
        return new OfficeView(
                office.id(),
                office.name(),
                office.address(),
                office.hours(),
                office.phone(),
                office.note(),
                office.position());
    }
}
