package dev.kabinet.keycloak;

import java.util.Locale;
import org.keycloak.locale.DefaultLocaleSelectorProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * Keycloak's locale selection without the browser's Accept-Language header, for realms that ask for it with the
 * attribute {@value #IGNORE_ACCEPT_LANGUAGE}{@code =true} (realm kabinet: Russian by default, ID-6).
 *
 * <p>The order stays Keycloak's own: the language the resident picked on the page ({@code kc_locale}), the user's
 * saved locale, the client's {@code ui_locales}, the {@code KEYCLOAK_LOCALE} cookie, then the realm's default locale;
 * only the browser's header is skipped, so a browser set to English still opens the Russian page.
 */
public class RealmDefaultLocaleSelector extends DefaultLocaleSelectorProvider {

    static final String IGNORE_ACCEPT_LANGUAGE = "kabinetIgnoreAcceptLanguage";

    public RealmDefaultLocaleSelector(KeycloakSession session) {
        super(session);
    }

    @Override
    public Locale resolveLocale(RealmModel realm, UserModel user) {
        return resolveLocale(realm, user, false);
    }

    @Override
    public Locale resolveLocale(RealmModel realm, UserModel user, Theme.Type type) {
        return resolveLocale(realm, user, false);
    }

    @Override
    public Locale resolveLocale(RealmModel realm, UserModel user, boolean ignoreAcceptLanguageHeader) {
        boolean ignore = ignoreAcceptLanguageHeader
                || (realm != null && Boolean.parseBoolean(realm.getAttribute(IGNORE_ACCEPT_LANGUAGE)));
        return super.resolveLocale(realm, user, ignore);
    }
}
