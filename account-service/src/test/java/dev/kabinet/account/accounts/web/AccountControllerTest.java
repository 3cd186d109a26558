package dev.kabinet.account.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.kabinet.account.accounts.AccountBuilder;
import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.account.accounts.Accounts;
import dev.kabinet.account.accounts.InMemoryAccountRepository;
import dev.kabinet.account.accounts.UtilityService;
import dev.kabinet.platform.security.ResourceServerSecurityConfiguration;
import dev.kabinet.platform.test.Refusals;
import dev.kabinet.platform.web.PlatformWebConfiguration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(AccountController.class)
@Import({Accounts.class, AccountControllerTest.Fixtures.class})
@ImportAutoConfiguration({PlatformWebConfiguration.class, ResourceServerSecurityConfiguration.class})
@DisplayName("AC-1 accounts API: shape of answers and problems")
class AccountControllerTest {

    @Autowired
    MockMvcTester mvc;

    @TestConfiguration
    static class Fixtures {
        @Bean
        AccountRepository accountRepository() {
            var repository = new InMemoryAccountRepository();
            repository.save(AccountBuilder.ivanovasFlat12().build());
            repository.save(AccountBuilder.anAccount()
                    .number("1000000012")
                    .ownerName("Иванова Анна Сергеевна")
                    .address("г. Москва, ул. Лесная, д. 5, кв. 14")
                    .household(null, null, 1)
                    .services(UtilityService.ELECTRICITY, UtilityService.COLD_WATER)
                    .build());
            var closed = AccountBuilder.anAccount().number("1000000013").build();
            closed.close(2, LocalDate.parse("2026-11-30"), Instant.parse("2026-11-29T10:00:00Z"));
            repository.save(closed);
            return repository;
        }
    }

    static JwtRequestPostProcessor resident(String username, String... accounts) {
        return jwt().jwt(token -> token.claim("preferred_username", username).claim("accounts", List.of(accounts)))
                .authorities(new SimpleGrantedAuthority("ROLE_resident"));
    }

    static JwtRequestPostProcessor operator() {
        return jwt().jwt(token -> token.claim("preferred_username", "operator"))
                .authorities(new SimpleGrantedAuthority("ROLE_operator"));
    }

    @Test
    void listsTheLinkedAccountsInTheTokensOrderSkippingUnknownOnes() {
        var result = mvc.get()
                .uri("/api/v1/accounts")
                .with(resident("ivanova", "1000000012", "3000000000", "1000000011"))
                .exchange();

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$[*].number").isEqualTo(List.of("1000000012", "1000000011"));
        assertThat(result).bodyJson().extractingPath("$[0].services").isEqualTo(List.of("ELECTRICITY", "COLD_WATER"));
        assertThat(result).bodyJson().extractingPath("$[1].ownerName").isEqualTo("Иванова Анна Сергеевна");
    }

    @Test
    void givesAnOperatorNoLinkedAccounts() {
        assertThat(mvc.get().uri("/api/v1/accounts").with(operator()))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("[]");
    }

    @Test
    @DisplayName("AC-1 the details hold everything the record holds: areas, rooms, residents, phone, e-mail, services")
    void showsALinkedAccountsDetails() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000000011")
                .with(resident("ivanova", "1000000011", "1000000012"))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"number": "1000000011", "address": "г. Москва, ул. Лесная, д. 5, кв. 12", "flatNumber": "12",
                 "ownerName": "Иванова Анна Сергеевна", "services": ["ELECTRICITY"],
                 "totalArea": 54.30, "houseArea": 3120.50, "rooms": 2, "residents": 3,
                 "phone": "+79160000011", "email": "ivanova@kabinet.local", "closed": false, "closedOn": null}""");
    }

    @Test
    @DisplayName("AC-1 unknown values are null, not left out")
    void writesUnknownValuesAsNull() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000000012")
                .with(resident("ivanova", "1000000011", "1000000012"))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"totalArea": null, "houseArea": null, "rooms": null, "phone": null, "email": null,
                 "flatNumber": null}""");
    }

    @Test
    @DisplayName("BO-1 a closed account is shown as closed, not gone")
    void showsAClosedAccountAsClosed() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000000013")
                .with(resident("ivanova", "1000000013"))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"number": "1000000013", "closed": true, "closedOn": "2026-11-30"}""");
        assertThat(mvc.get().uri("/api/v1/accounts").with(resident("ivanova", "1000000013")))
                .bodyJson()
                .extractingPath("$[0].closed")
                .isEqualTo(true);
    }

    @Test
    void refusesAMalformedNumberWithAFieldError() {
        var result = mvc.get()
                .uri("/api/v1/accounts/12345abc")
                .with(resident("ivanova", "1000000011"))
                .exchange();

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/malformed-account-number");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("number");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("Номер лицевого счёта — от 10 до 13 цифр.");
    }

    @Test
    void refusesAnAccountThatIsNotLinkedWithAProblem() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000000011")
                .with(resident("petrov", "2000000021"))
                .exchange();

        assertRefused(result, "1000000011");
    }

    @Test
    void refusesAnUnknownNumberTheSameWaySoNumbersCannotBeProbed() {
        assertRefused(
                mvc.get()
                        .uri("/api/v1/accounts/9999999999")
                        .with(resident("petrov", "2000000021"))
                        .exchange(),
                "9999999999");
    }

    @Test
    @DisplayName("a foreign and a non-existent account get the same body, so numbers cannot be probed")
    void refusesAForeignAndAnUnknownNumberIndistinguishably() throws Exception {
        var foreign = mvc.get()
                .uri("/api/v1/accounts/1000000011")
                .with(resident("petrov", "2000000021"))
                .exchange();
        var unknown = mvc.get()
                .uri("/api/v1/accounts/9999999999")
                .with(resident("petrov", "2000000021"))
                .exchange();
        Refusals.assertIndistinguishable(
                foreign.getResponse().getContentAsString(),
                unknown.getResponse().getContentAsString());
    }

    @Test
    @DisplayName(
            "the format is checked before the access: a malformed number is 400 for a resident it is not linked to")
    void refusesAMalformedNumberBeforeCheckingAccess() {
        for (var number : List.of("123456789", "12345678901234", "10000000ab", "1000-00001")) {
            var result = mvc.get()
                    .uri("/api/v1/accounts/" + number)
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
    void tellsAnOperatorWhenTheAccountDoesNotExist() {
        var result =
                mvc.get().uri("/api/v1/accounts/9999999999").with(operator()).exchange();

        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/account-not-found");
    }

    @Test
    void asksForALoginWithoutAToken() {
        var result = mvc.get().uri("/api/v1/accounts").exchange();

        assertThat(result).hasStatus(401);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://kabinet.dev/problems/unauthorized");
    }

    private static void assertRefused(MvcTestResult result, String number) {
        assertThat(result).hasStatus(403).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/account-access-denied");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("не привязан");
        assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/accounts/" + number);
    }
}
