package dev.kabinet.account.accounts.web;

import dev.kabinet.account.accounts.AccountNumber;
import dev.kabinet.account.accounts.Accounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Лицевые счета жителя (AC-1)")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(
            summary = "The caller's linked accounts",
            description = "Accounts linked to the login, in the order the identity provider lists them; empty for"
                    + " an operator, who reads accounts by number.")
    List<AccountView> linked() {
        return accounts.linkedToCaller().stream().map(AccountView::of).toList();
    }

    @GetMapping("/{number}")
    @Operation(
            summary = "One account's details",
            description = "403 account-access-denied unless the account is linked to the caller (or the caller is"
                    + " an operator); 404 account-not-found for an operator asking for an unknown number.")
    AccountView details(
            @Parameter(example = "1000000011")
                    @PathVariable
                    @Pattern(regexp = AccountNumber.PATTERN, message = AccountNumber.MESSAGE)
                    String number) {
        return AccountView.of(accounts.details(number));
    }
}
