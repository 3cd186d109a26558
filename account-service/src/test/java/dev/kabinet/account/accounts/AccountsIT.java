package dev.kabinet.account.accounts;

import static dev.kabinet.account.accounts.AccountBuilder.ivanovasFlat12;
import static dev.kabinet.account.accounts.AccountBuilder.ivanovasFlat14;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.ServiceApi;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The real flow: Keycloak tokens of the demo users, the service's own PostgreSQL database. */
@KabinetIntegrationTest
@DisplayName("AC-1 accounts against real Keycloak and PostgreSQL")
class AccountsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;

    @BeforeEach
    void setUp() {
        api = ServiceApi.on(port);
        // The demo profile is off in tests: each test run (re)writes the rows it relies on.
        for (var account : List.of(ivanovasFlat12().build(), ivanovasFlat14().build())) {
            jdbc.update("delete from account where number = ?", account.number());
            accounts.save(account);
        }
    }

    @Test
    void ivanovaListsHerTwoAccounts() {
        var response = api.as("ivanova").get("/api/v1/accounts");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var list = response.json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("number").asString()).isEqualTo("1000000011");
        assertThat(list.get(1).get("number").asString()).isEqualTo("1000000012");
        assertThat(list.get(0).get("address").asString()).isEqualTo("г. Москва, ул. Лесная, д. 5, кв. 12");
        assertThat(list.get(0).get("services").get(0).asString()).isEqualTo("ELECTRICITY");
    }

    @Test
    void ivanovaSeesTheDetailsOfHerAccount() {
        var response = api.as("ivanova").get("/api/v1/accounts/1000000012");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var account = response.json();
        assertThat(account.get("number").asString()).isEqualTo("1000000012");
        assertThat(account.get("ownerName").asString()).isEqualTo("Иванова Анна Сергеевна");
        assertThat(account.get("totalArea").asDouble()).isEqualTo(38.1);
        assertThat(account.get("rooms").asInt()).isEqualTo(1);
        assertThat(account.get("residents").asInt()).isEqualTo(1);
        assertThat(account.get("houseArea").asDouble()).isEqualTo(3120.5);
        assertThat(account.get("phone").asString()).isEqualTo("+79160000011");
        assertThat(account.get("email").asString()).isEqualTo("ivanova@kabinet.local");
        assertThat(account.get("closed").asBoolean()).isFalse();
    }

    /** Every account-scoped endpoint of this service; the 403 comes before any lookup. */
    static Stream<String> accountScopedEndpoints() {
        return Stream.of("1000000011", "9999999990").map(number -> "/api/v1/accounts/" + number);
    }

    @ParameterizedTest
    @MethodSource("accountScopedEndpoints")
    @DisplayName("AC-1 petrov is refused on ivanova's account, and on a number that does not exist")
    void petrovIsRefused(String endpoint) {
        var response = api.as("petrov").get(endpoint);

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/account-access-denied");
        assertThat(response.json().has("traceId")).isTrue();
    }

    @Test
    void petrovDoesNotSeeIvanovasAccountsInHisList() {
        var response = api.as("petrov").get("/api/v1/accounts");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("1000000011").doesNotContain("1000000012");
    }

    @Test
    void anOperatorReadsAnyAccountAndLearnsWhenOneDoesNotExist() {
        var operator = api.as("operator");
        assertThat(operator.get("/api/v1/accounts/1000000011").status()).isEqualTo(200);

        var missing = operator.get("/api/v1/accounts/9999999990");
        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        assertThat(missing.problemType()).isEqualTo("https://kabinet.dev/problems/account-not-found");
    }

    @Test
    void withoutATokenTheCallerMustLogIn() {
        var response = api.get("/api/v1/accounts");

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/unauthorized");
    }
}
