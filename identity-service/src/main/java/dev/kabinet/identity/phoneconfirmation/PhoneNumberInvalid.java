package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The phone is not a Russian mobile number (ID-3: ten digits, e.g. 9123456789). */
public class PhoneNumberInvalid extends DomainProblem {

    public PhoneNumberInvalid() {
        super("phone-number-invalid", List.of(FieldProblem.of("phone", "field.phone.invalid")));
    }
}
