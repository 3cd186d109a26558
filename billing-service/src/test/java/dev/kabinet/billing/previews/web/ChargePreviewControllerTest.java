package dev.kabinet.billing.previews.web;

import static dev.kabinet.billing.previews.SubmittedReadingBuilder.aDayNightReading;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.kabinet.billing.previews.ChargePreview;
import dev.kabinet.billing.previews.ChargePreviewNotFound;
import dev.kabinet.billing.previews.ChargePreviewNotReady;
import dev.kabinet.billing.previews.ChargePreviews;
import dev.kabinet.billing.tariffs.Tariff;
import dev.kabinet.billing.tariffs.TariffSchedule;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.billing.tariffs.ZoneScheme;
import dev.kabinet.platform.security.ResourceServerSecurityConfiguration;
import dev.kabinet.platform.web.PlatformWebConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ChargePreviewController.class)
@ImportAutoConfiguration({PlatformWebConfiguration.class, ResourceServerSecurityConfiguration.class})
@DisplayName("MT-7 the preview charge of a reading over HTTP")
class ChargePreviewControllerTest {

    static final String IVANOVAS = "1000000012";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ChargePreviews previews;

    static JwtRequestPostProcessor ivanova() {
        return jwt().jwt(token ->
                token.claim("preferred_username", "ivanova").claim("accounts", List.of("1000000011", IVANOVAS)));
    }

    static ChargePreview aPreview(UUID readingId) {
        var tariffs = TariffSchedule.of(List.of(
                Tariff.of(
                        UtilityService.ELECTRICITY,
                        ZoneScheme.DAY_NIGHT,
                        TariffZone.T1,
                        725,
                        LocalDate.of(2026, 1, 1),
                        null),
                Tariff.of(
                        UtilityService.ELECTRICITY,
                        ZoneScheme.DAY_NIGHT,
                        TariffZone.T2,
                        310,
                        LocalDate.of(2026, 1, 1),
                        null)));
        return ChargePreview.calculate(
                aDayNightReading().readingId(readingId).build(),
                tariffs,
                ZoneId.of("Europe/Moscow"),
                Instant.parse("2026-11-22T09:16:00Z"));
    }

    @Test
    void showsThePreviewWithLinesInKopecks() throws Exception {
        var readingId = UUID.randomUUID();
        given(previews.of(IVANOVAS, readingId)).willReturn(aPreview(readingId));

        mvc.perform(get("/api/v1/accounts/{number}/charge-previews/{id}", IVANOVAS, readingId)
                        .with(ivanova()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readingId").value(readingId.toString()))
                .andExpect(jsonPath("$.accountNumber").value(IVANOVAS))
                .andExpect(jsonPath("$.meterId").value(102))
                .andExpect(jsonPath("$.amountKopecks").value(10303))
                .andExpect(jsonPath("$.lines[0].zone").value("T1"))
                .andExpect(jsonPath("$.lines[0].consumption").value("12.5"))
                .andExpect(jsonPath("$.lines[0].tariffKopecks").value(725))
                .andExpect(jsonPath("$.lines[0].amountKopecks").value(9063))
                .andExpect(jsonPath("$.lines[0].note").doesNotExist())
                .andExpect(jsonPath("$.lines[1].zone").value("T2"))
                .andExpect(jsonPath("$.lines[1].consumption").value("4"))
                .andExpect(jsonPath("$.lines[1].amountKopecks").value(1240))
                .andExpect(jsonPath("$.calculatedAt").value("2026-11-22T09:16:00Z"));
    }

    @Test
    void answersNotReadyAsAProblemUntilCalculated() throws Exception {
        var readingId = UUID.randomUUID();
        given(previews.of(IVANOVAS, readingId)).willThrow(new ChargePreviewNotReady());

        mvc.perform(get("/api/v1/accounts/{number}/charge-previews/{id}", IVANOVAS, readingId)
                        .with(ivanova()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/charge-preview-not-ready"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Начисление ещё рассчитывается")))
                .andExpect(
                        jsonPath("$.instance").value("/api/v1/accounts/" + IVANOVAS + "/charge-previews/" + readingId));
    }

    @Test
    void answersNotFoundAsAProblemForAPreviewThatWillNotCome() throws Exception {
        var readingId = UUID.randomUUID();
        given(previews.of(IVANOVAS, readingId)).willThrow(new ChargePreviewNotFound());

        mvc.perform(get("/api/v1/accounts/{number}/charge-previews/{id}", IVANOVAS, readingId)
                        .with(ivanova()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/charge-preview-not-found"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Начисление по этим показаниям не найдено")));
    }

    @Test
    void refusesAnAccountNotLinkedToTheCaller() throws Exception {
        mvc.perform(get("/api/v1/accounts/{number}/charge-previews/{id}", "2000000021", UUID.randomUUID())
                        .with(ivanova()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/account-access-denied"))
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void refusesAReadingIdThatIsNoUuid() throws Exception {
        mvc.perform(get("/api/v1/accounts/{number}/charge-previews/{id}", IVANOVAS, "123")
                        .with(ivanova()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/malformed-request"));
    }

    @Test
    void refusesAMalformedAccountNumberWithAFieldError() throws Exception {
        mvc.perform(get("/api/v1/accounts/{number}/charge-previews/{id}", "12ab", UUID.randomUUID())
                        .with(jwt().authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                                "ROLE_operator"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/malformed-account-number"))
                .andExpect(jsonPath("$.errors[0].field").value("number"));
    }

    @Test
    @DisplayName("a malformed number is refused as malformed (400) before the access check, for a resident too")
    void refusesAMalformedAccountNumberBeforeCheckingAccess() throws Exception {
        for (var number : List.of("12ab", "123456789", "12345678901234")) {
            mvc.perform(get("/api/v1/accounts/{number}/charge-previews/{id}", number, UUID.randomUUID())
                            .with(ivanova()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/malformed-account-number"));
        }
    }

    @Test
    void asksForALoginWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/accounts/{number}/charge-previews/{id}", IVANOVAS, UUID.randomUUID()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://kabinet.dev/problems/unauthorized"));
    }
}
