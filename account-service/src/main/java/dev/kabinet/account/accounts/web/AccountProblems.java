package dev.kabinet.account.accounts.web;

import dev.kabinet.account.accounts.AccountNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the accounts feature (ADR 0006). */
@ControllerAdvice
class AccountProblems extends ProblemStatuses {

    AccountProblems() {
        map(AccountNotFound.class, HttpStatus.NOT_FOUND);
    }
}
