package dev.kabinet.identity.profiles.web;

import dev.kabinet.identity.profiles.Passwords;
import dev.kabinet.identity.profiles.ProfileChanges;
import dev.kabinet.identity.profiles.Profiles;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Profile", description = "Учётная запись жителя (ID-8, ID-10)")
class ProfileController {

    /** Tells the gateway to renew the session's access token (ADR 0019): the username in it changed. */
    static final String TOKEN_STALE = "Kabinet-Token-Stale";

    private final Profiles profiles;
    private final Passwords passwords;
    private final ProfileChanges changes;

    ProfileController(Profiles profiles, Passwords passwords, ProfileChanges changes) {
        this.profiles = profiles;
        this.passwords = passwords;
        this.changes = changes;
    }

    record PasswordChangeRequest(
            @Schema(description = "Текущий пароль") @Nullable
            String currentPassword,

            @Schema(description = "Новый пароль по правилам входа (Keycloak)") @Nullable
            String newPassword,

            @Schema(description = "Новый пароль ещё раз") @Nullable
            String repeatPassword,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {

        @Override
        public String toString() {
            return "PasswordChangeRequest[***]";
        }
    }

    @PostMapping(path = "/password", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "changePassword",
            summary = "Change the caller's password (ID-8)",
            description = "Checks the current password (a wrong one counts as a failed login), sets the new one by"
                    + " the realm's policy and ends the login's other sessions; the caller's own session stays.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ProblemResponse(
            status = 400,
            types = {"password-change-invalid", "captcha-invalid"},
            description = "Fix the fields")
    @ProblemResponse(status = 503, types = "identity-provider-unavailable", description = "Try again later")
    void changePassword(@AuthenticationPrincipal Jwt token, @RequestBody PasswordChangeRequest request) {
        passwords.change(
                token.getSubject(),
                token.getClaimAsString("preferred_username"),
                token.getClaimAsString("sid"),
                new Passwords.PasswordChange(
                        request.currentPassword(), request.newPassword(), request.repeatPassword(), request.captcha()));
    }

    record EmailChangeRequest(
            @Schema(description = "Новый адрес электронной почты", example = "anna@example.ru") @Nullable
            String email,

            @Schema(description = "Новый адрес ещё раз") @Nullable
            String repeatEmail,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    @PutMapping(path = "/email", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "changeEmail",
            summary = "Change the caller's e-mail (ID-8)",
            description = "Sets the new address as not confirmed and sends Keycloak's verification link to it.")
    @ApiResponse(responseCode = "204", description = "Changed; the link went to the new address")
    @ProblemResponse(
            status = 400,
            types = {"email-change-invalid", "captcha-invalid"},
            description = "Fix the fields")
    @ProblemResponse(status = 503, types = "identity-provider-unavailable", description = "Try again later")
    void changeEmail(@AuthenticationPrincipal Jwt token, @RequestBody EmailChangeRequest request) {
        passwords.changeEmail(
                token.getSubject(),
                new Passwords.EmailChange(request.email(), request.repeatEmail(), request.captcha()));
    }

    record EmailConfirmationRequest(
            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record EmailConfirmationView(
            @Schema(description = "Письмо со ссылкой отправлено (false: адрес уже подтверждён или его нет)")
            boolean sent) {}

    @PostMapping(path = "/email-confirmations", consumes = "application/json")
    @Operation(
            operationId = "resendEmailConfirmation",
            summary = "Send the e-mail confirmation link again (ID-2, ID-8)",
            description = "Behind a captcha. Keycloak sends its confirmation link to the caller's e-mail if it is not"
                    + " confirmed yet.")
    @ApiResponse(
            responseCode = "200",
            description = "Whether a letter went out",
            content = @Content(schema = @Schema(implementation = EmailConfirmationView.class)))
    @ProblemResponse(status = 400, types = "captcha-invalid", description = "Solve the captcha again")
    @ProblemResponse(status = 503, types = "identity-provider-unavailable", description = "Try again later")
    EmailConfirmationView resendEmailConfirmation(
            @AuthenticationPrincipal Jwt token, @RequestBody EmailConfirmationRequest request) {
        return new EmailConfirmationView(passwords.resendEmailConfirmation(token.getSubject(), request.captcha()));
    }

    record LogoutEverywhereRequest(
            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    @PostMapping(path = "/logout-everywhere", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "logOutEverywhere",
            summary = "End every session of the caller's login (ID-10)",
            description = "Behind a captcha, like every change of the login (manual 001). Keycloak ends every session"
                    + " and tells the gateway by back-channel logout; the next call of any of them, this one's too,"
                    + " gets 401.")
    @ApiResponse(responseCode = "204", description = "All sessions ended")
    @ProblemResponse(status = 400, types = "captcha-invalid", description = "Solve the captcha again")
    @ProblemResponse(status = 503, types = "identity-provider-unavailable", description = "Try again later")
    void logOutEverywhere(@AuthenticationPrincipal Jwt token, @RequestBody LogoutEverywhereRequest request) {
        passwords.logOutEverywhere(token.getSubject(), request.captcha());
    }

    record UsernameChangeRequest(
            @Schema(description = "Новый логин: 3–45 латинских букв, цифр и знаков . _ -", example = "anna_ivanova")
            @Nullable
            String username,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record UsernameChangedView(
            @Schema(example = "anna_ivanova") String username) {}

    @PutMapping(path = "/username", consumes = "application/json", produces = "application/json")
    @Operation(
            operationId = "changeUsername",
            summary = "Change the caller's username (ID-8, where the utility allows it)",
            description = "Behind a captcha. The login keeps its password, accounts and sessions; the session's token"
                    + " is renewed with the new name. A notice goes to the resident (identity.ProfileChanged.v1).")
    @ApiResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = UsernameChangedView.class)))
    @ProblemResponse(
            status = 400,
            types = {"username-change-invalid", "captcha-invalid"},
            description = "Fix the field")
    @ProblemResponse(
            status = 403,
            types = "username-change-not-allowed",
            description = "The utility does not allow changing the username")
    @ProblemResponse(status = 503, types = "identity-provider-unavailable", description = "Try again later")
    UsernameChangedView changeUsername(
            @AuthenticationPrincipal Jwt token,
            @RequestBody UsernameChangeRequest request,
            HttpServletResponse response) {
        String username = changes.changeUsername(token.getSubject(), request.username(), request.captcha());
        response.setHeader(TOKEN_STALE, "username");
        return new UsernameChangedView(username);
    }

    record PhoneChangeCodeRequest(
            @Schema(description = "Новый номер мобильного телефона, 10 цифр", example = "9123456789") @Nullable
            String phone,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record PhoneChangeCodeView(
            @Schema(description = "Подтверждение, к которому относится код")
            UUID confirmationId,

            @Schema(example = "+7 912 ***-**-89") String maskedPhone,

            @Schema(description = "До какого времени действует код")
            Instant expiresAt) {}

    @PostMapping(path = "/phone-codes", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "sendPhoneChangeCode",
            summary = "Send an SMS code to the caller's new phone (ID-8)",
            description = "Behind a captcha; one-time code rules of ADR 0011 (5 minutes, 5 attempts, cooldown, caps).")
    @ApiResponse(
            responseCode = "201",
            description = "The code went out",
            content = @Content(schema = @Schema(implementation = PhoneChangeCodeView.class)))
    @ProblemResponse(
            status = 400,
            types = {"phone-number-invalid", "captcha-invalid"},
            description = "Fix the field")
    @ProblemResponse(
            status = 429,
            types = {"confirmation-resend-too-soon", "sms-limit-reached"},
            description = "Wait (Retry-After)")
    @ProblemResponse(status = 503, types = "sms-not-sent", description = "Try again later")
    PhoneChangeCodeView sendPhoneCode(
            @AuthenticationPrincipal Jwt token, @RequestBody PhoneChangeCodeRequest request, HttpServletRequest http) {
        var sent = changes.sendPhoneCode(token.getSubject(), request.phone(), request.captcha(), http.getRemoteAddr());
        return new PhoneChangeCodeView(sent.confirmationId(), sent.maskedPhone(), sent.expiresAt());
    }

    record PhoneChangeRequest(
            @Schema(description = "Подтверждение из ответа на запрос кода") @Nullable
            UUID confirmationId,

            @Schema(description = "Код из SMS, 6 цифр", example = "123456") @Nullable
            String code) {}

    record PhoneChangedView(
            @Schema(description = "Телефон в формате E.164", example = "+79123456789")
            String phone) {}

    @PutMapping(path = "/phone", consumes = "application/json", produces = "application/json")
    @Operation(
            operationId = "changePhone",
            summary = "Set the caller's phone with the SMS code sent to it (ID-8)",
            description = "A notice goes to the resident (identity.ProfileChanged.v1).")
    @ApiResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = PhoneChangedView.class)))
    @ProblemResponse(status = 400, types = "phone-change-invalid", description = "Fix the fields")
    @ProblemResponse(
            status = 404,
            types = "phone-confirmation-not-found",
            description = "No such confirmation of the caller's")
    @ProblemResponse(
            status = 410,
            types = {"confirmation-code-expired", "phone-confirmation-used", "confirmation-code-superseded"},
            description = "Ask for a new code")
    @ProblemResponse(
            status = 422,
            types = {"confirmation-code-wrong", "confirmation-attempts-exhausted"},
            description = "The code is wrong, or no longer accepted")
    @ProblemResponse(status = 503, types = "identity-provider-unavailable", description = "Try again later")
    PhoneChangedView changePhone(@AuthenticationPrincipal Jwt token, @RequestBody PhoneChangeRequest request) {
        return new PhoneChangedView(changes.confirmPhone(token.getSubject(), request.confirmationId(), request.code()));
    }

    @GetMapping(produces = "application/json")
    @Operation(
            operationId = "me",
            summary = "The caller's profile",
            description = "Read from Keycloak for the token's subject, so it shows changes made since the login."
                    + " 503 identity-provider-unavailable when Keycloak does not answer in time.")
    @ApiResponse(
            responseCode = "200",
            description = "The caller's profile",
            content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @ProblemResponse(
            status = 404,
            types = "profile-not-found",
            description = "The login's user is gone from the identity provider")
    @ProblemResponse(
            status = 503,
            types = "identity-provider-unavailable",
            description = "The identity provider does not answer; try again later")
    ProfileView me(@AuthenticationPrincipal Jwt token) {
        return ProfileView.of(profiles.ofCaller(token.getSubject(), token.getClaimAsString("preferred_username")));
    }
}
