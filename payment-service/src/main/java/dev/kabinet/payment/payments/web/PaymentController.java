package dev.kabinet.payment.payments.web;

import dev.kabinet.payment.payments.AccountNumber;
import dev.kabinet.payment.payments.Payments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts/{number}/payments")
@Tag(name = "Payments", description = "Платежи по лицевому счёту (PY-5)")
class PaymentController {

    private final Payments payments;

    PaymentController(Payments payments) {
        this.payments = payments;
    }

    @GetMapping
    @Operation(
            summary = "The account's payments, newest first",
            description = "One page of the history; an empty list when there is none. 403 account-access-denied"
                    + " unless the account is linked to the caller (or the caller is an operator).")
    List<PaymentView> history(
            @Parameter(example = "1000000011")
                    @PathVariable
                    @Pattern(regexp = AccountNumber.PATTERN, message = AccountNumber.MESSAGE)
                    String number,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "Номер страницы не может быть отрицательным.")
                    int page,
            @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "Размер страницы — от 1 до 100.")
                    @Max(value = 100, message = "Размер страницы — от 1 до 100.")
                    int size) {
        return payments.history(number, page, size).stream()
                .map(PaymentView::of)
                .toList();
    }
}
