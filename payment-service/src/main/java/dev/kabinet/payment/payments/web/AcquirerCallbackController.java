package dev.kabinet.payment.payments.web;

import dev.kabinet.payment.payments.PaymentCollection;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The acquiring bank's callbacks (PY-4): public (no resident's token; {@code kabinet.security.public-paths}), trusted
 * only by their HMAC-SHA256 checksum. The bank calls with query parameters ({@code GET}) or a form ({@code POST}).
 */
@RestController
@Tag(name = "Acquirer callbacks", description = "Уведомления банка-эквайера о заказах (подписаны контрольной суммой)")
class AcquirerCallbackController {

    static final String PATH = "/api/v1/acquirer/callbacks";

    private final PaymentCollection collection;

    AcquirerCallbackController(PaymentCollection collection) {
        this.collection = collection;
    }

    @GetMapping(PATH)
    @Operation(
            operationId = "acquirerCallback",
            summary = "The bank says something happened to an order",
            description = "mdOrder, orderNumber, operation, status and checksum; 200 once applied (a repeat changes"
                    + " nothing), 400 callback-not-verified for a wrong checksum or an order the cabinet never sent.")
    @SecurityRequirements
    @ProblemResponse(
            status = 400,
            types = "callback-not-verified",
            description = "Wrong checksum, or an order the cabinet never sent")
    ResponseEntity<Void> callback(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        collection.calledBack(parameters);
        return ResponseEntity.ok().build();
    }

    @PostMapping(path = PATH, consumes = "application/x-www-form-urlencoded")
    @Operation(operationId = "acquirerCallbackForm", summary = "The same callback as a form")
    @SecurityRequirements
    @ProblemResponse(
            status = 400,
            types = "callback-not-verified",
            description = "Wrong checksum, or an order the cabinet never sent")
    ResponseEntity<Void> callbackForm(@Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        collection.calledBack(parameters);
        return ResponseEntity.ok().build();
    }
}
