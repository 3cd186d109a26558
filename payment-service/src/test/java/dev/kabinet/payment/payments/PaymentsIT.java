package dev.kabinet.payment.payments;

import static dev.kabinet.payment.payments.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.ServiceApi;
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
@DisplayName("PY-5 payment history against real Keycloak and PostgreSQL")
class PaymentsIT {

    // Dated in the future so they stay the newest rows whatever else the test database holds.
    private static final String OLDER = "00000000-0000-4000-8000-000000000011";
    private static final String NEWER = "00000000-0000-4000-8000-000000000012";

    @LocalServerPort
    int port;

    @Autowired
    PaymentRepository payments;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;

    @BeforeEach
    void setUp() {
        api = ServiceApi.on(port);
        jdbc.update("delete from payment where id in (?::uuid, ?::uuid)", OLDER, NEWER);
        payments.save(aPayment()
                .id(OLDER)
                .on("1000000011")
                .amountKopecks(150000)
                .createdAt("2099-01-05T09:00:00Z")
                .build());
        payments.save(aPayment()
                .id(NEWER)
                .on("1000000011")
                .amountKopecks(98750)
                .createdAt("2099-02-05T09:00:00Z")
                .build());
    }

    @Test
    void ivanovaSeesHerAccountsPaymentsNewestFirst() {
        var ivanova = api.as("ivanova");
        var page = ivanova.get("/api/v1/accounts/1000000011/payments?size=2");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        var payments = page.json();
        assertThat(payments.get(0).get("id").asString()).isEqualTo(NEWER);
        assertThat(payments.get(0).get("amountKopecks").asLong()).isEqualTo(98750);
        assertThat(payments.get(0).get("status").asString()).isEqualTo("CREATED");
        assertThat(payments.get(1).get("id").asString()).isEqualTo(OLDER);
        var next = ivanova.get("/api/v1/accounts/1000000011/payments?page=1&size=1");
        assertThat(next.json().get(0).get("id").asString()).isEqualTo(OLDER);
    }

    @Test
    void anAccountWithoutPaymentsHasAnEmptyHistory() {
        var response = api.as("operator").get("/api/v1/accounts/1234567890123/payments");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json()).isEmpty();
    }

    /** Every account-scoped endpoint of this service. */
    static Stream<String> ivanovasEndpoints() {
        return Stream.of("/api/v1/accounts/1000000011/payments", "/api/v1/accounts/9999999990/payments");
    }

    @ParameterizedTest
    @MethodSource("ivanovasEndpoints")
    @DisplayName("PY-5 petrov is refused on ivanova's account, and on a number that does not exist")
    void petrovIsRefused(String endpoint) {
        var response = api.as("petrov").get(endpoint);

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/account-access-denied");
    }

    @Test
    void withoutATokenTheCallerMustLogIn() {
        assertThat(api.get("/api/v1/accounts/1000000011/payments").status()).isEqualTo(401);
    }
}
