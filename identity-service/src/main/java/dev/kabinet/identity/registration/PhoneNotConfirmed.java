package dev.kabinet.identity.registration;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/**
 * ID-3: the phone is not the one on record for the account — the same answer whether the account exists or not. The
 * detail says what to do next: check the number, or update it at an office with a passport.
 */
public class PhoneNotConfirmed extends DomainProblem {

    public PhoneNotConfirmed() {
        super("registration-phone-not-confirmed", List.of(FieldProblem.of("phone", "field.phone.notOnRecord")));
    }
}
