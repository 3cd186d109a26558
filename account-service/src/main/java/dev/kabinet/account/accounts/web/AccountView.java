package dev.kabinet.account.accounts.web;

import dev.kabinet.account.accounts.Account;
import dev.kabinet.account.accounts.UtilityService;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** An account as the cabinet shows it (AC-1). */
@Schema(name = "Account")
public record AccountView(
        @Schema(example = "1000000011") String number,

        @Schema(example = "г. Москва, ул. Лесная, д. 5, кв. 12")
        String address,

        @Schema(example = "Иванова Анна Сергеевна") String ownerName,
        List<UtilityService> services,

        @Schema(description = "Total area, m²", example = "54.30", nullable = true)
        BigDecimal totalArea,

        @Schema(nullable = true, example = "2") Integer rooms,

        @Schema(description = "Registered residents", example = "3")
        int residents) {

    static AccountView of(Account account) {
        return new AccountView(
                account.number(),
                account.address(),
                account.ownerName(),
                List.copyOf(account.services()),
                account.totalArea(),
                account.rooms(),
                account.residents());
    }
}
