package dev.kabinet.identity.registration.web;

import dev.kabinet.identity.registration.RegistrationForm;
import dev.kabinet.identity.registration.Registrations;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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

    RegistrationController(Registrations registrations) {
        this.registrations = registrations;
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
}
