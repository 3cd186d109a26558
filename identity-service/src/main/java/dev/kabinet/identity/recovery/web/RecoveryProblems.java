package dev.kabinet.identity.recovery.web;

import dev.kabinet.identity.recovery.RecoveryAttemptsExceeded;
import dev.kabinet.identity.recovery.RecoveryInvalid;
import dev.kabinet.identity.recovery.RecoveryLinkExpired;
import dev.kabinet.identity.recovery.RecoveryLinkNotFound;
import dev.kabinet.identity.recovery.RecoveryLinkUsed;
import dev.kabinet.identity.recovery.RecoveryNotFound;
import dev.kabinet.identity.recovery.RecoveryTooSoon;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The HTTP status of each outcome of password recovery (ID-7, ADR 0006, ADR 0026); the 429s also carry
 * {@code Retry-After}. The SMS code's refusals are the OTP engine's ({@code PhoneConfirmationProblems}).
 */
@ControllerAdvice
class RecoveryProblems extends ProblemStatuses {

    RecoveryProblems() {
        map(RecoveryInvalid.class, HttpStatus.BAD_REQUEST);
        map(RecoveryAttemptsExceeded.class, HttpStatus.TOO_MANY_REQUESTS);
        map(RecoveryTooSoon.class, HttpStatus.TOO_MANY_REQUESTS);
        map(RecoveryLinkNotFound.class, HttpStatus.NOT_FOUND);
        map(RecoveryNotFound.class, HttpStatus.NOT_FOUND);
        map(RecoveryLinkExpired.class, HttpStatus.GONE);
        map(RecoveryLinkUsed.class, HttpStatus.CONFLICT);
    }
}
