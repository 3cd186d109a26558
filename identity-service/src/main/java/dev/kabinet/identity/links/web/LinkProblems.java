package dev.kabinet.identity.links.web;

import dev.kabinet.identity.accounts.LinkNotFound;
import dev.kabinet.identity.accounts.TooManyAccounts;
import dev.kabinet.identity.links.AlreadyLinked;
import dev.kabinet.identity.links.LastPaymentProofUnavailable;
import dev.kabinet.identity.links.LinkAccountUnavailable;
import dev.kabinet.identity.links.LinkInvalid;
import dev.kabinet.identity.links.LinkNotConfirmed;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of linking (ID-9, ADR 0006). */
@ControllerAdvice
class LinkProblems extends ProblemStatuses {

    LinkProblems() {
        map(LinkInvalid.class, HttpStatus.BAD_REQUEST);
        map(LinkNotConfirmed.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(LastPaymentProofUnavailable.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(LinkAccountUnavailable.class, HttpStatus.CONFLICT);
        map(AlreadyLinked.class, HttpStatus.CONFLICT);
        map(TooManyAccounts.class, HttpStatus.CONFLICT);
        map(LinkNotFound.class, HttpStatus.NOT_FOUND);
    }
}
