package dev.kabinet.account.appeals;

import dev.kabinet.platform.problem.DomainProblem;

/** No FAQ entry with this id. */
public class FaqEntryNotFound extends DomainProblem {

    public FaqEntryNotFound() {
        super("faq-entry-not-found");
    }
}
