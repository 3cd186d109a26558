package dev.kabinet.account.preferences.web;

import dev.kabinet.account.accounts.AccountClosed;
import dev.kabinet.account.preferences.ContactPreferencesInvalid;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the preferences feature (ADR 0006). */
@ControllerAdvice
class PreferencesProblems extends ProblemStatuses {

    PreferencesProblems() {
        map(ContactPreferencesInvalid.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(AccountClosed.class, HttpStatus.CONFLICT);
    }
}
