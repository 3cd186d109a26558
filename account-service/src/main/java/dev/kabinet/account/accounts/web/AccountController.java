package dev.kabinet.account.accounts.web;

import dev.kabinet.account.accounts.Accounts;
import dev.kabinet.platform.security.AccountNumber;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts", produces = "application/json")
@Tag(name = "Accounts", description = "Лицевые счета жителя (AC-1)")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(
            operationId = "linked",
            summary = "The caller's linked accounts",
            description = "Accounts linked to the login, in the order the identity provider lists them, closed ones"
                    + " included (marked closed); empty for an operator, who reads accounts by number.")
    @ApiResponse(
            responseCode = "200",
            description = "The linked accounts",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = AccountView.class))))
    List<AccountView> linked() {
        return accounts.linkedToCaller().stream().map(AccountView::of).toList();
    }

    @GetMapping("/{number}")
    @Operation(
            operationId = "details",
            summary = "One account's details",
            description = "Everything the utility's record holds (AC-1): owner, address, flat and house area, rooms,"
                    + " residents, phone, e-mail, services, and whether it is closed. 403 account-access-denied"
                    + " unless the account is linked to the caller (or the caller is an operator); 404"
                    + " account-not-found for an operator asking for an unknown number.")
    @ApiResponse(
            responseCode = "200",
            description = "The account",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @ProblemResponse(
            status = 404,
            types = "account-not-found",
            description = "No account with this number (only an operator is told so)")
    AccountView details(AccountNumber number) {
        return AccountView.of(accounts.details(number.value()));
    }
}
