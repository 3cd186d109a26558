package dev.kabinet.identity.phoneconfirmation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.kabinet.identity.phoneconfirmation.ConfirmationAttemptsExhausted;
import dev.kabinet.identity.phoneconfirmation.ConfirmationCodeExpired;
import dev.kabinet.identity.phoneconfirmation.ConfirmationCodeWrong;
import dev.kabinet.identity.phoneconfirmation.ResendTooSoon;
import dev.kabinet.identity.phoneconfirmation.SmsLimitReached;
import dev.kabinet.platform.security.ResourceServerSecurityConfiguration;
import dev.kabinet.platform.web.PlatformWebConfiguration;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the outcomes of phone confirmation answer over HTTP (the flows' endpoints come with ID-3/ID-8/ID-9): problem
 * types and statuses, and {@code Retry-After} on the refusals that end by themselves.
 */
@WebMvcTest(PhoneConfirmationProblemsTest.Refusing.class)
@Import({PhoneConfirmationProblemsTest.Refusing.class, PhoneConfirmationProblems.class, RetryAfterHeader.class})
@ImportAutoConfiguration({PlatformWebConfiguration.class, ResourceServerSecurityConfiguration.class})
@DisplayName(
        "ID-3/ID-5 phone confirmation problems: 429 with Retry-After, 410 with a way forward, 422 with attempts left")
class PhoneConfirmationProblemsTest {

    @RestController
    static class Refusing {
        @GetMapping("/test/refuse/{what}")
        String refuse(@PathVariable String what) {
            throw switch (what) {
                case "cooldown" -> new ResendTooSoon(Duration.ofMillis(41_200));
                case "cap" -> new SmsLimitReached(Duration.ofMinutes(37));
                case "wrong" -> new ConfirmationCodeWrong(3);
                case "locked" -> new ConfirmationAttemptsExhausted(5);
                default -> new ConfirmationCodeExpired();
            };
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void aCapIs429WithRetryAfterInSeconds() {
        var result = refuse("cap");

        assertThat(result).hasStatus(429);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("2220");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/sms-limit-reached");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("37 мин");
    }

    @Test
    void theCooldownIs429WithRetryAfterRoundedUp() {
        var result = refuse("cooldown");

        assertThat(result).hasStatus(429);
        assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("42");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/confirmation-resend-too-soon");
    }

    @Test
    void aWrongCodeIs422WithTheAttemptsLeftNextToTheField() {
        var result = refuse("wrong");

        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getHeader("Retry-After")).isNull();
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("code");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Осталось попыток: 3");
    }

    @Test
    void anExpiredOrLockedCodeIs410AndSaysToAskForANewOne() {
        for (String what : new String[] {"expired", "locked"}) {
            var result = refuse(what);
            assertThat(result).hasStatus(410);
            assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Запросите новый код");
        }
    }

    @Test
    void aRefusalSpeaksEnglishWhenTheResidentPrefersIt() {
        var result = mvc.get()
                .uri("/test/refuse/cap")
                .header("Accept-Language", "en-US,en;q=0.9")
                .with(jwt())
                .exchange();

        assertThat(result).hasStatus(429);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Try again in 37 min");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult refuse(String what) {
        return mvc.get().uri("/test/refuse/" + what).with(jwt()).exchange();
    }
}
