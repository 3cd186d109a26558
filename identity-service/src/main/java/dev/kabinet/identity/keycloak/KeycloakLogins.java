package dev.kabinet.identity.keycloak;

import dev.kabinet.identity.profiles.IdentityProviderUnavailable;
import dev.kabinet.identity.recovery.Logins;
import dev.kabinet.identity.recovery.RecoveryInvalid;
import dev.kabinet.identity.registration.LoginTaken;
import dev.kabinet.platform.problem.FieldProblem;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link Logins} on Keycloak's Admin API (ID-7): exact username and e-mail searches, the {@code accounts} attribute
 * search ({@code q=accounts:<number>}, filtered again for exact equality), a username change (Keycloak 26 lets the
 * Admin API change a username only when the realm's {@code editUsernameAllowed} is on — the realm file turns it on for
 * ID-7/ID-8 (manual 004); otherwise it answers 400, logged here) and the brute-force detector's per-user reset.
 */
@Component
class KeycloakLogins implements Logins {

    private static final Logger log = LoggerFactory.getLogger(KeycloakLogins.class);

    private final Keycloak keycloak;
    private final String realm;

    KeycloakLogins(Keycloak keycloak, KeycloakProperties properties) {
        this.keycloak = keycloak;
        this.realm = properties.realm();
    }

    @Override
    public Optional<Login> byUsernameOrEmail(String usernameOrEmail) {
        return call(() -> {
            UsersResource users = users();
            var found = users.searchByUsername(usernameOrEmail, true);
            if (found.isEmpty() && usernameOrEmail.contains("@")) {
                found = users.searchByEmail(usernameOrEmail, true);
            }
            return found.stream()
                    .filter(u -> Boolean.TRUE.equals(u.isEnabled()))
                    .findFirst()
                    .map(KeycloakLogins::login);
        });
    }

    @Override
    public Optional<Login> bySubject(String subject) {
        return call(() -> {
            try {
                var user = users().get(subject).toRepresentation();
                return Boolean.TRUE.equals(user.isEnabled()) ? Optional.of(login(user)) : Optional.<Login>empty();
            } catch (jakarta.ws.rs.NotFoundException e) {
                return Optional.<Login>empty();
            }
        });
    }

    @Override
    public List<Login> holding(String accountNumber) {
        return call(
                () -> users()
                        .searchByAttributes(
                                0, 20, true, false, KeycloakUserDirectory.ACCOUNTS_ATTRIBUTE + ":" + accountNumber)
                        .stream()
                        .filter(u -> Boolean.TRUE.equals(u.isEnabled()))
                        .filter(u -> u.getAttributes() != null
                                && u.getAttributes()
                                        .getOrDefault(KeycloakUserDirectory.ACCOUNTS_ATTRIBUTE, List.of())
                                        .contains(accountNumber))
                        .sorted(Comparator.comparing(
                                UserRepresentation::getCreatedTimestamp,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                        .map(KeycloakLogins::login)
                        .toList());
    }

    @Override
    public void rename(String subject, String newUsername) {
        try {
            var users = users();
            boolean taken = users.searchByUsername(newUsername, true).stream()
                    .anyMatch(u -> !u.getId().equals(subject));
            if (taken) {
                throw new LoginTaken(FieldProblem.of("newUsername", "field.username.taken"));
            }
            var user = users.get(subject);
            var representation = user.toRepresentation();
            if (newUsername.equalsIgnoreCase(representation.getUsername())) {
                return;
            }
            representation.setUsername(newUsername);
            user.update(representation);
            var after = user.toRepresentation();
            if (!newUsername.equalsIgnoreCase(after.getUsername())) {
                log.error("Keycloak kept the old username: may the Admin API change usernames in this realm?");
                throw new IdentityProviderUnavailable(new IllegalStateException("username unchanged"));
            }
        } catch (ClientErrorException e) {
            int status = e.getResponse().getStatus();
            if (status == 409) {
                throw new LoginTaken(FieldProblem.of("newUsername", "field.username.taken"));
            }
            if (status == 400) {
                log.warn("Keycloak refused a username change (is editUsernameAllowed on in the realm?)");
                throw new RecoveryInvalid(List.of(FieldProblem.of("newUsername", "field.username.invalid")));
            }
            log.error("Keycloak Admin API refused a username change: {}", status);
            throw new IdentityProviderUnavailable(e);
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak Admin API refused a username change: {}",
                    e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }

    @Override
    public void unlock(String subject) {
        try {
            keycloak.realm(realm).attackDetection().clearBruteForceForUser(subject);
        } catch (ProcessingException | WebApplicationException e) {
            // the new password is set; a lockout ends by itself
            log.warn("Could not lift the brute-force lockout: {}", e.getClass().getSimpleName());
        }
    }

    private UsersResource users() {
        return keycloak.realm(realm).users();
    }

    private static Login login(UserRepresentation user) {
        var attributes = user.getAttributes();
        String locale = attributes == null
                ? null
                : attributes.getOrDefault("locale", List.of()).stream()
                        .findFirst()
                        .orElse(null);
        String language = locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "ru";
        String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
        return new Login(user.getId(), user.getUsername(), email, language);
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak Admin API failed a login lookup: {}", e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }
}
