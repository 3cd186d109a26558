package dev.kabinet.identity.registration.web;

import dev.kabinet.identity.accounts.AccountServiceUnavailable;
import dev.kabinet.identity.registration.AccountAlreadyRegistered;
import dev.kabinet.identity.registration.AccountClosed;
import dev.kabinet.identity.registration.LoginTaken;
import dev.kabinet.identity.registration.MeterSerialNeeded;
import dev.kabinet.identity.registration.OwnershipNotConfirmed;
import dev.kabinet.identity.registration.PhoneConfirmationMismatch;
import dev.kabinet.identity.registration.PhoneNotConfirmed;
import dev.kabinet.identity.registration.RegistrationAttemptsExceeded;
import dev.kabinet.identity.registration.RegistrationInvalid;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of registering (ID-1, ADR 0006); the 429 also carries {@code Retry-After}. */
@ControllerAdvice
class RegistrationProblems extends ProblemStatuses {

    RegistrationProblems() {
        map(RegistrationInvalid.class, HttpStatus.BAD_REQUEST);
        map(LoginTaken.class, HttpStatus.CONFLICT);
        map(RegistrationAttemptsExceeded.class, HttpStatus.TOO_MANY_REQUESTS);
        map(MeterSerialNeeded.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(OwnershipNotConfirmed.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(AccountClosed.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(AccountAlreadyRegistered.class, HttpStatus.CONFLICT);
        map(AccountServiceUnavailable.class, HttpStatus.SERVICE_UNAVAILABLE);
        map(PhoneNotConfirmed.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(PhoneConfirmationMismatch.class, HttpStatus.UNPROCESSABLE_ENTITY);
    }
}
