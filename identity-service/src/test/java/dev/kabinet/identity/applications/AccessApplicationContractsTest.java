package dev.kabinet.identity.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.identity.registration.AccountNumbers;
import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("ID-4 identity.AccessApplicationSubmitted.v1 conforms to its contract; the form's rules")
class AccessApplicationContractsTest {

    static final AccountNumbers NUMBERS = new AccountNumbers("[0-9]{10,13}");

    static ApplicationForm aForm(String patronymic, Map<String, String> readings, List<String> extras) {
        return new ApplicationForm(
                "1000 000 011",
                " Иванова ",
                "Анна",
                patronymic,
                "9160000011",
                "ivanova@kabinet.local",
                "ЭМ-101-2019",
                readings,
                extras,
                true,
                "captcha");
    }

    @Test
    void theGoldenExampleConforms() {
        EventContracts.assertConforms(
                AccessApplicationSubmittedV1.TYPE, EventContracts.goldenExample(AccessApplicationSubmittedV1.TYPE));
    }

    @Test
    @DisplayName("ID-4 what identity-service publishes conforms: single-rate without patronymic, day/night with extras")
    void publishedApplicationsConform() {
        var json = JsonMapper.builder().build();
        for (var form : List.of(
                aForm(null, Map.of("T1", "12345,6"), List.of()),
                aForm("Сергеевна", Map.of("T1", "1", "T2", "2.125"), List.of("1000-000-012")))) {
            var valid = form.validate(NUMBERS);
            var application = new AccessApplication(
                    UUID.randomUUID(),
                    100001,
                    valid,
                    "ru",
                    "203.0.113.1",
                    Instant.parse("2026-11-30T09:15:00Z"),
                    AccessApplication.Status.SUBMITTED,
                    null,
                    null,
                    null,
                    null);
            String payload = json.writeValueAsString(AccessApplicationSubmittedV1.of(application));
            EventContracts.assertConforms(AccessApplicationSubmittedV1.TYPE, payload);
            assertThat(payload).contains("\"accountNumber\":\"1000000011\"", "\"surname\":\"Иванова\"");
        }
    }

    @Test
    @DisplayName("ID-4 readings take a decimal comma and become a point; T3, letters and a missing T1 are refused")
    void readings() {
        var valid = aForm(null, Map.of("T1", "12345,6", "T2", "7"), List.of()).validate(NUMBERS);
        assertThat(valid.readings())
                .containsExactly(
                        new AccessApplication.Reading("T1", "12345.6"), new AccessApplication.Reading("T2", "7"));
        assertThatThrownBy(() -> aForm(null, Map.of("T2", "7"), List.of()).validate(NUMBERS))
                .isInstanceOfSatisfying(AccessApplicationInvalid.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactly("readings.T1"));
        assertThatThrownBy(() -> aForm(null, Map.of("T1", "1e5"), List.of()).validate(NUMBERS))
                .isInstanceOf(AccessApplicationInvalid.class);
    }

    @Test
    @DisplayName("ID-4 extra accounts: typed forms accepted, the application's own and repeats refused")
    void extraAccounts() {
        assertThat(aForm(null, Map.of("T1", "1"), List.of("1000 000 012", ""))
                        .validate(NUMBERS)
                        .extraAccountNumbers())
                .containsExactly("1000000012");
        assertThatThrownBy(() -> aForm(null, Map.of("T1", "1"), List.of("1000000012", "1000-000-012", "1000000011"))
                        .validate(NUMBERS))
                .isInstanceOfSatisfying(AccessApplicationInvalid.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactly("extraAccountNumbers[1]", "extraAccountNumbers[2]"));
    }

    @Test
    @DisplayName("ID-4 a decided application cannot be decided again")
    void decidedOnce() {
        var application = new AccessApplication(
                UUID.randomUUID(),
                1,
                aForm(null, Map.of("T1", "1"), List.of()).validate(NUMBERS),
                "ru",
                "203.0.113.1",
                Instant.now(),
                AccessApplication.Status.SUBMITTED,
                null,
                null,
                null,
                null);
        application.reject("не владелец", Instant.now());
        assertThat(application.waiting()).isFalse();
        assertThatThrownBy(() -> application.approve("1000000011", "sub", Instant.now()))
                .isInstanceOf(IllegalStateException.class);
    }
}
