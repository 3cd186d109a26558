package dev.kabinet.account.preferences;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The phone, the e-mail or the choices do not fit (AC-3): every field's problem at once; nothing is stored. */
public class ContactPreferencesInvalid extends DomainProblem {

    public ContactPreferencesInvalid(List<FieldProblem> errors) {
        super("contact-preferences-invalid", errors);
    }
}
