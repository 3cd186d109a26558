package dev.kabinet.payment.payments.web;

import static dev.kabinet.payment.payments.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.kabinet.payment.payments.InMemoryPaymentRepository;
import dev.kabinet.payment.payments.PaymentRepository;
import dev.kabinet.payment.payments.Payments;
import dev.kabinet.platform.security.ResourceServerSecurityConfiguration;
import dev.kabinet.platform.web.PlatformWebConfiguration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PaymentController.class)
@Import({Payments.class, PaymentControllerTest.Fixtures.class})
@ImportAutoConfiguration({PlatformWebConfiguration.class, ResourceServerSecurityConfiguration.class})
@DisplayName("PY-5 payments API: shape of answers and problems")
class PaymentControllerTest {

    @Autowired
    MockMvcTester mvc;

    @TestConfiguration
    static class Fixtures {
        @Bean
        PaymentRepository paymentRepository() {
            var repository = new InMemoryPaymentRepository();
            repository.save(aPayment()
                    .id("00000000-0000-0000-0000-00000000000a")
                    .on("1000000011")
                    .amountKopecks(150000)
                    .createdAt("2026-10-05T09:00:00Z")
                    .build());
            repository.save(aPayment()
                    .id("00000000-0000-0000-0000-00000000000b")
                    .on("1000000011")
                    .amountKopecks(98750)
                    .createdAt("2026-11-05T09:00:00Z")
                    .build());
            repository.save(aPayment()
                    .id("00000000-0000-0000-0000-00000000000c")
                    .on("2000000021")
                    .amountKopecks(50000)
                    .createdAt("2026-11-06T09:00:00Z")
                    .build());
            return repository;
        }
    }

    static JwtRequestPostProcessor resident(String username, String... accounts) {
        return jwt().jwt(token -> token.claim("preferred_username", username).claim("accounts", List.of(accounts)))
                .authorities(new SimpleGrantedAuthority("ROLE_resident"));
    }

    @Test
    void listsTheAccountsPaymentsNewestFirst() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000000011/payments")
                .with(resident("ivanova", "1000000011", "1000000012"))
                .exchange();

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                [{"id": "00000000-0000-0000-0000-00000000000b", "accountNumber": "1000000011",
                  "amountKopecks": 98750, "status": "CREATED", "createdAt": "2026-11-05T09:00:00Z"},
                 {"id": "00000000-0000-0000-0000-00000000000a", "accountNumber": "1000000011",
                  "amountKopecks": 150000, "status": "CREATED", "createdAt": "2026-10-05T09:00:00Z"}]""");
    }

    @Test
    void pagesThroughTheHistory() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000000011/payments?page=1&size=1")
                .with(resident("ivanova", "1000000011"))
                .exchange();

        assertThat(result).bodyJson().extractingPath("$[*].amountKopecks").isEqualTo(List.of(150000));
    }

    @Test
    void answersAnEmptyListForAnAccountWithoutPayments() {
        assertThat(mvc.get()
                        .uri("/api/v1/accounts/1000000012/payments")
                        .with(resident("ivanova", "1000000011", "1000000012")))
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo("[]");
    }

    @Test
    void refusesAMalformedNumberWithAFieldError() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000-0011/payments")
                .with(resident("ivanova", "1000000011"))
                .exchange();

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/malformed-account-number");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("number");
    }

    @Test
    @DisplayName(
            "the format is checked before the access: a malformed number is 400 for a resident it is not linked to")
    void refusesAMalformedNumberBeforeCheckingAccess() {
        for (var number : List.of("123456789", "12345678901234", "10000000ab")) {
            var result = mvc.get()
                    .uri("/api/v1/accounts/" + number + "/payments")
                    .with(resident("petrov", "2000000021"))
                    .exchange();
            assertThat(result).hasStatus(400);
            assertThat(result)
                    .bodyJson()
                    .extractingPath("$.type")
                    .isEqualTo("https://kabinet.dev/problems/malformed-account-number");
        }
    }

    @Test
    @DisplayName("a foreign and a non-existent account get the same refusal")
    void refusesAForeignAndAnUnknownAccountIndistinguishably() throws Exception {
        var foreign = mvc.get()
                .uri("/api/v1/accounts/1000000011/payments")
                .with(resident("petrov", "2000000021"))
                .exchange();
        var unknown = mvc.get()
                .uri("/api/v1/accounts/9999999999/payments")
                .with(resident("petrov", "2000000021"))
                .exchange();
        assertThat(foreign).hasStatus(403);
        dev.kabinet.platform.test.Refusals.assertIndistinguishable(
                foreign.getResponse().getContentAsString(),
                unknown.getResponse().getContentAsString());
    }

    @Test
    void refusesAnOversizedPage() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000000011/payments?size=1000")
                .with(resident("ivanova", "1000000011"))
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void refusesAnotherResidentsAccountWithAProblem() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000000011/payments")
                .with(resident("petrov", "2000000021"))
                .exchange();

        assertThat(result).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/account-access-denied");
    }

    @Test
    void asksForALoginWithoutAToken() {
        assertThat(mvc.get().uri("/api/v1/accounts/1000000011/payments")).hasStatus(401);
    }
}
