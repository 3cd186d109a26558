package dev.kabinet.payment.payments.web;

import dev.kabinet.payment.acquirer.ProviderRefused;
import dev.kabinet.payment.acquirer.ProviderUnavailable;
import dev.kabinet.payment.payments.CallbackNotVerified;
import dev.kabinet.payment.payments.ChargeLinesUnavailable;
import dev.kabinet.payment.payments.IdempotencyKeyMalformed;
import dev.kabinet.payment.payments.IdempotencyKeyReused;
import dev.kabinet.payment.payments.PaymentInvalid;
import dev.kabinet.payment.payments.PaymentNotFound;
import dev.kabinet.payment.payments.UnknownChargeLine;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of payments (ADR 0006). */
@ControllerAdvice
class PaymentProblems extends ProblemStatuses {

    PaymentProblems() {
        map(PaymentNotFound.class, HttpStatus.NOT_FOUND);
        map(IdempotencyKeyMalformed.class, HttpStatus.BAD_REQUEST);
        map(PaymentInvalid.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(IdempotencyKeyReused.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(UnknownChargeLine.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(ChargeLinesUnavailable.class, HttpStatus.SERVICE_UNAVAILABLE);
        map(CallbackNotVerified.class, HttpStatus.BAD_REQUEST);
        map(ProviderRefused.class, HttpStatus.BAD_GATEWAY);
        map(ProviderUnavailable.class, HttpStatus.SERVICE_UNAVAILABLE);
    }
}
