package dev.kabinet.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm file binds the Kabinet form (login by account number, ADR 0033) in its browser flow and still has every
 * flow Keycloak needs (it imports flows all-or-nothing); the extension registers the authenticator under that id; the
 * user profile declares the phone (ID-8).
 */
@DisplayName("ID-6 the realm's browser flow uses the Kabinet login form; the other flows stay Keycloak's")
class RealmLoginFlowTest {

    private static final Path LOCAL_STACK = root().resolve("local-stack/keycloak");

    @Test
    void theBrowserFlowUsesTheKabinetForm() throws Exception {
        JsonNode realm = realm();
        // resolved at import: KABINET_BROWSER_FLOW, else the Kabinet flow (Compose's Keycloak, without the extension,
        // sets Keycloak's own "browser")
        assertThat(realm.get("browserFlow").asString()).isEqualTo("${KABINET_BROWSER_FLOW:kabinet browser}");
        assertThat(authenticators(realm, "browser")).contains("flow:forms");
        assertThat(authenticators(realm, "kabinet browser")).contains("auth-cookie", "flow:kabinet forms");
        assertThat(authenticators(realm, "kabinet forms"))
                .startsWith("kabinet-username-password-form")
                .doesNotContain("auth-username-password-form");
        assertThat(Files.readString(LOCAL_STACK.resolve(
                        "extension/META-INF/services/org.keycloak.authentication.AuthenticatorFactory")))
                .contains("dev.kabinet.keycloak.AccountNumberPasswordFormFactory");
        assertThat(Files.readString(LOCAL_STACK.resolve(
                        "extension/src/dev/kabinet/keycloak/AccountNumberPasswordFormFactory.java")))
                .contains("\"kabinet-username-password-form\"");
    }

    @Test
    void everyOtherFlowKeycloakBindsIsInTheFile() throws Exception {
        JsonNode realm = realm();
        for (String binding : List.of(
                "directGrantFlow",
                "registrationFlow",
                "resetCredentialsFlow",
                "clientAuthenticationFlow",
                "dockerAuthenticationFlow",
                "firstBrokerLoginFlow")) {
            String alias = realm.get(binding).asString();
            assertThat(authenticators(realm, alias)).as(binding + " → " + alias).isNotEmpty();
        }
        // the password check of identity-service (ADR 0019) goes through direct grant, unchanged
        assertThat(authenticators(realm, realm.get("directGrantFlow").asString()))
                .contains("direct-grant-validate-username", "direct-grant-validate-password");
    }

    @Test
    void theUserProfileDeclaresThePhone() throws Exception {
        String profile = realm().get("components")
                .get("org.keycloak.userprofile.UserProfileProvider")
                .get(0)
                .get("config")
                .get("kc.user.profile.config")
                .get(0)
                .asString();
        JsonNode phone = null;
        for (JsonNode attribute : JsonMapper.builder().build().readTree(profile).get("attributes")) {
            if (attribute.get("name").asString().equals("phone")) {
                phone = attribute;
            }
        }
        assertThat(phone).as("attribute phone").isNotNull();
        assertThat(phone.get("permissions").get("edit").toString()).isEqualTo("[\"admin\"]");
    }

    private static List<String> authenticators(JsonNode realm, String alias) {
        var names = new ArrayList<String>();
        for (JsonNode flow : realm.get("authenticationFlows")) {
            if (flow.get("alias").asString().equals(alias)) {
                for (JsonNode execution : flow.get("authenticationExecutions")) {
                    names.add(
                            execution.has("flowAlias")
                                    ? "flow:" + execution.get("flowAlias").asString()
                                    : execution.get("authenticator").asString());
                }
            }
        }
        return names;
    }

    private static JsonNode realm() throws Exception {
        return JsonMapper.builder().build().readTree(Files.readString(LOCAL_STACK.resolve("realm-kabinet.json")));
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("kabinet"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run the tests inside the Kabinet repository");
        }
        return dir;
    }
}
