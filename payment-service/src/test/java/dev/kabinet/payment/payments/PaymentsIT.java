package dev.kabinet.payment.payments;

import static dev.kabinet.payment.payments.PaymentFixtures.aPayment;

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
@DisplayName("PY-5 payment history against real Keycloak and PostgreSQL")
class PaymentsIT {

    // Dated in the future so they stay the newest rows whatever else the test database holds.
    private static final String OLDER = "00000000-0000-4000-8000-000000000011";
    private static final String NEWER = "00000000-0000-4000-8000-000000000012";

    @LocalServerPort
    int port;

    @Autowired
    PaymentRepository payments;

    RestTestClient http;

    @BeforeEach
    void setUp() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        payments.save(aPayment(OLDER, "1000000011", 150000, "2099-01-05T09:00:00Z"));
        payments.save(aPayment(NEWER, "1000000011", 98750, "2099-02-05T09:00:00Z"));
    }

    @Test
    void ivanovaSeesHerAccountsPaymentsNewestFirst() {
        http.get()
                .uri("/api/v1/accounts/1000000011/payments?size=2")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("ivanova"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[0].id")
                .isEqualTo(NEWER)
                .jsonPath("$[0].amountKopecks")
                .isEqualTo(98750)
                .jsonPath("$[0].status")
                .isEqualTo("CREATED")
                .jsonPath("$[1].id")
                .isEqualTo(OLDER);
        http.get()
                .uri("/api/v1/accounts/1000000011/payments?page=1&size=1")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("ivanova"))
                .exchange()
                .expectBody()
                .jsonPath("$[0].id")
                .isEqualTo(OLDER);
    }

    @Test
    void anAccountWithoutPaymentsHasAnEmptyHistory() {
        http.get()
                .uri("/api/v1/accounts/1234567890123/payments")
                .header(HttpHeaders.AUTHORIZATION, KeycloakTokens.bearer("operator"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json("[]");
    }

    /** Every account-scoped endpoint of this service. */
    static Stream<String> ivanovasEndpoints() {
        return Stream.of("/api/v1/accounts/1000000011/payments", "/api/v1/accounts/9999999990/payments");
    }

    @ParameterizedTest
    @MethodSource("ivanovasEndpoints")
    @DisplayName("PY-5 petrov is refused on ivanova's account, and on a number that does not exist")
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
                .isEqualTo("https://kabinet.dev/problems/account-access-denied");
    }

    @Test
    void withoutATokenTheCallerMustLogIn() {
        http.get()
                .uri("/api/v1/accounts/1000000011/payments")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
