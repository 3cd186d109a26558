package dev.kabinet.keycloak;

import org.keycloak.Config;
import org.keycloak.locale.LocaleSelectorProvider;
import org.keycloak.locale.LocaleSelectorProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Registers {@link RealmDefaultLocaleSelector} as locale selector {@code kabinet} (chosen by ./kabinet's start options). */
public class RealmDefaultLocaleSelectorFactory implements LocaleSelectorProviderFactory {

    @Override
    public LocaleSelectorProvider create(KeycloakSession session) {
        return new RealmDefaultLocaleSelector(session);
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return "kabinet";
    }
}
