package dev.kabinet.keycloak;

import java.util.List;
import java.util.regex.Pattern;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * ID-6: which login an account number typed on the login page stands for (ADR 0026, ADR 0033).
 *
 * <p>The typed value counts as an account number only when it holds nothing but digits, spaces and dashes (as a resident
 * copies it from a receipt: {@code 10 000-000 11}) and its digits match the realm's pattern (attribute
 * {@value #PATTERN_ATTRIBUTE}, default {@value #DEFAULT_PATTERN}, the same as identity-service's
 * {@code kabinet.registration.account-number-pattern}). The login is the one whose {@value #ACCOUNTS_ATTRIBUTE}
 * attribute (identity-service's copy of account-service's {@code account_link}, ADR 0019) holds the number, and only
 * when exactly one enabled login does; none or several answer nothing, so the form refuses the value like any unknown
 * login — never telling that an account has a login, or which.
 */
final class AccountNumberLogins {

    static final String ACCOUNTS_ATTRIBUTE = "accounts";
    static final String PATTERN_ATTRIBUTE = "kabinetAccountNumberPattern";
    static final String DEFAULT_PATTERN = "[0-9]{10,13}";

    /** Digits with the separators a resident may type between them (space, no-break space, hyphen, dashes). */
    private static final Pattern TYPED = Pattern.compile("[0-9][0-9 \\u00A0\\-\\u2010\\u2011\\u2012\\u2013\\u2014]*");

    private AccountNumberLogins() {}

    /** The account number's digits, or null when {@code typed} does not look like one for this realm. */
    static String normalise(RealmModel realm, String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.strip();
        if (value.length() > 40 || !TYPED.matcher(value).matches()) {
            return null;
        }
        String digits = value.replaceAll("[^0-9]", "");
        String pattern = realm.getAttribute(PATTERN_ATTRIBUTE);
        Pattern accountNumber = Pattern.compile(pattern == null || pattern.isBlank() ? DEFAULT_PATTERN : pattern);
        return accountNumber.matcher(digits).matches() ? digits : null;
    }

    /**
     * The username of the one enabled login linked to the account number {@code typed}, or null: not an account number,
     * no such login, or several (ambiguous).
     */
    static String usernameFor(KeycloakSession session, RealmModel realm, String typed) {
        String number = normalise(realm, typed);
        if (number == null) {
            return null;
        }
        List<UserModel> linked = session.users()
                .searchForUserByUserAttributeStream(realm, ACCOUNTS_ATTRIBUTE, number)
                .filter(UserModel::isEnabled)
                .filter(user -> user.getServiceAccountClientLink() == null)
                .limit(2)
                .toList();
        return linked.size() == 1 ? linked.get(0).getUsername() : null;
    }
}
