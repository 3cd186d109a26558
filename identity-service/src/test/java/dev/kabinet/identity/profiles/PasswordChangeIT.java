package dev.kabinet.identity.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.identity.TestResidents;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ID-8 password change and ID-10 "log out everywhere" against the run's Keycloak: a throwaway login with two
 * sessions (two password grants); the change keeps the caller's session and ends the other; the old password stops
 * working, the new one works.
 */
@KabinetIntegrationTest
@DisplayName("ID-8 password change ends the other sessions; ID-10 log out everywhere")
class PasswordChangeIT {

    private static final String USER = "it-pwd-change";
    private static final String OLD = "Kabinet-2026";
    private static final String NEW = "Novyi-parol-2027";

    @LocalServerPort
    int port;

    @Autowired
    Keycloak keycloak;

    String userId;

    @BeforeEach
    void setUp() {
        TestResidents.ensureIdentityDirectGrants();
        userId = TestResidents.create(keycloak, USER, OLD, List.of());
    }

    @AfterEach
    void tearDown() {
        TestResidents.remove(keycloak, USER);
    }

    private List<String> sessionIds() {
        return keycloak.realm("kabinet").users().get(userId).getUserSessions().stream()
                .map(s -> s.getId())
                .toList();
    }

    @Test
    @DisplayName("ID-8 the right current password and a new one by the policy: changed; the other session ends, the"
            + " caller's stays")
    void changesPasswordAndEndsOtherSessions() throws Exception {
        var mine = TestResidents.login(USER, OLD);
        var other = TestResidents.login(USER, OLD);
        String mySession = TestResidents.claims(mine.get("access_token").asString())
                .get("sid")
                .asString();
        assertThat(sessionIds()).hasSize(2);

        var changed = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/password",
                mine.get("access_token").asString(),
                Map.of(
                        "currentPassword",
                        OLD,
                        "newPassword",
                        NEW,
                        "repeatPassword",
                        NEW,
                        "captcha",
                        TestResidents.solveCaptcha(port)));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(sessionIds()).containsExactly(mySession);
        assertThat(TestResidents.login(USER, OLD)).isNull();
        assertThat(TestResidents.login(USER, NEW)).isNotNull();
        assertThat(other).isNotNull();
    }

    @Test
    @DisplayName("ID-8 a wrong current password, a weak new one and a different repeat are named next to their fields")
    void refusesWithFieldErrors() throws Exception {
        String token = TestResidents.login(USER, OLD).get("access_token").asString();

        var mismatch = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/password",
                token,
                Map.of("currentPassword", OLD, "newPassword", NEW, "repeatPassword", NEW + "x"));
        assertThat(mismatch.statusCode()).as(mismatch.body()).isEqualTo(400);
        assertThat(mismatch.body()).contains("repeatPassword", "Пароли не совпадают");

        var wrong = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/password",
                token,
                Map.of(
                        "currentPassword",
                        "wrong-1234",
                        "newPassword",
                        NEW,
                        "repeatPassword",
                        NEW,
                        "captcha",
                        TestResidents.solveCaptcha(port)));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(wrong.body()).contains("currentPassword", "Текущий пароль введён неверно");

        var weak = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/password",
                token,
                Map.of(
                        "currentPassword",
                        OLD,
                        "newPassword",
                        "short",
                        "repeatPassword",
                        "short",
                        "captcha",
                        TestResidents.solveCaptcha(port)));
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(weak.body()).contains("newPassword");
        assertThat(TestResidents.login(USER, OLD)).isNotNull();
    }

    @Test
    @DisplayName("ID-8 a new e-mail is stored unconfirmed and Keycloak's verification link goes to it")
    void changesEmailUnconfirmed() throws Exception {
        String token = TestResidents.login(USER, OLD).get("access_token").asString();
        String email = "it-pwd-change-new@kabinet.local";

        var mismatch = TestResidents.call(
                port, "PUT", "/api/v1/me/email", token, Map.of("email", email, "repeatEmail", "other@kabinet.local"));
        assertThat(mismatch.statusCode()).as(mismatch.body()).isEqualTo(400);
        assertThat(mismatch.body()).contains("repeatEmail");

        var changed = TestResidents.call(
                port,
                "PUT",
                "/api/v1/me/email",
                token,
                Map.of("email", email, "repeatEmail", email, "captcha", TestResidents.solveCaptcha(port)));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        var user = keycloak.realm("kabinet").users().get(userId).toRepresentation();
        assertThat(user.getEmail()).isEqualTo(email);
        assertThat(user.isEmailVerified()).isFalse();

        // ID-2, ID-8: the profile says the address is not confirmed and can send the link again
        int before = lettersTo(email);
        var resent = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/email-confirmations",
                token,
                Map.of("captcha", TestResidents.solveCaptcha(port)));
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(resent.body()).contains("\"sent\":true");
        for (int i = 0; i < 50 && lettersTo(email) <= before; i++) {
            Thread.sleep(200);
        }
        assertThat(lettersTo(email))
                .as("Keycloak's confirmation link went out again")
                .isGreaterThan(before);

        var taken = TestResidents.call(
                port,
                "PUT",
                "/api/v1/me/email",
                token,
                Map.of(
                        "email",
                        "ivanova@kabinet.local",
                        "repeatEmail",
                        "ivanova@kabinet.local",
                        "captcha",
                        TestResidents.solveCaptcha(port)));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(400);
        assertThat(taken.body()).contains("\"email\"");
    }

    @Test
    @DisplayName("ID-10 log out everywhere ends every session of the login, the caller's too")
    void logsOutEverywhere() throws Exception {
        var mine = TestResidents.login(USER, OLD);
        TestResidents.login(USER, OLD);
        assertThat(sessionIds()).hasSize(2);

        String token = mine.get("access_token").asString();
        var noCaptcha = TestResidents.call(port, "POST", "/api/v1/me/logout-everywhere", token, Map.of());
        assertThat(noCaptcha.statusCode()).as(noCaptcha.body()).isEqualTo(400);
        assertThat(noCaptcha.body()).contains("/captcha-invalid");
        assertThat(sessionIds()).hasSize(2);

        var response = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/logout-everywhere",
                token,
                Map.of("captcha", TestResidents.solveCaptcha(port)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertThat(sessionIds()).isEmpty();
    }

    /** How many letters GreenMail holds for the address (its REST API, KABINET_GREENMAIL_API). */
    private static int lettersTo(String address) throws Exception {
        String api = System.getenv().getOrDefault("KABINET_GREENMAIL_API", "http://127.0.0.1:8025");
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(api + "/api/user/" + address + "/messages/INBOX"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200
                ? TestResidents.JSON.readTree(response.body()).size()
                : 0;
    }
}
