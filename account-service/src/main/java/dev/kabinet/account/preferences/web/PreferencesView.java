package dev.kabinet.account.preferences.web;

import dev.kabinet.account.accounts.Account;
import dev.kabinet.account.accounts.BillDelivery;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The account's contact and preferences as the cabinet shows them (AC-3). */
@Schema(name = "Preferences")
public record PreferencesView(
        @Schema(description = "The owner's mobile phone in E.164", nullable = true, example = "+79161234567") @Nullable
        String phone,

        @Schema(description = "The owner's e-mail", nullable = true, example = "ivanova@kabinet.local") @Nullable
        String email,

        @Schema(description = "Informing by SMS (debt, meters, tariffs, offices)")
        boolean smsInforming,

        @Schema(description = "Informing by e-mail") boolean emailInforming,

        @Schema(description = "The bill on paper to the address (PAPER) or by e-mail (EMAIL)")
        BillDelivery billDelivery,

        @Schema(description = "Closed accounts cannot change")
        boolean closed) {

    static PreferencesView of(Account account) {
        var preferences = account.preferences();
        return new PreferencesView(
                account.phone(),
                account.email(),
                preferences.smsInforming(),
                preferences.emailInforming(),
                preferences.billDelivery(),
                account.closed());
    }
}
