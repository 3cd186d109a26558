package dev.kabinet.identity.keycloak;

import dev.kabinet.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Keycloak did not answer in time, failed, or refused our service account: the resident can only try later. */
public class IdentityProviderUnavailable extends ProblemException {

    public IdentityProviderUnavailable(Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "identity-provider-unavailable",
                "Сервис учётных записей временно недоступен. Повторите попытку через несколько минут.");
        initCause(cause);
    }
}
