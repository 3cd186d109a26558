package dev.kabinet.payment.payments.web;

import static dev.kabinet.payment.payments.PaymentBuilder.aCardPayment;
import static dev.kabinet.payment.payments.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.kabinet.payment.acquirer.ProviderRefused;
import dev.kabinet.payment.acquirer.ProviderUnavailable;
import dev.kabinet.payment.payments.IdempotencyKeyReused;
import dev.kabinet.payment.payments.InMemoryPaymentRepository;
import dev.kabinet.payment.payments.PaymentCollection;
import dev.kabinet.payment.payments.PaymentOrder;
import dev.kabinet.payment.payments.PaymentRepository;
import dev.kabinet.payment.payments.PaymentSettings;
import dev.kabinet.payment.payments.Payments;
import dev.kabinet.platform.security.ResourceServerSecurityConfiguration;
import dev.kabinet.platform.web.PlatformWebConfiguration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PaymentController.class)
@Import({Payments.class, PaymentControllerTest.Fixtures.class})
@EnableConfigurationProperties(PaymentSettings.class)
@TestPropertySource(
        properties = {
            "kabinet.payment.return-url=http://localhost/payments/return?payment={id}",
            "kabinet.payment.fail-url=http://localhost/payments/return?payment={id}&failed=true",
            "kabinet.payment.consent-version=test",
            "kabinet.payment.max-kopecks=100000000",
            "kabinet.payment.time-zone=Europe/Moscow",
            "kabinet.payment.janitor.interval=PT1M",
            "kabinet.payment.janitor.first-check-after=PT2M",
            "kabinet.payment.janitor.lease=PT2M",
            "kabinet.payment.janitor.batch=10",
            "kabinet.payment.janitor.registration-grace=PT2M",
            "kabinet.payment.janitor.expiry-grace=PT10M"
        })
@ImportAutoConfiguration({PlatformWebConfiguration.class, ResourceServerSecurityConfiguration.class})
@DisplayName("PY-3, PY-5 payments API: shape of answers and problems")
class PaymentControllerTest {

