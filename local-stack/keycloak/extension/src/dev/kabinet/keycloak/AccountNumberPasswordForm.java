package dev.kabinet.keycloak;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.KeycloakSession;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Keycloak's username-and-password form that also takes an account number in the username field (ID-6, ADR 0033).
 *
 * <p>The typed value is looked up as Keycloak always does (username, then e-mail). Only when nothing answers to it and
 * it is an account number linked to exactly one enabled login ({@link AccountNumberLogins}) does the form go on as if
 * that login had been typed: the password check, brute-force detection, events and the session are Keycloak's own. In
 * every other case — an unknown number, a number several logins hold, a wrong password — the resident gets the usual
 * "invalid username or password", and the page shows back only what they typed, never the login behind the number.
 */
public class AccountNumberPasswordForm extends UsernamePasswordForm {

    public AccountNumberPasswordForm(KeycloakSession session) {
        super(session);
    }

    @Override
    protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        String typed = formData.getFirst(AuthenticationManager.FORM_USERNAME);
        if (typed == null || typed.isBlank() || isUserAlreadySetBeforeUsernamePasswordAuth(context) || knownAsTyped(context, typed)) {
            return super.validateForm(context, formData);
        }
        String username = AccountNumberLogins.usernameFor(context.getSession(), context.getRealm(), typed);
        if (username == null) {
            return super.validateForm(context, formData);
        }
        // a copy with copies of the lists: putSingle clears the list it finds, and the request's own form data (which
        // the page is drawn from again after a wrong password) must keep what the resident typed
        MultivaluedMap<String, String> resolved = new MultivaluedHashMap<>();
        formData.forEach((key, values) -> resolved.put(key, new ArrayList<>(values)));
        resolved.putSingle(AuthenticationManager.FORM_USERNAME, username);
        boolean valid = super.validateForm(context, resolved);
        // what the resident typed, as for a username or an e-mail (Keycloak shows it on later pages of the flow)
        context.getAuthenticationSession().setAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME, typed.strip());
        return valid;
    }

    /** Whether a login answers to the value as typed (username or e-mail): Keycloak's own lookup goes first. */
    private static boolean knownAsTyped(AuthenticationFlowContext context, String typed) {
        try {
            return KeycloakModelUtils.findUserByNameOrEmail(context.getSession(), context.getRealm(), typed.strip()) != null;
        } catch (RuntimeException duplicate) {
            return true; // Keycloak's own path reports it
        }
    }
}
