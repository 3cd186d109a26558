package dev.kabinet.identity.links.web;

import dev.kabinet.identity.accounts.LinkedAccount;
import dev.kabinet.identity.links.AccountLinks;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resident's own links (ID-9; ADR 0019): {@code GET/POST /api/v1/me/links}, {@code POST
 * /api/v1/me/links/phone-codes} and {@code /by-phone}, {@code DELETE /api/v1/me/links/{accountNumber}}. Every change answers
 * the resident's links as they now stand and the header {@value #TOKEN_STALE}, on which the gateway renews the
 * session's access token before the next call (its {@code accounts} claim changed).
 */
@RestController
@RequestMapping(path = "/api/v1/me/links", produces = "application/json")
@Tag(name = "Links", description = "Привязка лицевых счетов к учётной записи (ID-9)")
class LinkController {

    /** Response header: the caller's token no longer tells the truth about them; the gateway renews it (ADR 0019). */
    static final String TOKEN_STALE = "Kabinet-Token-Stale";

    private final AccountLinks links;

    LinkController(AccountLinks links) {
        this.links = links;
    }

    record LinkView(
            @Schema(description = "Лицевой счёт", example = "1000000011")
            String accountNumber,

            @Schema(description = "Чем подтверждено владение: OWNER_SURNAME, METER_SERIAL, PHONE_CODE, DEMO...")
            String how,

            @Schema(description = "Когда привязан") Instant linkedAt) {

        static List<LinkView> of(List<LinkedAccount> links) {
            return links.stream()
                    .map(l -> new LinkView(l.accountNumber(), l.how(), l.linkedAt()))
                    .toList();
        }
    }

