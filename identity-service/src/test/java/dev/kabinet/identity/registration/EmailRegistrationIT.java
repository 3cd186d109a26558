package dev.kabinet.identity.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.identity.TestResidents;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * ID-2 registration by login and e-mail against the run's Keycloak, PostgreSQL and GreenMail (its REST API): the login
 * has no account and an unconfirmed e-mail, Keycloak's confirmation link goes out, the consent is recorded; field
 * problems and a taken username are refused. Throwaway logins {@code it-email-<random>}.
 */
@KabinetIntegrationTest
@DisplayName("ID-2 registration with a login, a password typed twice, an e-mail, consent and captcha")
class EmailRegistrationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String GREENMAIL =
            System.getenv().getOrDefault("KABINET_GREENMAIL_API", "http://127.0.0.1:8025");

    @LocalServerPort
    int port;

    @Autowired
    Keycloak keycloak;

    @Autowired
    JdbcTemplate jdbc;

    String address;
    String username;

    @BeforeEach
    void setUp() {
        var random = ThreadLocalRandom.current();
        address = "192.0.2." + random.nextInt(1, 250);
        jdbc.update("delete from registration_attempt where client_ip = ?", address);
        username = "it-email-" + Long.toString(random.nextLong(1L << 40), 36);
    }

    @AfterEach
    void tearDown() {
        TestResidents.remove(keycloak, username);
    }

    @Test
    @DisplayName("ID-2 registers a login with no account and an unconfirmed e-mail; the confirmation link goes out")
    void registersAndSendsTheConfirmationLink() throws Exception {
        String email = username + "@kabinet.local";
        var registered = post(form(username, "Kabinet-2026x", "Kabinet-2026x", email));

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(JSON.readTree(registered.body()).get("username").asString()).isEqualTo(username);
        var user = keycloak.realm("kabinet")
                .users()
                .searchByUsername(username, true)
                .getFirst();
        assertThat(user.isEmailVerified()).isFalse();
        assertThat(user.getAttributes() == null ? null : user.getAttributes().get("accounts"))
                .as("no account yet")
                .isNullOrEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from personal_data_consent where subject = ?", Integer.class, user.getId()))
                .isEqualTo(1);
        for (int i = 0; i < 50 && letters(email) == 0; i++) {
            Thread.sleep(200);
        }
        assertThat(letters(email)).as("Keycloak's confirmation link").isEqualTo(1);
        assertThat(TestResidents.login(username, "Kabinet-2026x"))
                .as("may log in")
                .isNotNull();

        var again = post(form(username, "Kabinet-2026x", "Kabinet-2026x", "other-" + email));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    }

    @Test
    @DisplayName("ID-2 a different repeat, a bad e-mail and no consent are named next to their fields")
    void fieldProblems() throws Exception {
        var form = form(username, "Kabinet-2026x", "Kabinet-2026y", "not-an-email");
        form.put("consent", false);
        var refused = post(form);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("repeatPassword", "\"email\"", "consent");
    }

    private Map<String, Object> form(String login, String password, String repeat, String email) throws Exception {
        var form = new LinkedHashMap<String, Object>();
        form.put("username", login);
        form.put("password", password);
        form.put("repeatPassword", repeat);
        form.put("email", email);
        form.put("consent", true);
        form.put("captcha", TestResidents.solveCaptcha(port));
        return form;
    }

    private HttpResponse<String> post(Map<String, ?> body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/registrations/by-email"))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "ru")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int letters(String email) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(GREENMAIL + "/api/user/" + email + "/messages/INBOX"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()).size() : 0;
    }
}
