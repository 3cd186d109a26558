package dev.kabinet.platform.security;

import dev.kabinet.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The caller is not linked to the account in the path (and is not an operator). */
public class AccountAccessDenied extends ProblemException {

    public AccountAccessDenied() {
        super(HttpStatus.FORBIDDEN, "account-access-denied");
    }
}
