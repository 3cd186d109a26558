package dev.kabinet.identity.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.ServiceApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The profile comes from Keycloak's Admin API through the service account, for the token's subject. */
@KabinetIntegrationTest
@DisplayName("ID-10 profile from the real Keycloak")
class ProfileIT {

    @LocalServerPort
    int port;

    ServiceApi api;

    @BeforeEach
    void setUp() {
        api = ServiceApi.on(port);
    }

    @Test
    void ivanovaSeesHerProfileAndLinkedAccounts() {
        var response = api.as("ivanova").get("/api/v1/me");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var profile = response.json();
        assertThat(profile.get("username").asString()).isEqualTo("ivanova");
        assertThat(profile.get("email").asString()).isEqualTo("ivanova@kabinet.local");
        assertThat(profile.get("firstName").asString()).isEqualTo("Анна");
        assertThat(profile.get("lastName").asString()).isEqualTo("Иванова");
        assertThat(profile.get("accounts").values())
                .extracting(account -> account.asString())
                .containsExactly("1000000011", "1000000012");
    }

    @Test
    void petrovSeesOnlyHisOwnProfile() {
        var response = api.as("petrov").get("/api/v1/me");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var profile = response.json();
        assertThat(profile.get("email").asString()).isEqualTo("petrov@kabinet.local");
        assertThat(profile.get("accounts").values())
                .extracting(account -> account.asString())
                .containsExactly("2000000021");
    }

    @Test
    void withoutATokenTheCallerMustLogIn() {
        var response = api.get("/api/v1/me");

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/unauthorized");
    }
}
