package dev.kabinet.platform.security;

import dev.kabinet.platform.problem.FieldProblem;
import dev.kabinet.platform.web.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The account number in the path is not one (letters, too short or too long): refused before any access check. */
public class MalformedAccountNumber extends ProblemException {

    public MalformedAccountNumber() {
        super(
                HttpStatus.BAD_REQUEST,
                "malformed-account-number",
                List.of(FieldProblem.of(AccountNumber.PATH_VARIABLE, AccountNumber.MESSAGE)));
    }
}
