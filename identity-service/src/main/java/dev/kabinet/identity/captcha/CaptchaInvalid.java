package dev.kabinet.identity.captcha;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The captcha solution is missing, wrong, expired or already used: the resident solves a new one. */
public class CaptchaInvalid extends DomainProblem {

    public CaptchaInvalid() {
        super("captcha-invalid", List.of(FieldProblem.of("captcha", "field.captcha.invalid")));
    }
}
