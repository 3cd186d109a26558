package dev.kabinet.identity.recovery;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The port to where logins live (Keycloak) as password recovery needs them (ID-7, ADR 0026). */
public interface Logins {

    /** A login as recovery sees it; {@code email} may be absent (ID-3 logins), {@code language} is "ru" or "en". */
    record Login(String subject, String username, @Nullable String email, String language) {}

    /** The login whose username or e-mail is exactly {@code usernameOrEmail} (case does not matter). */
    Optional<Login> byUsernameOrEmail(String usernameOrEmail);

    /** The login with this Keycloak id, if it still exists and is enabled. */
    Optional<Login> bySubject(String subject);

    /** The logins that hold the account (digits only) in their {@code accounts} attribute, oldest first. */
    List<Login> holding(String accountNumber);

    /**
     * ID-7 by SMS (manual 004): gives the login a new username.
     *
     * @throws dev.kabinet.identity.registration.LoginTaken when another login has it
     * @throws RecoveryInvalid on {@code newUsername} when Keycloak refuses its form
     */
    void rename(String subject, String newUsername);

    /** Lifts a temporary brute-force lockout of the login: a recovered password opens it again. */
    void unlock(String subject);
}
