package dev.kabinet.account.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KeycloakTokens;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The real flow: Keycloak tokens of the demo users, the service's own PostgreSQL database. */
@KabinetIntegrationTest
@DisplayName("AC-1 accounts against real Keycloak and PostgreSQL")
class AccountsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    RestTestClient http;

    @BeforeEach
    void setUp() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        // The demo profile is off in tests: each test run (re)writes the rows it relies on.
        accounts.save(AccountFixtures.ivanovasFlat12());
        accounts.save(AccountFixtures.ivanovasFlat14());
    }

    @Test
    void ivanovaListsHerTwoAccounts() {
        http.get()
                .uri("/api/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("ivanova"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].number")
                .isEqualTo("1000000011")
                .jsonPath("$[1].number")
                .isEqualTo("1000000012")
                .jsonPath("$[0].address")
                .isEqualTo("г. Москва, ул. Лесная, д. 5, кв. 12")
                .jsonPath("$[0].services[0]")
                .isEqualTo("ELECTRICITY");
    }

    @Test
    void ivanovaSeesTheDetailsOfHerAccount() {
        http.get()
                .uri("/api/v1/accounts/1000000012")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("ivanova"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.number")
                .isEqualTo("1000000012")
                .jsonPath("$.ownerName")
                .isEqualTo("Иванова Анна Сергеевна")
                .jsonPath("$.totalArea")
                .isEqualTo(38.1)
                .jsonPath("$.rooms")
                .isEqualTo(1)
                .jsonPath("$.residents")
                .isEqualTo(1);
    }

    /** Every account-scoped endpoint of this service; the 403 comes before any lookup. */
    static Stream<String> accountScopedEndpoints() {
        return Stream.of("1000000011", "9999999990").map(number -> "/api/v1/accounts/" + number);
    }

    @ParameterizedTest
    @MethodSource("accountScopedEndpoints")
    @DisplayName("AC-1 petrov is refused on ivanova's account, and on a number that does not exist")
    void petrovIsRefused(String endpoint) {
        http.get()
                .uri(endpoint)
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("petrov"))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/account-access-denied")
                .jsonPath("$.traceId")
                .exists();
    }

    @Test
    void petrovDoesNotSeeIvanovasAccountsInHisList() {
        var body = http.get()
                .uri("/api/v1/accounts")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("petrov"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).doesNotContain("1000000011").doesNotContain("1000000012");
    }

    @Test
    void anOperatorReadsAnyAccountAndLearnsWhenOneDoesNotExist() {
        http.get()
                .uri("/api/v1/accounts/1000000011")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("operator"))
                .exchange()
                .expectStatus()
                .isOk();
        http.get()
                .uri("/api/v1/accounts/9999999990")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("operator"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/account-not-found");
    }

    @Test
    void withoutATokenTheCallerMustLogIn() {
        http.get()
                .uri("/api/v1/accounts")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/unauthorized");
    }
}
