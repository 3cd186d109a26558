package dev.kabinet.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm {@code ./kabinet up} imports (local-stack/keycloak/realm-kabinet.json) and the login theme next to it:
 * Russian by default with English to choose, login by e-mail, the Kabinet theme, and brute-force lockout within
 * ASVS V2.2.1. Keycloak itself is checked by {@code KeycloakLoginPageIT}; this test catches a changed file at once.
 */
@DisplayName("ID-6 realm settings: Russian login pages, e-mail login, Kabinet theme, lockout within ASVS V2.2.1")
class RealmSettingsTest {

    private static final Path LOCAL_STACK = repositoryRoot().resolve("local-stack/keycloak");
    private final JsonNode realm = read();

    @Test
    void loginPagesAreRussianByDefaultWithEnglishToChoose() {
        assertThat(realm.get("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(realm.get("supportedLocales").values())
                .extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("ru", "en");
        assertThat(realm.get("defaultLocale").asString()).isEqualTo("ru");
        assertThat(realm.get("attributes").get("kabinetIgnoreAcceptLanguage").asString())
                .as("without it a browser set to English gets the English page (RealmDefaultLocaleSelector)")
                .isEqualTo("true");
    }

    @Test
    void residentsLogInWithTheirLoginOrEmail() {
        assertThat(realm.get("loginWithEmailAllowed").asBoolean()).isTrue();
        assertThat(realm.get("duplicateEmailsAllowed").asBoolean()).isFalse();
    }

    @Test
    void theLoginPagesUseTheKabinetThemeInBothLanguages() throws IOException {
        assertThat(realm.get("loginTheme").asString()).isEqualTo("kabinet");
        Path theme = LOCAL_STACK.resolve("themes/kabinet/login");
        var properties = load(theme.resolve("theme.properties"));
        assertThat(properties.getProperty("parent")).isEqualTo("keycloak.v2");
        assertThat(properties.getProperty("locales")).isEqualTo("ru,en");
        assertThat(load(theme.resolve("messages/messages_ru.properties")).getProperty("loginAccountTitle"))
                .isEqualTo("Вход в личный кабинет");
        assertThat(load(theme.resolve("messages/messages_en.properties")).getProperty("loginAccountTitle"))
                .isEqualTo("Sign in to Kabinet");
        try (var files = Files.walk(theme)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file))
                        .as("%s loads nothing from outside (no fonts, scripts or CDNs)", file)
                        .doesNotContainPattern("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}/");
            }
        }
    }

    @Test
    @DisplayName(
            "ID-6 the password policy is the utility's, from KABINET_PASSWORD_POLICY at import; the default as before")
    void passwordPolicyComesFromTheUtilitysConfiguration() {
        assertThat(realm.get("passwordPolicy").asString())
                .as("Keycloak resolves ${VAR:default} placeholders when it imports the realm")
                .isEqualTo("${KABINET_PASSWORD_POLICY:length(8) and digits(1) and notUsername}");
    }

    @Test
    @DisplayName(
            "ID-7 the SMS path may set a new username through the Admin API (Keycloak 26 needs editUsernameAllowed)")
    void recoveryMayRenameALogin() {
        assertThat(realm.get("editUsernameAllowed").asBoolean()).isTrue();
        assertThat(realm.get("resetPasswordAllowed").asBoolean())
                .as("Keycloak's own forgot-password link stays: it sends a link, never a password")
                .isTrue();
    }

    @Test
    void bruteForceLockoutStaysWithinAsvs221() {
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("permanentLockout").asBoolean())
                .as("temporary lockout: a permanent one would let anyone lock a resident out")
                .isFalse();
        assertThat(realm.get("bruteForceStrategy").asString()).isEqualTo("MULTIPLE");
        assertThat(realm.get("failureFactor").asInt()).isEqualTo(5);

        int attempts = worstCaseFailedAttemptsInAnHour();

        assertThat(attempts)
                .as("failed logins one account can take in an hour (ASVS V2.2.1: at most 100)")
                .isLessThanOrEqualTo(100);
        assertThat(attempts).as("the documented figure of ADR 0011").isEqualTo(26);
    }

    /**
     * An attacker guessing one account's password as fast as Keycloak lets them: after each failure Keycloak makes
     * them wait {@code waitIncrementSeconds × (failures ÷ failureFactor)} (integer division; strategy MULTIPLE), at most
     * {@code maxFailureWaitSeconds}; failures count until {@code maxDeltaTimeSeconds} pass without one. Attempts
     * closer than {@code quickLoginCheckMilliSeconds} would wait {@code minimumQuickLoginWaitSeconds}, so the attacker
     * spaces them by that much.
     */
    private int worstCaseFailedAttemptsInAnHour() {
        int factor = realm.get("failureFactor").asInt();
        long increment = realm.get("waitIncrementSeconds").asLong();
        long maxWait = realm.get("maxFailureWaitSeconds").asLong();
        long quickGapMs = realm.get("quickLoginCheckMilliSeconds").asLong();
        assertThat(realm.get("maxDeltaTimeSeconds").asLong()).isGreaterThanOrEqualTo(3600);
        var attemptsAt = new ArrayList<Long>();
        long nowMs = 0;
        int failures = 0;
        while (nowMs < 3_600_000L) {
            attemptsAt.add(nowMs);
            failures++;
            long wait = Math.min(maxWait, increment * (failures / factor));
            nowMs += wait > 0 ? wait * 1000 : quickGapMs;
        }
        return attemptsAt.size();
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        properties.load(new StringReader(Files.readString(file)));
        return properties;
    }

    private static JsonNode read() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(LOCAL_STACK.resolve("realm-kabinet.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path repositoryRoot() {
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
