package dev.kabinet.metering.readings.web;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aTwoZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.kabinet.metering.meters.CommonHouseMeters;
import dev.kabinet.metering.meters.LastReading;
import dev.kabinet.metering.meters.LastReadings;
import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.MeterRepository;
import dev.kabinet.metering.meters.MeteredAccountRepository;
import dev.kabinet.metering.meters.Meters;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.metering.readings.Reading;
import dev.kabinet.metering.readings.ReadingMetrics;
import dev.kabinet.metering.readings.ReadingRepository;
import dev.kabinet.metering.readings.ReadingStatus;
import dev.kabinet.metering.readings.ReadingSubmittedV1;
import dev.kabinet.metering.readings.Readings;
import dev.kabinet.metering.system.MeteringProperties;
import dev.kabinet.platform.messaging.Outbox;
import dev.kabinet.platform.security.ResourceServerSecurityConfiguration;
import dev.kabinet.platform.web.PlatformWebConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The HTTP edge of metering-service: the real controllers, application services, meter rules, security and problem
 * advice; only the repositories and the outbox are stand-ins (their real behaviour is proven by ReadingsIT).
 */
@WebMvcTest
@Import({
    ResourceServerSecurityConfiguration.class,
    PlatformWebConfiguration.class,
    Readings.class,
    ReadingMetrics.class,
    Meters.class,
    ReadingApiTest.Fixtures.class
})
@DisplayName("MT-1/MT-2/MT-3 metering API: shapes, problems and access")
class ReadingApiTest {

    static final String PROBLEM = "https://kabinet.dev/problems/";
    static final Instant NOW = Instant.parse("2026-11-22T09:15:30.123Z");

    @TestConfiguration
    @EnableConfigurationProperties(MeteringProperties.class)
    static class Fixtures {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MeterRepository meters;

    @MockitoBean
    ReadingRepository readings;

    @MockitoBean
    MeteredAccountRepository accounts;

    @MockitoBean
    LastReadings lastReadings;

    @MockitoBean
    Outbox outbox;

    @MockitoBean
    CommonHouseMeters commonHouse;

    static JwtRequestPostProcessor ivanova() {
        return jwt().jwt(j ->
                        j.claim("preferred_username", "ivanova").claim("accounts", List.of("1000000011", "1000000012")))
                .authorities(new SimpleGrantedAuthority("ROLE_resident"));
    }

    static JwtRequestPostProcessor petrov() {
        return jwt().jwt(j -> j.claim("preferred_username", "petrov").claim("accounts", List.of("2000000021")))
                .authorities(new SimpleGrantedAuthority("ROLE_resident"));
    }

    private void given(Meter meter) {
        given(meter, null);
    }

    /** The meter on its account, which account-service said is closed ({@code true}), open, or did not say (null). */
    private void given(Meter meter, Boolean accountClosed) {
        when(meters.findByIdAndAccountNumber(meter.id(), meter.accountNumber())).thenReturn(Optional.of(meter));
        List<Object[]> row = new java.util.ArrayList<>();
        row.add(new Object[] {meter, accountClosed});
        when(meters.findWithAccountClosed(meter.id(), meter.accountNumber())).thenReturn(row);
    }

    private void givenAccepted(Meter meter, Map<String, String> values) {
        var previous = Reading.submit(meter, values, null, NOW.minusSeconds(2_592_000), LocalDate.of(2026, 10, 23));
        previous.accept(NOW.minusSeconds(2_500_000));
        when(readings.findByMeterIdAndStatusOrderBySubmittedAtDesc(
                        eq(meter.id()), eq(ReadingStatus.ACCEPTED), any(org.springframework.data.domain.Limit.class)))
                .thenReturn(List.of(previous));
    }

