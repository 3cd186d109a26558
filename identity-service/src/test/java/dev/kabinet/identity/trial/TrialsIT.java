package dev.kabinet.identity.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.identity.TestResidents;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KeycloakTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ID-11 trial period against the run's Keycloak (real tokens of the demo resident and the demo operator) and
 * PostgreSQL: a trial started for a login is ACTIVE, LIMITED once its days are over, and CONFIRMED when an operator
 * records the paper confirmation — audited with the operator and the address; a resident cannot record it.
 */
@KabinetIntegrationTest
@TestPropertySource(properties = {"kabinet.trial.enabled=true", "kabinet.trial.days=30"})
@DisplayName("ID-11 trial period: active, limited after its days, confirmed on paper by an operator (audited)")
class TrialsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Trials trials;

    @Autowired
    JdbcTemplate jdbc;

    String subject;

    @BeforeEach
    void setUp() {
        subject = TestResidents.claims(KeycloakTokens.accessToken("petrov"))
                .get("sub")
                .asString();
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from trial_audit where subject = ?", subject);
        jdbc.update("delete from trial_access where subject = ?", subject);
    }

    @Test
    @DisplayName("ID-11 a login made during the trial is ACTIVE, then LIMITED, until an operator records the paper;"
            + " a resident cannot record it")
    void trialLifecycle() throws Exception {
        assertThat(mine().get("state").asString()).isEqualTo("NONE");
        trials.start(subject, "petrov");
        trials.start(subject, "petrov"); // a second start changes nothing
        assertThat(mine().get("state").asString()).isEqualTo("ACTIVE");

        jdbc.update("update trial_access set ends_at = now() - interval '1 minute' where subject = ?", subject);
        assertThat(mine().get("state").asString()).isEqualTo("LIMITED");

        var byResident = confirm("petrov", KeycloakTokens.accessToken("ivanova"));
        assertThat(byResident.statusCode()).isEqualTo(403);
        assertThat(mine().get("state").asString()).isEqualTo("LIMITED");

        var byOperator = confirm("PETROV", KeycloakTokens.accessToken("operator"));
        assertThat(byOperator.statusCode()).as(byOperator.body()).isEqualTo(200);
        assertThat(JSON.readTree(byOperator.body()).get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(mine().get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirm("petrov", KeycloakTokens.accessToken("operator")).statusCode())
                .isEqualTo(200);

        var audit = jdbc.queryForList(
                "select action, actor, client_ip from trial_audit where subject = ? order by id", subject);
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0)).containsEntry("action", "STARTED").containsEntry("actor", "system");
        assertThat(audit.get(1))
                .containsEntry("action", "PAPER_CONFIRMED")
                .containsEntry("actor", "operator")
                .containsEntry("client_ip", "198.51.100.77");

        var nobody = confirm("no-such-login", KeycloakTokens.accessToken("operator"));
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(nobody.body()).get("type").asString()).endsWith("/trial-not-found");
    }

    private JsonNode mine() throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me/trial"))
                        .header("Authorization", "Bearer " + KeycloakTokens.accessToken("petrov"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> confirm(String username, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/operator/trials/" + username
                                + "/paper-confirmation"))
                        .header("Authorization", "Bearer " + token)
                        .header("X-Forwarded-For", "198.51.100.77")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
