package dev.kabinet.account.accounts.web;

import dev.kabinet.account.accounts.Account;
import dev.kabinet.account.accounts.UtilityService;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An account as the cabinet shows it (AC-1): everything the utility's record holds about the household. */
@Schema(name = "Account")
public record AccountView(
        @Schema(example = "1000000011") String number,

        @Schema(example = "г. Москва, ул. Лесная, д. 5, кв. 12")
        String address,

        @Schema(description = "Flat (or room) number; null for a house", nullable = true, example = "12") @Nullable
        String flatNumber,

        @Schema(example = "Иванова Анна Сергеевна") String ownerName,

        @Schema(description = "The utility services billed on the account, in catalogue order")
        List<UtilityService> services,

        @Schema(description = "Total area of the flat, m²", example = "54.30", nullable = true) @Nullable
        BigDecimal totalArea,

        @Schema(description = "Total area of the whole house, m²", example = "3120.50", nullable = true) @Nullable
        BigDecimal houseArea,

        @Schema(nullable = true, example = "2") @Nullable Integer rooms,

        @Schema(description = "Registered residents", example = "3")
        int residents,

        @Schema(description = "The owner's phone in E.164", nullable = true, example = "+79161234567") @Nullable
        String phone,

        @Schema(description = "The owner's e-mail", nullable = true, example = "ivanova@kabinet.local") @Nullable
        String email,

        @Schema(description = "Closed by the utility: shown for its history, takes no new readings or payments")
        boolean closed,

        @Schema(description = "The day it was closed; null while open", nullable = true, example = "2026-11-30")
        @Nullable
        LocalDate closedOn) {

    static AccountView of(Account account) {
        return new AccountView(
                account.number(),
                account.address(),
                account.flatNumber(),
                account.ownerName(),
                List.copyOf(account.services()),
                account.totalArea(),
                account.houseArea(),
                account.rooms(),
                account.residents(),
                account.phone(),
                account.email(),
                account.closed(),
                account.closedOn());
    }
}
