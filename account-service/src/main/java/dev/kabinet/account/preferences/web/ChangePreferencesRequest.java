package dev.kabinet.account.preferences.web;

import dev.kabinet.account.accounts.BillDelivery;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(name = "ChangePreferencesRequest", description = "The whole contact and preferences of the account (AC-3)")
public record ChangePreferencesRequest(
        @Schema(
                description = "A Russian mobile number as typed (9123456789, 8 912 345-67-89, +7 (912) 345-67-89);"
                        + " empty or null for none",
                nullable = true,
                example = "9123456789")
        @Size(max = 30, message = "{field.phone.invalid}")
        @Nullable
        String phone,

        @Schema(description = "E-mail; empty or null for none", nullable = true, example = "ivanova@kabinet.local")
        @Size(max = 254, message = "{field.email.invalid}")
        @Nullable
        String email,

        @Schema(description = "Informing by SMS; needs a phone")
        boolean smsInforming,

        @Schema(description = "Informing by e-mail; needs an e-mail")
        boolean emailInforming,

        @Schema(description = "PAPER or EMAIL (needs an e-mail)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{field.bill-delivery.required}")
        BillDelivery billDelivery) {}
