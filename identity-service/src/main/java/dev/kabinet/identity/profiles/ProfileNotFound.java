package dev.kabinet.identity.profiles;

import dev.kabinet.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The token is valid but its user is gone from the identity provider (deleted since the login). */
public class ProfileNotFound extends ProblemException {

    public ProfileNotFound() {
        super(HttpStatus.NOT_FOUND, "profile-not-found", "Учётная запись не найдена. Войдите в личный кабинет заново.");
    }
}
