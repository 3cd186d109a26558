package dev.kabinet.identity.profiles.web;

import dev.kabinet.identity.profiles.EmailChangeInvalid;
import dev.kabinet.identity.profiles.IdentityProviderUnavailable;
import dev.kabinet.identity.profiles.PasswordChangeInvalid;
import dev.kabinet.identity.profiles.PhoneChangeInvalid;
import dev.kabinet.identity.profiles.ProfileNotFound;
import dev.kabinet.identity.profiles.UsernameChangeInvalid;
import dev.kabinet.identity.profiles.UsernameChangeNotAllowed;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the profiles feature (ADR 0006). */
@ControllerAdvice
class ProfileProblems extends ProblemStatuses {

    ProfileProblems() {
        map(ProfileNotFound.class, HttpStatus.NOT_FOUND);
        map(PasswordChangeInvalid.class, HttpStatus.BAD_REQUEST);
        map(EmailChangeInvalid.class, HttpStatus.BAD_REQUEST);
        map(UsernameChangeInvalid.class, HttpStatus.BAD_REQUEST);
        map(PhoneChangeInvalid.class, HttpStatus.BAD_REQUEST);
        map(UsernameChangeNotAllowed.class, HttpStatus.FORBIDDEN);
        map(IdentityProviderUnavailable.class, HttpStatus.SERVICE_UNAVAILABLE);
    }
}
