package dev.kabinet.account.accounts;

import dev.kabinet.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No account with this number (only an operator can get this far: a resident is refused before the lookup). */
public class AccountNotFound extends ProblemException {

    public AccountNotFound() {
        super(HttpStatus.NOT_FOUND, "account-not-found", "Лицевой счёт с таким номером не найден.");
    }
}
