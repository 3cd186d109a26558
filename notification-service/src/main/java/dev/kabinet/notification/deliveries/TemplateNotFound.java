package dev.kabinet.notification.deliveries;

import dev.kabinet.platform.problem.DomainProblem;

/** No template of that name. */
public class TemplateNotFound extends DomainProblem {

    public TemplateNotFound() {
        super("template-not-found");
    }
}
