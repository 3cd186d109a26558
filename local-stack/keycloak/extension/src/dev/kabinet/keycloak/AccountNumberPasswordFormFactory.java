package dev.kabinet.keycloak;

import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordFormFactory;
import org.keycloak.models.KeycloakSession;

/**
 * Registers {@link AccountNumberPasswordForm} as authenticator {@value #ID}; realm kabinet's browser flow
 * ({@code kabinet browser} in realm-kabinet.json) uses it in place of Keycloak's {@code auth-username-password-form}.
 */
public class AccountNumberPasswordFormFactory extends UsernamePasswordFormFactory {

    public static final String ID = "kabinet-username-password-form";

    @Override
    public Authenticator create(KeycloakSession session) {
        return new AccountNumberPasswordForm(session);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Kabinet: username, e-mail or account number + password";
    }

    @Override
    public String getHelpText() {
        return "Keycloak's username/password form that also accepts an account number linked to exactly one login"
                + " (user attribute 'accounts'); otherwise the usual invalid-credentials error.";
    }
}