    private ResultActions submit(String account, long meterId, String body) throws Exception {
        return mvc.perform(post("/api/v1/accounts/{number}/meters/{meterId}/readings", account, meterId)
                .with(ivanova())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void nothingStoredOrPublished() {
        verify(readings, never()).save(any());
        verify(outbox, never()).publish(anyString(), anyString(), anyString(), any());
    }

    @Nested
    @DisplayName("MT-2 submitting a reading")
    class Submitting {

        @Test
        void storesAndAnnouncesAValidReading() throws Exception {
            var meter = aSingleZoneMeter().build();
            given(meter);
            givenAccepted(meter, Map.of("T1", "12345.6"));

            submit("1000000011", 101, "{\"values\": {\"T1\": \"12346\"}}")
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", containsString("/api/v1/accounts/1000000011/readings/")))
                    .andExpect(jsonPath("$.id").isString())
                    .andExpect(jsonPath("$.meterId").value(101))
                    .andExpect(jsonPath("$.accountNumber").value("1000000011"))
                    .andExpect(jsonPath("$.values.T1").value("12346.0"))
                    .andExpect(jsonPath("$.status").value("IN_PROCESSING"))
                    .andExpect(jsonPath("$.channel").value("PORTAL"))
                    .andExpect(jsonPath("$.submittedAt").value("2026-11-22T09:15:30.123Z"));

            verify(readings).save(any(Reading.class));
            verify(outbox)
                    .publish(
                            eq("metering.readings"),
                            eq("1000000011"),
                            eq(ReadingSubmittedV1.TYPE),
                            any(ReadingSubmittedV1.class));
        }

        @Test
        @DisplayName("MT-8, MT-3 a reading given on the pay form is stored and announced with the channel PAYMENT")
        void storesAReadingGivenWhilePayingWithThePaymentChannel() throws Exception {
            var meter = aSingleZoneMeter().build();
            given(meter);
            givenAccepted(meter, Map.of("T1", "12345.6"));

            submit("1000000011", 101, "{\"values\": {\"T1\": \"12346\"}, \"channel\": \"PAYMENT\"}")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.channel").value("PAYMENT"));

            var event = org.mockito.ArgumentCaptor.forClass(ReadingSubmittedV1.class);
            verify(outbox)
                    .publish(eq("metering.readings"), eq("1000000011"), eq(ReadingSubmittedV1.TYPE), event.capture());
            assertThat(event.getValue().channel()).isEqualTo("PAYMENT");
        }

        @Test
        @DisplayName("MT-8 a resident names only PORTAL or PAYMENT as the channel: OFFICE is 400 naming channel")
        void refusesAChannelAResidentDoesNotUse() throws Exception {
            given(aSingleZoneMeter().build());

            submit("1000000011", 101, "{\"values\": {\"T1\": \"12346\"}, \"channel\": \"OFFICE\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("channel")));
            verify(readings, never()).save(any(Reading.class));
        }

        @Test
        @DisplayName("#5 a number where the reading's text is expected is refused naming the scale, not taken as text")
        void refusesANumberWhereAStringIsExpected() throws Exception {
            given(aSingleZoneMeter().build());

            submit("1000000011", 101, "{\"values\": {\"T1\": 12346.5}}")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(PROBLEM + "malformed-request"))
                    .andExpect(jsonPath("$.errors[0].field").value("values.T1"));
            nothingStoredOrPublished();
        }

        @Test
        void reportsEveryFieldProblemAtOnce() throws Exception {
            given(aTwoZoneMeter().on("1000000012").build());

            submit("1000000012", 102, "{\"values\": {\"T1\": \"1234567\", \"T2\": \"12.34\", \"T3\": \"1\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(PROBLEM + "reading-invalid"))
                    .andExpect(jsonPath("$.status").value(422))
                    .andExpect(jsonPath("$.title").isString())
                    .andExpect(jsonPath("$.detail").value(startsWith("Показания не приняты")))
                    .andExpect(jsonPath("$.instance").value("/api/v1/accounts/1000000012/meters/102/readings"))
                    .andExpect(jsonPath("$.errors", hasSize(3)))
                    .andExpect(jsonPath("$.errors[0].field").value("values.T1"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("не больше 6 цифр")))
                    .andExpect(jsonPath("$.errors[1].field").value("values.T2"))
                    .andExpect(jsonPath("$.errors[1].message").value(containsString("не больше 1 знака")))
                    .andExpect(jsonPath("$.errors[2].field").value("values.T3"));
            nothingStoredOrPublished();
        }

        @Test
        void requiresEveryZoneOfTheMeter() throws Exception {
            given(aTwoZoneMeter().on("1000000012").build());

            submit("1000000012", 102, "{\"values\": {\"T1\": \"5001\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("values.T2"))
                    .andExpect(jsonPath("$.errors[0].message").value("Укажите показание по шкале T2."));
        }

        @Test
        void refusesAValueBelowThePrevious() throws Exception {
            var meter = aSingleZoneMeter().build();
            given(meter);
            givenAccepted(meter, Map.of("T1", "12345.6"));

            submit("1000000011", 101, "{\"values\": {\"T1\": \"12000\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "reading-below-previous"))
                    // MT-2: the Russian way of writing numbers
                    .andExpect(jsonPath("$.detail").value(containsString("(T1: 12\u00a0345,6)")))
                    .andExpect(jsonPath("$.errors[0].field").value("values.T1"))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Показание меньше предыдущего принятого (12\u00a0345,6)."));
            nothingStoredOrPublished();
        }

        @Test
        @DisplayName("An English page gets the refusal in English, its numbers written the English way")
        void refusesInTheResidentsLanguage() throws Exception {
            var meter = aSingleZoneMeter().build();
            given(meter);
            givenAccepted(meter, Map.of("T1", "12345.6"));

            mvc.perform(post("/api/v1/accounts/{number}/meters/{meterId}/readings", "1000000011", 101)
                            .with(ivanova())
                            .header("Accept-Language", "en-US,en;q=0.9")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"values\": {\"T1\": \"12000\", \"T9\": \"1\"}}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(header().string("Content-Language", "en"))
                    .andExpect(jsonPath("$.title").value("Unprocessable Content"))
                    .andExpect(jsonPath("$.detail")
                            .value("The readings were not accepted: correct the marked fields and submit again."))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Lower than the previous accepted reading (12,345.6)."))
                    .andExpect(
                            jsonPath("$.errors[1].message").value("This meter has no scale T9: it has one scale, T1."));
            nothingStoredOrPublished();
        }

        @Test
        void refusesAThousandCharacterValueAsAProblem() throws Exception {
            given(aSingleZoneMeter().build());

            submit("1000000011", 101, "{\"values\": {\"T1\": \"" + "7".repeat(1000) + "\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "reading-invalid"))
                    .andExpect(jsonPath("$.errors[0].field").value("values.T1"));
            nothingStoredOrPublished();
        }

        @Test
        void refusesANonNumericValueAsAProblem() throws Exception {
            given(aSingleZoneMeter().build());

            submit("1000000011", 101, "{\"values\": {\"T1\": \"двенадцать\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].message").value(startsWith("Введите показание числом")));
        }

        @Test
        void refusesAnExponentThatWouldBeHugeAsAProblem() throws Exception {
            given(aSingleZoneMeter().build());

            submit("1000000011", 101, "{\"values\": {\"T1\": \"1e999999999\"}}")
                    .andExpect(status().isUnprocessableContent());
        }

        @Test
        void namesAnAbsurdZoneWithoutEchoingItWhole() throws Exception {
            given(aSingleZoneMeter().build());

            submit("1000000011", 101, "{\"values\": {\"T1\": \"1\", \"" + "Z".repeat(500) + "\": \"1\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("values.ZZZZZZZZZZ…"));
        }

        @Test
        void answersMalformedJsonWithAProblem() throws Exception {
            submit("1000000011", 101, "{\"values\": {\"T1\": ")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(PROBLEM + "malformed-request"))
                    .andExpect(jsonPath("$.detail").value(startsWith("Запрос не удалось прочитать")));
            nothingStoredOrPublished();
        }

        @Test
        void answersValuesOfTheWrongShapeWithAProblem() throws Exception {
            submit("1000000011", 101, "{\"values\": [\"12346\"]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "malformed-request"));
            submit("1000000011", 101, "{\"values\": {\"T1\": {\"nested\": 1}}}").andExpect(status().isBadRequest());
        }

        @Test
        void answersMissingValuesWithAFieldError() throws Exception {
            submit("1000000011", 101, "{}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("values"))
                    .andExpect(jsonPath("$.errors[0].message").value("Укажите показания счётчика."));
        }

        @Test
        void answersANonNumericMeterIdWithAProblem() throws Exception {
            mvc.perform(post("/api/v1/accounts/1000000011/meters/abc/readings")
                            .with(ivanova())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"values\": {\"T1\": \"1\"}}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "malformed-request"));
        }

        @Test
        @DisplayName("MT-2 a closed account answers account-closed even for a meter it does not have (#7)")
        void refusesAnUnknownMeterOfAClosedAccountAsClosed() throws Exception {
            when(accounts.existsByAccountNumberAndClosedTrue("1000000011")).thenReturn(true);

            submit("1000000011", 999, "{\"values\": {\"T1\": \"1\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "account-closed"));
            nothingStoredOrPublished();
        }

        @Test
        void answersAnUnknownMeterWithNotFound() throws Exception {
            when(meters.findByIdAndAccountNumber(anyLong(), anyString())).thenReturn(Optional.empty());

            submit("1000000011", 999, "{\"values\": {\"T1\": \"1\"}}")
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "meter-not-found"));
        }

        @Test
        void refusesManualReadingOfSmartMeter() throws Exception {
            given(aSingleZoneMeter().remotelyRead().build());

            submit("1000000011", 101, "{\"values\": {\"T1\": \"12346\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "meter-remotely-read"))
                    .andExpect(jsonPath("$.detail").value(containsString("автоматически")));
            nothingStoredOrPublished();
        }

        @Test
        @DisplayName("MT-2 a closed account takes no readings: account-closed, in the resident's language (#7)")
        void refusesReadingsOfAClosedAccount() throws Exception {
            given(aSingleZoneMeter().build(), true);
            when(accounts.existsByAccountNumberAndClosedTrue("1000000011")).thenReturn(true);

            submit("1000000011", 101, "{\"values\": {\"T1\": \"12346\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "account-closed"))
                    .andExpect(jsonPath("$.detail").value(containsString("Лицевой счёт закрыт")));
            mvc.perform(post("/api/v1/accounts/{number}/meters/{meterId}/readings", "1000000011", 101)
                            .with(ivanova())
                            .header("Accept-Language", "en")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"values\": {\"T1\": \"12346\"}}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail").value(containsString("This account is closed")));
            nothingStoredOrPublished();
        }

        @Test
        void refusesReadingsOfAMeterPastVerification() throws Exception {
            given(aSingleZoneMeter().verificationDue(LocalDate.of(2026, 1, 31)).build());

            submit("1000000011", 101, "{\"values\": {\"T1\": \"12346\"}}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "meter-verification-overdue"))
                    .andExpect(jsonPath("$.detail").value(containsString("31.01.2026")));
        }
    }

    @Nested
    @DisplayName("MT-1/MT-3 reading meters and readings")
    class Listing {

        @Test
        void listsMetersWithTheirLastReading() throws Exception {
            var single = aSingleZoneMeter().build();
            var twoZone = aTwoZoneMeter().build();
            when(meters.findByAccountNumberOrderByRetiredAscIdAsc("1000000011")).thenReturn(List.of(single, twoZone));
            when(lastReadings.of(List.of(101L, 102L)))
                    .thenReturn(Map.of(101L, new LastReading(Map.of(Zone.T1, "12345.6"), "ACCEPTED", NOW)));

            mvc.perform(get("/api/v1/accounts/1000000011/meters").with(ivanova()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(2)))
                    .andExpect(jsonPath("$[0].id").value(101))
                    .andExpect(jsonPath("$[0].serialNumber").value("ЭМ-101-2019"))
                    .andExpect(jsonPath("$[0].service").value("ELECTRICITY"))
                    .andExpect(jsonPath("$[0].zones[0]").value("T1"))
                    .andExpect(jsonPath("$[0].digitCapacity").value(6))
                    .andExpect(jsonPath("$[0].decimals").value(1))
                    .andExpect(jsonPath("$[0].lastReading.values.T1").value("12345.6"))
                    .andExpect(jsonPath("$[0].lastReading.status").value("ACCEPTED"))
                    .andExpect(jsonPath("$[0].lastReading.submittedAt").value("2026-11-22T09:15:30.123Z"))
                    .andExpect(jsonPath("$[1].zones", hasSize(2)))
                    .andExpect(jsonPath("$[1].lastReading").value(nullValue()));
        }

        @Test
        void listsReadingsNewestFirstInPages() throws Exception {
            var meter = aSingleZoneMeter().build();
            var reading = Reading.submit(meter, Map.of("T1", "12346"), null, NOW, LocalDate.of(2026, 11, 22));
            when(readings.findAll(
                            any(org.springframework.data.jpa.domain.Specification.class),
                            any(org.springframework.data.domain.Pageable.class)))
                    .thenReturn(new PageImpl<>(List.of(reading), PageRequest.of(1, 5), 6));

            mvc.perform(get("/api/v1/accounts/1000000011/readings?page=1&size=5")
                            .with(ivanova()))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Total-Count", "6"))
                    .andExpect(jsonPath("$[0].id").value(reading.id().toString()))
                    .andExpect(jsonPath("$[0].values.T1").value("12346.0"))
                    .andExpect(jsonPath("$[0].status").value("IN_PROCESSING"))
                    .andExpect(jsonPath("$[0].channel").value("PORTAL"));
        }

        @Test
        void refusesAPageLargerThanAHundred() throws Exception {
            mvc.perform(get("/api/v1/accounts/1000000011/readings?size=1000").with(ivanova()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "validation"));
        }

        @Test
        @org.junit.jupiter.api.DisplayName("MT-5 the history refuses a sort by a column it does not have")
        void refusesAnUnknownSort() throws Exception {
            mvc.perform(get("/api/v1/accounts/1000000011/readings?sort=accountNumber,asc")
                            .with(ivanova()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "validation"));
        }

        @Test
        void answersAnUnknownReadingWithNotFound() throws Exception {
            mvc.perform(get("/api/v1/accounts/1000000011/readings/5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10")
                            .with(ivanova()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "reading-not-found"));
        }
    }

    @Nested
    @DisplayName("MT-4 deleting one's own reading while it is in processing")
    class Deleting {

        static final UUID ID = UUID.fromString("5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10");

        private Reading inProcessing() {
            return Reading.submit(
                    aSingleZoneMeter().build(), Map.of("T1", "12346.0"), null, NOW, LocalDate.of(2026, 11, 22));
        }

        @Test
        @DisplayName("MT-4 a reading in processing is deleted (204) and metering.ReadingDeleted.v1 is stored")
        void deletesAReadingInProcessing() throws Exception {
            var reading = inProcessing();
            when(readings.findByIdAndAccountNumber(ID, "1000000011")).thenReturn(Optional.of(reading));
            when(readings.deleteInProcessing(ID, "1000000011")).thenReturn(1);

            mvc.perform(delete("/api/v1/accounts/1000000011/readings/{id}", ID).with(ivanova()))
                    .andExpect(status().isNoContent());

            verify(outbox).publish(eq("metering.readings"), eq("1000000011"), eq("metering.ReadingDeleted.v1"), any());
        }

        @Test
        @DisplayName("MT-4 a decided reading is not deleted: 409 reading-already-decided, in Russian and English")
        void refusesADecidedReading() throws Exception {
            when(readings.findByIdAndAccountNumber(ID, "1000000011")).thenReturn(Optional.of(inProcessing()));
            when(readings.deleteInProcessing(ID, "1000000011")).thenReturn(0);
            when(readings.statusOf(ID)).thenReturn(Optional.of(ReadingStatus.ACCEPTED));

            mvc.perform(delete("/api/v1/accounts/1000000011/readings/{id}", ID).with(ivanova()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "reading-already-decided"))
                    .andExpect(jsonPath("$.detail").value("По этому показанию уже принято решение (принято)."));
            mvc.perform(delete("/api/v1/accounts/1000000011/readings/{id}", ID)
                            .with(ivanova())
                            .header("Accept-Language", "en"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value("This reading has already been decided (accepted)."));
            verify(outbox, never()).publish(anyString(), anyString(), anyString(), any());
        }

        @Test
        @DisplayName("MT-4 another account's reading is answered exactly like one that does not exist: 404")
        void anotherAccountsReadingIsNotFound() throws Exception {
            when(readings.findByIdAndAccountNumber(ID, "1000000011")).thenReturn(Optional.empty());

            var unknown = mvc.perform(delete("/api/v1/accounts/1000000011/readings/{id}", ID)
                            .with(ivanova()))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "reading-not-found"))
                    .andReturn();
            assertThat(unknown.getResponse().getContentAsString()).doesNotContain("2000000021");
            verify(readings, never()).deleteInProcessing(any(), anyString());
            mvc.perform(delete("/api/v1/accounts/2000000021/readings/{id}", ID).with(ivanova()))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    @DisplayName("every account-scoped endpoint checks the account itself")
    class Access {

        @Test
        void refusesAnotherResidentsAccount() throws Exception {
            for (var request : List.of(
                    get("/api/v1/accounts/1000000011/meters"),
                    get("/api/v1/accounts/1000000011/readings"),
                    get("/api/v1/accounts/1000000011/readings/5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10"),
                    post("/api/v1/accounts/1000000011/meters/101/readings")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"values\": {\"T1\": \"12346\"}}"))) {
                mvc.perform(request.with(petrov()))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.type").value(PROBLEM + "account-access-denied"));
            }
            nothingStoredOrPublished();
        }

        @Test
        @DisplayName("a malformed account number is refused as such (400) on every endpoint, before the access check")
        void refusesAMalformedAccountNumberBeforeCheckingAccess() throws Exception {
            for (var number : List.of("12345", "10000000111234", "100000001x", "-1000000011")) {
                for (var request : List.of(
                        get("/api/v1/accounts/" + number + "/meters"),
                        get("/api/v1/accounts/" + number + "/readings"),
                        get("/api/v1/accounts/" + number + "/readings/5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10"),
                        post("/api/v1/accounts/" + number + "/meters/101/readings")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"values\": {\"T1\": \"12346\"}}"))) {
                    mvc.perform(request.with(petrov()))
                            .andExpect(status().isBadRequest())
                            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                            .andExpect(jsonPath("$.type").value(PROBLEM + "malformed-account-number"))
                            .andExpect(jsonPath("$.errors[0].field").value("number"));
                }
            }
            nothingStoredOrPublished();
        }

        @Test
        void requiresAToken() throws Exception {
            mvc.perform(get("/api/v1/accounts/1000000011/meters"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "unauthorized"));
        }
    }
}
