package dev.kabinet.identity.profiles;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KeycloakTokens;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The profile comes from Keycloak's Admin API through the service account, for the token's subject. */
@KabinetIntegrationTest
@DisplayName("ID-10 profile from the real Keycloak")
class ProfileIT {

    @LocalServerPort
    int port;

    RestTestClient http;

    @BeforeEach
    void setUp() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void ivanovaSeesHerProfileAndLinkedAccounts() {
        http.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("ivanova"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.username")
                .isEqualTo("ivanova")
                .jsonPath("$.email")
                .isEqualTo("ivanova@kabinet.local")
                .jsonPath("$.firstName")
                .isEqualTo("Анна")
                .jsonPath("$.lastName")
                .isEqualTo("Иванова")
                .jsonPath("$.accounts")
                .isEqualTo(List.of("1000000011", "1000000012"));
    }

    @Test
    void petrovSeesOnlyHisOwnProfile() {
        http.get()
                .uri("/api/v1/me")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("petrov"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.email")
                .isEqualTo("petrov@kabinet.local")
                .jsonPath("$.accounts")
                .isEqualTo(List.of("2000000021"));
    }

    @Test
    void withoutATokenTheCallerMustLogIn() {
        http.get()
                .uri("/api/v1/me")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/unauthorized");
    }
}
