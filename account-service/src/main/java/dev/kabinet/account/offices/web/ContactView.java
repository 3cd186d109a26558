package dev.kabinet.account.offices.web;

import dev.kabinet.account.offices.UtilityContact;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

@Schema(name = "UtilityContact", description = "One of the utility's contacts (AC-6): a phone, an e-mail or both")
public record ContactView(
        String label,

        @Schema(description = "+7 and 10 digits", example = "+78001234567", nullable = true) @Nullable
        String phone,

        @Schema(nullable = true) @Nullable String email,

        @Schema(description = "When it answers", nullable = true) @Nullable
        String hours) {

    static ContactView of(UtilityContact contact) {
        return new ContactView(contact.label(), contact.phone(), contact.email(), contact.hours());
    }
}
