package dev.kabinet.identity.registration.web;

import dev.kabinet.identity.registration.EmailRegistrations;
import dev.kabinet.identity.registration.PhoneRegistrations;
import dev.kabinet.identity.registration.RegistrationForm;
import dev.kabinet.identity.registration.Registrations;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/registrations", produces = "application/json")
@Tag(name = "Registration", description = "Регистрация жителя без входа в кабинет (ID-1)")
class RegistrationController {

    private final Registrations registrations;
    private final PhoneRegistrations phoneRegistrations;
    private final EmailRegistrations emailRegistrations;

    RegistrationController(
            Registrations registrations, PhoneRegistrations phoneRegistrations, EmailRegistrations emailRegistrations) {
        this.registrations = registrations;
        this.phoneRegistrations = phoneRegistrations;
        this.emailRegistrations = emailRegistrations;
    }

    /** ID-2: a login with an e-mail and no account yet. */
    record EmailRegistrationRequest(
            @Schema(description = "Логин: латинские буквы, цифры, . _ -, от 3 до 45 символов") @Nullable
            String username,

            @Nullable String password,
            @Nullable String repeatPassword,

            @Schema(description = "Адрес электронной почты; на него придёт ссылка для подтверждения") @Nullable
            String email,

            @Nullable Boolean consent,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record EmailRegisteredView(
            @Schema(description = "Логин для входа") String username,

            @Schema(description = "Адрес, на который ушла ссылка для подтверждения")
            String email) {}

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(path = "/by-email", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "registerByEmail",
            summary = "Register with a login and an e-mail (ID-2), then confirm the e-mail",
            description = "Open to visitors. The login has no account yet (the cabinet then offers to link one) and its"
                    + " e-mail is not confirmed until the resident follows Keycloak's link. The captcha solution is"
                    + " spent.")
    @ApiResponse(
            responseCode = "201",
            description = "Registered: the confirmation link is on its way; the resident may log in",
            content = @Content(schema = @Schema(implementation = EmailRegisteredView.class)))
    @ProblemResponse(
            status = 400,
            types = {"registration-invalid", "captcha-invalid"},
            description = "Fix the fields")
    @ProblemResponse(status = 409, types = "login-taken", description = "The username or e-mail is taken")
    @ProblemResponse(status = 429, types = "registration-attempts-exceeded", description = "Too many attempts")
    @ProblemResponse(status = 503, types = "identity-provider-unavailable", description = "Try again later")
    EmailRegisteredView registerByEmail(@RequestBody EmailRegistrationRequest request, HttpServletRequest http) {
        var registered = emailRegistrations.register(
                new EmailRegistrations.Form(
                        request.username(),
                        request.password(),
                        request.repeatPassword(),
                        request.email(),
                        Boolean.TRUE.equals(request.consent()),
                        request.captcha()),
                http.getRemoteAddr());
        return new EmailRegisteredView(registered.username(), registered.email());
    }

    /** The form as the resident typed it (ID-1). */
    record RegistrationRequest(
            @Schema(description = "Лицевой счёт, как введён: пробелы и дефисы допускаются", example = "1000 000 011")
            @Nullable
            String accountNumber,

            @Schema(description = "Фамилия владельца лицевого счёта", example = "Иванова") @Nullable
            String surname,

            @Schema(description = "Имя (для обращения; с данными лицевого счёта не сверяется)", example = "Анна")
            @Nullable
            String firstName,

            @Schema(
                    description = "Заводской номер установленного счётчика — только когда его запросили",
                    nullable = true)
            @Nullable
            String meterSerialNumber,

            @Schema(description = "Логин: латинские буквы, цифры, . _ -, от 3 до 45 символов") @Nullable
            String username,

            @Schema(description = "Пароль по правилам входа (Keycloak)") @Nullable
            String password,

            @Schema(description = "Адрес электронной почты") @Nullable
            String email,

            @Schema(description = "Согласие на обработку персональных данных (152-ФЗ)") @Nullable
            Boolean consent,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record RegisteredView(
            @Schema(description = "Логин для входа") String username,

            @Schema(description = "Лицевой счёт, привязанный к логину")
            String accountNumber) {}

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "register",
            summary = "Register by account number and owner surname",
            description = "Open to visitors. Creates the login and links the account once account-service's records"
                    + " prove ownership: the owner's surname (case and ё/е do not matter) or, when asked, a meter's"
                    + " serial number. A missing account and a wrong surname get the same answer. The captcha"
                    + " solution is spent even when the form is refused.")
    @ApiResponse(
            responseCode = "201",
            description = "Registered: the resident logs in with the username and password",
            content = @Content(schema = @Schema(implementation = RegisteredView.class)))
    @ProblemResponse(
            status = 400,
            types = {"registration-invalid", "captcha-invalid"},
            description = "Fix the fields")
    @ProblemResponse(
            status = 409,
            types = {"login-taken", "registration-account-registered"},
            description = "The username or e-mail is taken, or the account already has a login")
    @ProblemResponse(
            status = 422,
            types = {"meter-serial-needed", "registration-not-confirmed", "registration-account-closed"},
            description = "Ask for a meter's serial number; or automatic registration is impossible (what to do next)")
    @ProblemResponse(status = 429, types = "registration-attempts-exceeded", description = "Too many attempts")
    @ProblemResponse(
            status = 503,
            types = {"account-service-unavailable", "identity-provider-unavailable"},
            description = "Try again later")
    RegisteredView register(@RequestBody RegistrationRequest request, HttpServletRequest http) {
        var registered = registrations.register(
                new RegistrationForm(
                        request.accountNumber(),
                        request.surname(),
                        request.firstName(),
                        request.meterSerialNumber(),
                        request.username(),
                        request.password(),
                        request.email(),
                        Boolean.TRUE.equals(request.consent()),
                        request.captcha()),
                http.getRemoteAddr());
        return new RegisteredView(registered.username(), registered.accountNumber());
    }

    /** ID-3 step 1: the account number and the mobile phone on record. */
    record PhoneCodeRequest(
            @Schema(description = "Лицевой счёт, как введён", example = "1000 000 011") @Nullable
            String accountNumber,

            @Schema(description = "Мобильный телефон, 10 цифр", example = "9123456789") @Nullable
            String phone,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record PhoneCodeView(
            @Schema(description = "Подтверждение, к которому относится код")
            UUID confirmationId,

            @Schema(description = "Телефон, на который ушёл код, частично скрыт", example = "+7 *** ***-**-89")
            String phone,

            @Schema(description = "До какого момента действует код")
            Instant expiresAt) {}

    /** ID-3 step 2: the code from the SMS and the login's fields. */
    record PhoneRegistrationRequest(
            @Nullable UUID confirmationId,

            @Schema(description = "Код из SMS, 6 цифр") @Nullable
            String code,

            @Nullable String accountNumber,
            @Nullable String phone,
            @Nullable String username,
            @Nullable String firstName,
            @Nullable String surname,
            @Nullable String password,

            @Schema(description = "Адрес электронной почты, необязательно", nullable = true) @Nullable
            String email,

            @Nullable Boolean consent) {}

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(path = "/phone-codes", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "registrationPhoneCode",
            summary = "Register by phone (ID-3), step 1: send a code to the phone on record",
            description = "Open to visitors. The code goes out only when the phone is the account's phone on record;"
                    + " another phone and a missing account get the same refusal. The captcha solution is spent.")
    @ApiResponse(
            responseCode = "201",
            description = "The code went out",
            content = @Content(schema = @Schema(implementation = PhoneCodeView.class)))
    @ProblemResponse(
            status = 400,
            types = {"registration-invalid", "captcha-invalid"},
            description = "Fix the fields")
    @ProblemResponse(status = 409, types = "registration-account-registered", description = "Already registered")
    @ProblemResponse(
            status = 422,
            types = {"registration-phone-not-confirmed", "registration-account-closed"},
            description = "Not the phone on record; or the account is closed")
    @ProblemResponse(
            status = 429,
            types = {"registration-attempts-exceeded", "confirmation-resend-too-soon", "sms-limit-reached"},
            description = "Too many attempts or codes")
    @ProblemResponse(
            status = 503,
            types = {"account-service-unavailable", "sms-not-sent"},
            description = "Try again later")
    PhoneCodeView phoneCode(@RequestBody PhoneCodeRequest request, HttpServletRequest http) {
        var sent = phoneRegistrations.sendCode(
                request.accountNumber(), request.phone(), request.captcha(), http.getRemoteAddr());
        return new PhoneCodeView(sent.confirmationId(), sent.maskedPhone(), sent.expiresAt());
    }

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(path = "/by-phone", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "registerByPhone",
            summary = "Register by phone (ID-3), step 2: the code and the login",
            description = "Open to visitors. A taken username or e-mail is refused before the code is checked, so"
                    + " the code stays usable. Then the login is created and the account linked.")
    @ApiResponse(
            responseCode = "201",
            description = "Registered: the resident logs in with the username and password",
            content = @Content(schema = @Schema(implementation = RegisteredView.class)))
    @ProblemResponse(status = 400, types = "registration-invalid", description = "Fix the fields")
    @ProblemResponse(
            status = 404,
            types = "phone-confirmation-not-found",
            description = "No such confirmation for this account")
    @ProblemResponse(
            status = 409,
            types = {"login-taken", "registration-account-registered", "phone-confirmation-used"},
            description = "Taken, already registered, or the code was used")
    @ProblemResponse(
            status = 410,
            types = {"confirmation-code-expired", "confirmation-code-superseded", "confirmation-attempts-exhausted"},
            description = "Ask for a new code")
    @ProblemResponse(
            status = 422,
            types = {"confirmation-code-wrong", "registration-code-mismatch", "registration-phone-not-confirmed"},
            description = "A wrong code, or a code of another phone")
    @ProblemResponse(
            status = 503,
            types = {"account-service-unavailable", "identity-provider-unavailable"},
            description = "Try again later")
    RegisteredView registerByPhone(@RequestBody PhoneRegistrationRequest request, HttpServletRequest http) {
        var registered = phoneRegistrations.complete(
                new PhoneRegistrations.Completion(
                        request.confirmationId(),
                        request.code(),
                        request.accountNumber(),
                        request.phone(),
                        request.username(),
                        request.firstName(),
                        request.surname(),
                        request.password(),
                        request.email(),
                        Boolean.TRUE.equals(request.consent())),
                http.getRemoteAddr());
        return new RegisteredView(registered.username(), registered.accountNumber());
    }
}
