package dev.kabinet.identity.phoneconfirmation.web;

import dev.kabinet.identity.phoneconfirmation.ConfirmationAttemptsExhausted;
import dev.kabinet.identity.phoneconfirmation.ConfirmationCodeExpired;
import dev.kabinet.identity.phoneconfirmation.ConfirmationCodeSuperseded;
import dev.kabinet.identity.phoneconfirmation.ConfirmationCodeWrong;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmationAlreadyUsed;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmationNotFound;
import dev.kabinet.identity.phoneconfirmation.PhoneNumberInvalid;
import dev.kabinet.identity.phoneconfirmation.ResendTooSoon;
import dev.kabinet.identity.phoneconfirmation.SmsLimitReached;
import dev.kabinet.identity.sms.SmsNotSent;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The HTTP status of each outcome of confirming a phone by SMS code (ADR 0006, ADR 0011). The 429s also carry
 * {@code Retry-After} ({@link RetryAfterHeader}).
 */
@ControllerAdvice
class PhoneConfirmationProblems extends ProblemStatuses {

    PhoneConfirmationProblems() {
        map(PhoneNumberInvalid.class, HttpStatus.BAD_REQUEST);
        map(PhoneConfirmationNotFound.class, HttpStatus.NOT_FOUND);
        map(ConfirmationCodeWrong.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(ConfirmationAttemptsExhausted.class, HttpStatus.GONE);
        map(ConfirmationCodeExpired.class, HttpStatus.GONE);
        map(ConfirmationCodeSuperseded.class, HttpStatus.GONE);
        map(PhoneConfirmationAlreadyUsed.class, HttpStatus.CONFLICT);
        map(ResendTooSoon.class, HttpStatus.TOO_MANY_REQUESTS);
        map(SmsLimitReached.class, HttpStatus.TOO_MANY_REQUESTS);
        map(SmsNotSent.class, HttpStatus.SERVICE_UNAVAILABLE);
    }
}
