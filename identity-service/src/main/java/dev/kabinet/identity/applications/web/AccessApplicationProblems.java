package dev.kabinet.identity.applications.web;

import dev.kabinet.identity.applications.AccessApplicationInvalid;
import dev.kabinet.identity.applications.AccessApplicationNotFound;
import dev.kabinet.identity.applications.AccessApplicationWaiting;
import dev.kabinet.identity.applications.AccessApplicationsExceeded;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of an access application (ID-4, ADR 0006); the 429 also carries Retry-After. */
@ControllerAdvice
class AccessApplicationProblems extends ProblemStatuses {

    AccessApplicationProblems() {
        map(AccessApplicationInvalid.class, HttpStatus.BAD_REQUEST);
        map(AccessApplicationWaiting.class, HttpStatus.CONFLICT);
        map(AccessApplicationsExceeded.class, HttpStatus.TOO_MANY_REQUESTS);
        map(AccessApplicationNotFound.class, HttpStatus.NOT_FOUND);
    }
}
