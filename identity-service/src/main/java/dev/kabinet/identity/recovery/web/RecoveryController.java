package dev.kabinet.identity.recovery.web;

import dev.kabinet.identity.recovery.Recoveries;
import dev.kabinet.identity.recovery.Recoveries.Channel;
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

/** Password recovery without a login (ID-7, ID-5; ADR 0026): every operation is open to visitors. */
@RestController
@RequestMapping(path = "/api/v1/recoveries", produces = "application/json")
@Tag(name = "Recovery", description = "Восстановление пароля и логина без входа в кабинет (ID-7)")
class RecoveryController {

    private final Recoveries recoveries;

    RecoveryController(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    record RecoveryRequest(
            @Schema(description = "Как восстановить: ссылка на e-mail или код в SMS", example = "EMAIL") @Nullable
            Channel channel,

            @Schema(
                    description = "EMAIL: логин, адрес электронной почты или номер лицевого счёта",
                    example = "ivanova",
                    nullable = true)
            @Nullable
            String identifier,

            @Schema(description = "SMS: лицевой счёт, как введён", example = "1000 000 011", nullable = true) @Nullable
            String accountNumber,

            @Schema(description = "SMS: мобильный телефон на учёте, 10 цифр", example = "9123456789", nullable = true)
            @Nullable
            String phone,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record RecoveryStartedView(
            @Schema(description = "Запрос восстановления; шаг с кодом из SMS называет его")
            UUID recoveryId,

            Channel channel,

            @Schema(description = "До какого момента действуют ссылка или код")
            Instant expiresAt) {}

    record RecoveryLinkRequest(
            @Schema(description = "Токен из ссылки в письме (после #token=)") @Nullable
            String token) {}

    record RecoveryLinkView(
            @Schema(description = "Логин, который восстанавливается", example = "ivanova")
            String username,

            Instant expiresAt) {}

    record RecoveryLinkCompletionRequest(
            @Nullable String token,

            @Schema(description = "Новый пароль по правилам входа") @Nullable
            String newPassword,

            @Nullable String repeatPassword) {}

    record RecoveryCodeCompletionRequest(
            @Nullable UUID recoveryId,

            @Schema(description = "Код из SMS, 6 цифр") @Nullable
            String code,

            @Nullable String newPassword,
            @Nullable String repeatPassword,

            @Schema(description = "Новый логин, необязательно (если компания это разрешает)", nullable = true) @Nullable
            String newUsername) {}

    record RecoveryDoneView(
            @Schema(description = "Логин для входа", example = "ivanova")
            String username) {}

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            operationId = "startRecovery",
            summary = "Recover a password (ID-7): send a link by e-mail or a code by SMS",
            description = "Open to visitors. EMAIL: the username, the e-mail or an account number; the letter carries"
                    + " the login and a one-time link. SMS: the account number and the phone on record; the code goes"
                    + " to that phone. The answer is the same whether or not such a login exists. The captcha"
                    + " solution is spent.")
    @ApiResponse(
            responseCode = "202",
            description = "If such a login exists, the link or the code is on its way",
            content = @Content(schema = @Schema(implementation = RecoveryStartedView.class)))
    @ProblemResponse(
            status = 400,
            types = {"recovery-invalid", "captcha-invalid"},
            description = "Fix the fields")
    @ProblemResponse(
            status = 429,
            types = {"recovery-attempts-exceeded", "recovery-resend-too-soon"},
            description = "Too many requests")
    @ProblemResponse(
            status = 503,
            types = {"account-service-unavailable", "identity-provider-unavailable"},
            description = "Try again later")
    RecoveryStartedView start(@RequestBody RecoveryRequest request, HttpServletRequest http) {
        var started = recoveries.start(
                new Recoveries.Start(
                        request.channel(),
                        request.identifier(),
                        request.accountNumber(),
                        request.phone(),
                        request.captcha()),
                http.getRemoteAddr());
        return new RecoveryStartedView(started.recoveryId(), started.channel(), started.expiresAt());
    }

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(path = "/link-checks", consumes = "application/json")
    @Operation(
            operationId = "checkRecoveryLink",
            summary = "Recover by e-mail (ID-7), step 2: is the link still good, and whose login is it",
            description = "Open to visitors. The token travels in the body, never in a URL.")
    @ApiResponse(
            responseCode = "200",
            description = "The link works: the login it recovers",
            content = @Content(schema = @Schema(implementation = RecoveryLinkView.class)))
    @ProblemResponse(status = 404, types = "recovery-link-not-found", description = "No such link")
    @ProblemResponse(status = 409, types = "recovery-link-used", description = "The link was used")
    @ProblemResponse(status = 410, types = "recovery-link-expired", description = "Request a new link")
    RecoveryLinkView checkLink(@RequestBody RecoveryLinkRequest request) {
        var state = recoveries.checkLink(request.token());
        return new RecoveryLinkView(state.username(), state.expiresAt());
    }

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(path = "/by-link", consumes = "application/json")
    @Operation(
            operationId = "recoverByLink",
            summary = "Recover by e-mail (ID-7), step 3: the new password",
            description = "Open to visitors. The link works once; every session of the login ends.")
    @ApiResponse(
            responseCode = "200",
            description = "The password is set: log in with the username",
            content = @Content(schema = @Schema(implementation = RecoveryDoneView.class)))
    @ProblemResponse(status = 400, types = "recovery-invalid", description = "Fix the fields")
    @ProblemResponse(status = 404, types = "recovery-link-not-found", description = "No such link")
    @ProblemResponse(status = 409, types = "recovery-link-used", description = "The link was used")
    @ProblemResponse(status = 410, types = "recovery-link-expired", description = "Request a new link")
    @ProblemResponse(status = 503, types = "identity-provider-unavailable", description = "Try again later")
    RecoveryDoneView byLink(@RequestBody RecoveryLinkCompletionRequest request) {
        return new RecoveryDoneView(
                recoveries.completeByLink(request.token(), request.newPassword(), request.repeatPassword()));
    }

    @SecurityRequirements // open to visitors: `security: []`
    @PostMapping(path = "/by-code", consumes = "application/json")
    @Operation(
            operationId = "recoverByCode",
            summary = "Recover by SMS (ID-7), step 2: the code, the new password and perhaps a new username",
            description = "Open to visitors. A taken username is refused before the code is checked. Every session of"
                    + " the login ends.")
    @ApiResponse(
            responseCode = "200",
            description = "The password is set: log in with the username",
            content = @Content(schema = @Schema(implementation = RecoveryDoneView.class)))
    @ProblemResponse(status = 400, types = "recovery-invalid", description = "Fix the fields")
    @ProblemResponse(status = 404, types = "recovery-not-found", description = "No such request")
    @ProblemResponse(
            status = 409,
            types = {"login-taken", "phone-confirmation-used"},
            description = "The username is taken, or the code was used")
    @ProblemResponse(
            status = 410,
            types = {"confirmation-code-expired", "confirmation-code-superseded", "confirmation-attempts-exhausted"},
            description = "Request a new code")
    @ProblemResponse(status = 422, types = "confirmation-code-wrong", description = "A wrong code")
    @ProblemResponse(status = 503, types = "identity-provider-unavailable", description = "Try again later")
    RecoveryDoneView byCode(@RequestBody RecoveryCodeCompletionRequest request) {
        return new RecoveryDoneView(recoveries.completeByCode(new Recoveries.CodeCompletion(
                request.recoveryId(),
                request.code(),
                request.newPassword(),
                request.repeatPassword(),
                request.newUsername())));
    }
}
