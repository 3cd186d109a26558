package dev.kabinet.identity.profiles.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("ID-8 identity.ProfileChanged.v1: what identity-service publishes conforms to the contract")
class ProfileChangedContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE = ProfileChangedV1.TYPE;

    @Test
    void aChangeWithEmailAndPhoneConforms() {
        var event = new ProfileChangedV1(
                "5f0c6a2e-8d1b-4c3a-9e7f-2b4d6a8c0e12",
                "EMAIL",
                OffsetDateTime.of(2026, 11, 30, 1, 15, 30, 0, ZoneOffset.UTC),
                "ivanova@kabinet.local",
                "+79123456789",
                "ru");

        EventContracts.assertConforms(TYPE, JSON.writeValueAsString(event));
    }

    @Test
    void aLoginWithoutEmailOrPhoneConformsWithNulls() {
        var event = new ProfileChangedV1(
                "5f0c6a2e-8d1b-4c3a-9e7f-2b4d6a8c0e12",
                "PASSWORD",
                OffsetDateTime.of(2026, 11, 30, 1, 15, 30, 0, ZoneOffset.UTC),
                null,
                null,
                "en");

        String json = JSON.writeValueAsString(event);
        EventContracts.assertConforms(TYPE, json);
        assertThat(json).contains("\"email\":null", "\"phone\":null");
    }

    @Test
    void anUnknownChangeIsOutsideTheContract() {
        var event = new ProfileChangedV1(
                "5f0c6a2e-8d1b-4c3a-9e7f-2b4d6a8c0e12",
                "ADDRESS",
                OffsetDateTime.of(2026, 11, 30, 1, 15, 30, 0, ZoneOffset.UTC),
                null,
                null,
                "ru");

        assertThat(EventContracts.validate(TYPE, JSON.writeValueAsString(event)))
                .isNotEmpty();
    }

    @Test
    void theGoldenExampleConforms() {
        EventContracts.assertConforms(TYPE, EventContracts.goldenExample(TYPE));
    }
}