    private static final String PAY = "/api/v1/accounts/1000000011/payments";
    private static final String BODY = """
            {"lines": [{"lineCode": "EL", "amountKopecks": 157200}, {"lineCode": "GAS", "amountKopecks": 50000}],
             "payer": {"name": "Иванова Анна Петровна", "email": "ivanova@kabinet.local"}, "consent": true}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PaymentCollection collection;

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
                  "amountKopecks": 98750, "status": "CREATED", "channel": "CARD", "lines": [],
                  "createdAt": "2026-11-05T09:00:00Z"},
                 {"id": "00000000-0000-0000-0000-00000000000a", "accountNumber": "1000000011",
                  "amountKopecks": 150000, "status": "CREATED", "channel": "CARD", "lines": [],
                  "createdAt": "2026-10-05T09:00:00Z"}]""");
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

    @Test
    @DisplayName("PY-5 the history filters by status and by a period of days in the utility's time zone")
    void filtersByStatusAndPeriod() {
        var october = mvc.get()
                .uri("/api/v1/accounts/1000000011/payments?from=2026-10-01&to=2026-10-31")
                .with(resident("ivanova", "1000000011"))
                .exchange();
        assertThat(october).bodyJson().extractingPath("$[*].amountKopecks").isEqualTo(List.of(150000));

        var confirmed = mvc.get()
                .uri("/api/v1/accounts/1000000011/payments?status=CONFIRMED&status=ACCOUNTED")
                .with(resident("ivanova", "1000000011"))
                .exchange();
        assertThat(confirmed).bodyJson().isStrictlyEqualTo("[]");
    }

    @Test
    @DisplayName("PY-3 a started payment answers 201 with the bank's page, its lines and where it lives")
    void startsAPaymentAndAnswersTheBanksPage() {
        var payment = aCardPayment()
                .id("00000000-0000-0000-0000-0000000000d1")
                .line("EL", 157200)
                .line("GAS", 50000)
                .createdAt("2026-11-29T10:00:00Z")
                .sentAs("order-1")
                .build();
        given(collection.start(eq("1000000011"), any(PaymentOrder.class), eq("key-0001-abcd")))
                .willReturn(payment);

        var result = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .header("Idempotency-Key", "key-0001-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY)
                .exchange();

        assertThat(result).hasStatus(201);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(PAY + "/00000000-0000-0000-0000-0000000000d1");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("SENT");
        assertThat(result).bodyJson().extractingPath("$.amountKopecks").isEqualTo(207200);
        assertThat(result).bodyJson().extractingPath("$.formUrl").asString().contains("mdOrder=order-1");
        assertThat(result).bodyJson().extractingPath("$.expiresAt").isEqualTo("2026-11-29T10:20:00Z");
    }

    @Test
    @DisplayName("PY-2 a payment without consent, contact or lines is refused next to the fields, and nothing starts")
    void refusesAnIncompletePaymentWithFieldErrors() {
        var result = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .header("Idempotency-Key", "key-0002-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"lines": [{"lineCode": "el", "amountKopecks": 0}],
                         "payer": {"name": " ", "email": null, "phone": "89160000011"}, "consent": false}""")
                .exchange();

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("consent", "lines[0].lineCode", "lines[0].amountKopecks", "payer.name", "payer.phone");

        var noContact = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .header("Idempotency-Key", "key-0002-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"lines": [{"lineCode": "EL", "amountKopecks": 100}],
                         "payer": {"name": "Иванова Анна Петровна"}, "consent": true}""")
                .exchange();
        assertThat(noContact).hasStatus(400);
        assertThat(noContact).bodyJson().extractingPath("$.errors[0].field").isEqualTo("payer.emailOrPhone");
        verifyNoInteractions(collection);
    }

    @Test
    @DisplayName("#5 fault A: a payment with more than 20 lines is refused with one error on lines, its lines unread")
    void refusesTooManyLinesWithOneErrorAndWithoutValidatingEachLine() {
        // up to the platform's token limit for a request body (about 160 such lines); beyond it see the next test
        for (int count : List.of(21, 150)) {
            var result = mvc.post()
                    .uri(PAY)
                    .with(resident("ivanova", "1000000011"))
                    .header("Idempotency-Key", "key-0009-abcd")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(withLines(count, "{\"lineCode\": \"x\", \"amountKopecks\": -1}"))
                    .exchange();

            assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://kabinet.dev/problems/validation");
            assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("lines"));
        }
        verifyNoInteractions(collection);
    }

    @Test
    @DisplayName(
            "#5 fault A: the probe's 20,000-line payment is refused by the platform's body limit (413) before binding")
    void refusesTheProbesTwentyThousandLinesBeforeBinding() {
        var result = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .header("Idempotency-Key", "key-0010-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content(withLines(20_000, "{\"lineCode\": \"x\", \"amountKopecks\": -1}"))
                .exchange();

        assertThat(result).hasStatus(413).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(collection);
    }

    @Test
    @DisplayName("PY-1 twenty lines are a payment: each line's own problems are still named next to it")
    void validatesEachLineOfAPaymentOfAllowedSize() {
        var result = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .header("Idempotency-Key", "key-0010-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content(withLines(20, "{\"lineCode\": \"x\", \"amountKopecks\": -1}"))
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.errors.length()").isEqualTo(40);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .contains("lines[0].lineCode", "lines[19].amountKopecks")
                .doesNotContain("lines");
        verifyNoInteractions(collection);
    }

    private static String withLines(int count, String line) {
        return """
                {"consent": true, "payer": {"name": "x", "email": "a@b.ru"}, "lines": [%s]}""".formatted(String.join(",", java.util.Collections.nCopies(count, line)));
    }

    @Test
    @DisplayName("PY-3 a create without an Idempotency-Key, or with a malformed one, is refused")
    void refusesACreateWithoutAUsableKey() {
        var without = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY)
                .exchange();
        assertThat(without).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(without)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/idempotency-key-malformed");

        var malformed = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .header("Idempotency-Key", "short")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY)
                .exchange();
        assertThat(malformed).hasStatus(400);
        assertThat(malformed).bodyJson().extractingPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        verifyNoInteractions(collection);
    }

    @Test
    @DisplayName("PY-3 the same key with another payment is a 422 problem the resident can act on")
    void refusesAReusedKeyWithAProblem() {
        given(collection.start(any(), any(), any())).willThrow(new IdempotencyKeyReused());

        var result = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .header("Idempotency-Key", "key-0003-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY)
                .exchange();

        assertThat(result).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/idempotency-key-reused");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
    }

    @Test
    @DisplayName("PY-3 a bank that does not answer is a 503 problem, one that refuses a 502")
    void answersTheBanksTroubleAsProblems() {
        given(collection.start(any(), any(), eq("key-0004-abcd")))
                .willThrow(new ProviderUnavailable(new IllegalStateException("timeout")));
        given(collection.start(any(), any(), eq("key-0005-abcd"))).willThrow(new ProviderRefused("5"));

        var unavailable = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .header("Idempotency-Key", "key-0004-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY)
                .exchange();
        var refused = mvc.post()
                .uri(PAY)
                .with(resident("ivanova", "1000000011"))
                .header("Idempotency-Key", "key-0005-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY)
                .exchange();

        assertThat(unavailable).hasStatus(503);
        assertThat(unavailable)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/payment-provider-unavailable");
        assertThat(refused).hasStatus(502);
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/payment-provider-refused");
    }

    @Test
    @DisplayName("PY-3 petrov cannot start a payment on ivanova's account: the same refusal as for no account")
    void refusesAPaymentOnAForeignAccountBeforeAnythingElse() throws Exception {
        var foreign = mvc.post()
                .uri(PAY)
                .with(resident("petrov", "2000000021"))
                .header("Idempotency-Key", "key-0006-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY)
                .exchange();
        var unknown = mvc.post()
                .uri("/api/v1/accounts/9999999999/payments")
                .with(resident("petrov", "2000000021"))
                .header("Idempotency-Key", "key-0006-abcd")
                .contentType(MediaType.APPLICATION_JSON)
                .content(BODY)
                .exchange();

        assertThat(foreign).hasStatus(403);
        dev.kabinet.platform.test.Refusals.assertIndistinguishable(
                foreign.getResponse().getContentAsString(),
                unknown.getResponse().getContentAsString());
        verifyNoInteractions(collection);
    }

    @Test
    @DisplayName("PY-4 another account's payment id is not found, like one that does not exist")
    void answersAnotherAccountsPaymentAsNotFound() {
        var result = mvc.get()
                .uri("/api/v1/accounts/1000000011/payments/00000000-0000-0000-0000-00000000000c")
                .with(resident("ivanova", "1000000011"))
                .exchange();

        assertThat(result).hasStatus(404);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/payment-not-found");
    }
}