    record LinkRequest(
            @Schema(description = "Лицевой счёт, как введён", example = "1000 000 011") @Nullable
            String accountNumber,

            @Schema(description = "Фамилия владельца лицевого счёта", example = "Иванова") @Nullable
            String surname,

            @Schema(description = "Заводской номер счётчика — только когда его запросили", nullable = true) @Nullable
            String meterSerialNumber,

            @Schema(description = "Дата последнего платежа, ДД.ММ.ГГГГ (пока недоступно)", example = "20.11.2026")
            @Nullable
            String lastPaymentDate,

            @Schema(description = "Сумма последнего платежа, рубли с запятой (пока недоступно)", example = "1 234,56")
            @Nullable
            String lastPaymentAmount,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record LinkCodeRequest(
            @Schema(description = "Лицевой счёт, как введён", example = "1000 000 011") @Nullable
            String accountNumber,

            @Schema(description = "Мобильный телефон, указанный в лицевом счёте, 10 цифр", example = "9123456789")
            @Nullable
            String phone,

            @Schema(description = "Решение капчи ALTCHA (base64)") @Nullable
            String captcha) {}

    record LinkCodeView(
            @Schema(description = "Подтверждение, к которому относится код")
            UUID confirmationId,

            @Schema(description = "Куда отправлен код", example = "+7 912 ***-**-89")
            String maskedPhone,

            @Schema(description = "До какого времени действует код")
            Instant expiresAt) {}

    record PhoneLinkRequest(
            @Schema(description = "Лицевой счёт, как введён") @Nullable
            String accountNumber,

            @Schema(description = "Подтверждение из первого шага") @Nullable
            UUID confirmationId,

            @Schema(description = "Код из СМС, 6 цифр", example = "123456") @Nullable
            String code) {}

    @GetMapping
    @Operation(
            operationId = "myLinks",
            summary = "The caller's linked accounts",
            description = "As account-service has them now, oldest first.")
    @ApiResponse(
            responseCode = "200",
            description = "The links",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = LinkView.class))))
    @ProblemResponse(status = 503, types = "account-service-unavailable", description = "Try again later")
    List<LinkView> list(@AuthenticationPrincipal Jwt token) {
        return LinkView.of(links.of(resident(token)));
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "linkAccount",
            summary = "Link one more account by the owner's surname (and a meter's serial number)",
            description = "A missing account and a wrong surname get the same answer. The captcha solution is spent"
                    + " even when the form is refused. The last-payment proof answers link-by-payment-unavailable.")
    @ApiResponse(
            responseCode = "201",
            description = "Linked: the caller's links now",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = LinkView.class))))
    @ProblemResponse(
            status = 400,
            types = {"link-invalid", "captcha-invalid"},
            description = "Fix the fields")
    @ProblemResponse(
            status = 409,
            types = {"too-many-accounts", "link-account-registered", "link-account-closed", "link-already-yours"},
            description = "The login has its maximum of accounts, or the account has a login")
    @ProblemResponse(
            status = 422,
            types = {"meter-serial-needed", "link-not-confirmed", "link-by-payment-unavailable"},
            description = "Ask for a meter's serial number; or the data do not prove ownership (what to do next)")
    @ProblemResponse(
            status = 503,
            types = {"account-service-unavailable", "identity-provider-unavailable"},
            description = "Try again later")
    List<LinkView> link(
            @AuthenticationPrincipal Jwt token, @RequestBody LinkRequest request, HttpServletResponse response) {
        var now = links.link(
                resident(token),
                new AccountLinks.LinkForm(
                        request.accountNumber(),
                        request.surname(),
                        request.meterSerialNumber(),
                        request.lastPaymentDate(),
                        request.lastPaymentAmount(),
                        request.captcha()));
        response.setHeader(TOKEN_STALE, "accounts");
        return LinkView.of(now);
    }

    @PostMapping(path = "/phone-codes", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "sendLinkCode",
            summary = "Send an SMS code to the account's phone on record",
            description = "A phone that is not the one on record and a missing account get the same answer; no SMS.")
    @ApiResponse(
            responseCode = "201",
            description = "The code went out",
            content = @Content(schema = @Schema(implementation = LinkCodeView.class)))
    @ProblemResponse(
            status = 400,
            types = {"link-invalid", "captcha-invalid"},
            description = "Fix the fields")
    @ProblemResponse(
            status = 409,
            types = {"link-account-registered", "link-account-closed", "link-already-yours"},
            description = "The account has a login, or is closed")
    @ProblemResponse(status = 422, types = "link-not-confirmed", description = "The phone does not prove ownership")
    @ProblemResponse(
            status = 429,
            types = {"confirmation-resend-too-soon", "sms-limit-reached"},
            description = "Wait (Retry-After)")
    @ProblemResponse(
            status = 503,
            types = {"account-service-unavailable", "sms-not-sent"},
            description = "Try again later")
    LinkCodeView sendCode(
            @AuthenticationPrincipal Jwt token, @RequestBody LinkCodeRequest request, HttpServletRequest http) {
        var sent = links.sendCode(
                resident(token), request.accountNumber(), request.phone(), request.captcha(), http.getRemoteAddr());
        return new LinkCodeView(sent.confirmationId(), sent.maskedPhone(), sent.expiresAt());
    }

    @PostMapping(path = "/by-phone", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "linkAccountByPhone",
            summary = "Link the account with the SMS code sent to its phone on record")
    @ApiResponse(
            responseCode = "201",
            description = "Linked: the caller's links now",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = LinkView.class))))
    @ProblemResponse(status = 400, types = "link-invalid", description = "Fix the fields")
    @ProblemResponse(
            status = 404,
            types = "phone-confirmation-not-found",
            description = "No such confirmation for this account")
    @ProblemResponse(
            status = 409,
            types = {"too-many-accounts", "link-account-registered", "link-account-closed"},
            description = "The login has its maximum of accounts, or the account has a login")
    @ProblemResponse(
            status = 410,
            types = {"confirmation-code-expired", "phone-confirmation-used", "confirmation-code-superseded"},
            description = "Ask for a new code")
    @ProblemResponse(
            status = 422,
            types = {"confirmation-code-wrong", "confirmation-attempts-exhausted", "link-not-confirmed"},
            description = "The code is wrong, or no longer accepted")
    @ProblemResponse(
            status = 503,
            types = {"account-service-unavailable", "identity-provider-unavailable"},
            description = "Try again later")
    List<LinkView> linkByPhone(
            @AuthenticationPrincipal Jwt token, @RequestBody PhoneLinkRequest request, HttpServletResponse response) {
        var now = links.linkByCode(resident(token), request.accountNumber(), request.confirmationId(), request.code());
        response.setHeader(TOKEN_STALE, "accounts");
        return LinkView.of(now);
    }

    // named accountNumber, not number: the caller's own link, not an account-scoped resource (no AccountNumber check)
    @DeleteMapping("/{accountNumber}")
    @Operation(
            operationId = "unlinkAccount",
            summary = "Unlink one of the caller's accounts",
            description = "A missing account and another resident's account get the same answer as one never linked."
                    + " The last account may be unlinked too.")
    @ApiResponse(
            responseCode = "200",
            description = "Unlinked: the caller's links now",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = LinkView.class))))
    @ProblemResponse(status = 404, types = "link-not-found", description = "No such link of the caller's")
    @ProblemResponse(
            status = 503,
            types = {"account-service-unavailable", "identity-provider-unavailable"},
            description = "Try again later")
    List<LinkView> unlink(
            @AuthenticationPrincipal Jwt token, @PathVariable String accountNumber, HttpServletResponse response) {
        var now = links.unlink(resident(token), accountNumber);
        response.setHeader(TOKEN_STALE, "accounts");
        return LinkView.of(now);
    }

    private static AccountLinks.Resident resident(Jwt token) {
        return new AccountLinks.Resident(token.getSubject(), token.getClaimAsString("preferred_username"));
    }
}
