package dev.kabinet.account.preferences.web;

import dev.kabinet.account.preferences.ContactChange;
import dev.kabinet.account.preferences.ContactPreferences;
import dev.kabinet.platform.security.AccountNumber;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/preferences", produces = "application/json")
@Tag(name = "Preferences", description = "Контакты и настройки информирования (AC-3)")
class PreferencesController {

    private final ContactPreferences preferences;

    PreferencesController(ContactPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @Operation(
            operationId = "preferences",
            summary = "The account's contact and preferences",
            description = "Phone (E.164), e-mail, SMS and e-mail informing, bill delivery (AC-3).")
    @ApiResponse(
            responseCode = "200",
            description = "The contact and preferences",
            content = @Content(schema = @Schema(implementation = PreferencesView.class)))
    @ProblemResponse(status = 404, types = "account-not-found", description = "(operators) no such account")
    PreferencesView current(AccountNumber number) {
        return PreferencesView.of(preferences.current(number.value()));
    }

    @PutMapping(consumes = "application/json")
    @Operation(
            operationId = "changePreferences",
            summary = "Change the account's contact and preferences",
            description = "Replaces the phone, e-mail and preferences (AC-3). The phone is a Russian mobile number,"
                    + " kept in E.164; SMS informing needs a phone, e-mail informing and the bill by e-mail need an"
                    + " e-mail. Every field problem is reported at once in `errors[]` (`contact-preferences-invalid`);"
                    + " a refused change stores nothing. A change is audited and sent to the utility's back office"
                    + " (account.ContactChanged.v1 on account.contact-changes).")
    @ApiResponse(
            responseCode = "200",
            description = "Saved; the contact and preferences as they now stand",
            content = @Content(schema = @Schema(implementation = PreferencesView.class)))
    @ProblemResponse(status = 404, types = "account-not-found", description = "(operators) no such account")
    @ProblemResponse(status = 409, types = "account-closed", description = "The account is closed")
    @ProblemResponse(
            status = 422,
            types = "contact-preferences-invalid",
            description = "A field does not fit: see `errors[]` (phone, email)")
    PreferencesView change(AccountNumber number, @Valid @RequestBody ChangePreferencesRequest request) {
        var change = ContactChange.of(
                request.phone(),
                request.email(),
                request.smsInforming(),
                request.emailInforming(),
                request.billDelivery());
        return PreferencesView.of(preferences.change(number.value(), change));
    }
}
