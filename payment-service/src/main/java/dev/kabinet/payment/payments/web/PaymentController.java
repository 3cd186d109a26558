package dev.kabinet.payment.payments.web;

import dev.kabinet.payment.payments.IdempotencyKeyMalformed;
import dev.kabinet.payment.payments.PaymentCollection;
import dev.kabinet.payment.payments.PaymentSettings;
import dev.kabinet.payment.payments.PaymentStatus;
import dev.kabinet.payment.payments.Payments;
import dev.kabinet.platform.security.AccountNumber;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/payments", produces = "application/json")
@Tag(name = "Payments", description = "Платежи по лицевому счёту: оплата картой (PY-3, PY-4) и история (PY-5)")
class PaymentController {

    private final Payments payments;
    private final PaymentCollection collection;
    private final PaymentSettings settings;

    PaymentController(Payments payments, PaymentCollection collection, PaymentSettings settings) {
        this.payments = payments;
        this.collection = collection;
        this.settings = settings;
    }

    @GetMapping
    @Operation(
            operationId = "history",
            summary = "The account's payments, newest first",
            description = "One page of the history, optionally of some statuses and of a period of days [from, to]"
                    + " in the utility's time zone; an empty list when there is none.")
    @ApiResponse(
            responseCode = "200",
            description = "One page of payments",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = PaymentView.class))))
    List<PaymentView> history(
            AccountNumber number,
            @Parameter(description = "Only payments in these statuses (repeat the parameter for several)")
                    @RequestParam(name = "status", required = false)
                    @Nullable
                    List<PaymentStatus> statuses,
            @Parameter(description = "From this day on (inclusive), YYYY-MM-DD")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "Up to this day (inclusive), YYYY-MM-DD")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate to,
            @Parameter(description = "Page number, from 0")
                    @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = "{field.page.min}")
                    int page,
            @Parameter(description = "Page size, 1..100")
                    @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{field.size.range}")
                    @Max(value = 100, message = "{field.size.range}")
                    int size) {
        Set<PaymentStatus> wanted = statuses == null || statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
        var zone = settings.timeZone();
        return payments
                .history(
                        number.value(),
                        wanted,
                        from == null ? null : from.atStartOfDay(zone).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                        page,
                        size)
                .stream()
                .map(PaymentView::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "payment", summary = "One payment of the account")
    @ProblemResponse(status = 404, types = "payment-not-found", description = "No such payment on this account")
    PaymentView one(AccountNumber number, @PathVariable UUID id) {
        return PaymentView.of(payments.one(number.value(), id));
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            operationId = "pay",
            summary = "Start a card payment (PY-3)",
            description = "Records the payment, registers the order at the acquiring bank and answers its hosted page"
                    + " (formUrl) to redirect to; the bank takes the payment for 20 minutes. A retry with the same"
                    + " Idempotency-Key and the same body answers the first payment again; the same key with another"
                    + " body is refused.")
    @ApiResponse(
            responseCode = "201",
            description = "The payment, SENT, with the bank's page",
            content = @Content(schema = @Schema(implementation = PaymentView.class)))
    @ProblemResponse(
            status = 400,
            types = {"validation", "idempotency-key-malformed"},
            description = "A field refused, or no usable Idempotency-Key")
    @ProblemResponse(
            status = 422,
            types = {"payment-invalid", "unknown-charge-line", "idempotency-key-reused"},
            description = "A line twice, a total over the limit, a line the account does not have in billing, or the"
                    + " key used for another payment")
    @ProblemResponse(status = 502, types = "payment-provider-refused", description = "The bank refused the order")
    @ProblemResponse(
            status = 503,
            types = {"payment-provider-unavailable", "charge-lines-unavailable"},
            description = "The bank did not answer (the payment is checked with the bank later), or billing could not"
                    + " say which charge lines the account has (nothing was started)")
    ResponseEntity<PaymentView> pay(
            AccountNumber number,
            @Valid @RequestBody CreatePaymentRequest request,
            @Parameter(
                            description =
                                    "A key the client makes per payment (8-64 of A-Z a-z 0-9 _ -) and repeats on a retry")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Nullable
                    String idempotencyKey) {
        var payment =
                collection.start(number.value(), request.toOrder(), IdempotencyKeyMalformed.check(idempotencyKey));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/accounts/" + number.value() + "/payments/" + payment.id()))
                .body(PaymentView.of(payment));
    }

    @PostMapping("/{id}/return")
    @Operation(
            operationId = "returnFromBank",
            summary = "The resident is back from the bank's page (PY-4)",
            description = "Asks the bank about a payment whose outcome is not known yet and answers the payment as it"
                    + " stands: CONFIRMED («в обработке») once the bank took the money, DECLINED or EXPIRED (a new"
                    + " payment may be started), still SENT when the bank has not decided or could not be asked.")
    @ProblemResponse(status = 404, types = "payment-not-found", description = "No such payment on this account")
    PaymentView returned(AccountNumber number, @PathVariable UUID id) {
        return PaymentView.of(collection.returned(number.value(), id));
    }
}
