package dev.kabinet.account.links.web;

import dev.kabinet.account.links.AccountAlreadyRegistered;
import dev.kabinet.account.links.LinkNotFound;
import dev.kabinet.account.links.OwnershipNotProven;
import dev.kabinet.account.links.TooManyAccounts;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of linking (ADR 0006). */
@ControllerAdvice
class LinkProblems extends ProblemStatuses {

    LinkProblems() {
        map(OwnershipNotProven.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(AccountAlreadyRegistered.class, HttpStatus.CONFLICT);
        map(TooManyAccounts.class, HttpStatus.CONFLICT);
        map(LinkNotFound.class, HttpStatus.NOT_FOUND);
    }
}
