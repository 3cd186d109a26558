package dev.kabinet.account.offices.web;

import dev.kabinet.account.offices.OfficeForm;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Schema(name = "OfficeRequest", description = "An office as an operator writes it (AC-6)")
public record OfficeRequest(
        @Min(value = 0, message = "{field.office.position}") @Max(value = 1000, message = "{field.office.position}")
        int position,

        @NotBlank(message = "{field.office.name}") @Size(max = 200, message = "{field.office.name}")
        String name,

        @NotBlank(message = "{field.office.address}") @Size(max = 300, message = "{field.office.address}")
        String address,

        @NotEmpty(message = "{field.office.hours}") @Size(max = 10, message = "{field.office.hours}")
        List<@NotBlank(message = "{field.office.hours}") @Size(max = 45, message = "{field.office.hours}") String>
                hours,

        @Pattern(regexp = "\\+7\\d{10}", message = "{field.office.phone}") @Nullable
        String phone,

        @Size(max = 500, message = "{field.office.note}") @Nullable
        String note) {

    OfficeForm form() {
        return new OfficeForm(position, name, address, hours, phone, note);
    }
}
