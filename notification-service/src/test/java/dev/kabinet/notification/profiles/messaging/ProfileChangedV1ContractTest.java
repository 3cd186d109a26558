package dev.kabinet.notification.profiles.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.notification.deliveries.Language;
import dev.kabinet.notification.deliveries.ProfileChange;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("NT-1 NT-2 notification reads identity.ProfileChanged.v1 as the contract defines it (#11)")
class ProfileChangedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExampleDeserialisesIntoNotificationsRecord() {
        var change = json.readValue(EventContracts.goldenExample(ProfileChangedV1.TYPE), ProfileChangedV1.class)
                .toProfileChange();

        assertThat(change.userId()).isEqualTo("5f0c6a2e-8d1b-4c3a-9e7f-2b4d6a8c0e12");
        assertThat(change.what()).isEqualTo(ProfileChange.What.EMAIL);
        assertThat(change.changedAt()).isEqualTo(Instant.parse("2026-11-30T01:15:30Z"));
        assertThat(change.email()).isEqualTo("ivanova@kabinet.local");
        assertThat(change.phone()).isEqualTo("+79123456789");
        assertThat(change.language()).isEqualTo(Language.RU);
    }

    @Test
    void everyChangeOfTheContractIsKnown() {
        for (var what : new String[] {"PASSWORD", "EMAIL", "USERNAME", "PHONE"}) {
            assertThat(json.readValue(
                                    GoldenEvent.of(ProfileChangedV1.TYPE)
                                            .with("change", what)
                                            .json(),
                                    ProfileChangedV1.class)
                            .toProfileChange()
                            .what()
                            .name())
                    .isEqualTo(what);
        }
        assertThatThrownBy(() -> json.readValue(
                                GoldenEvent.of(ProfileChangedV1.TYPE)
                                        .with("change", "NAME")
                                        .json(),
                                ProfileChangedV1.class)
                        .toProfileChange())
                .isInstanceOf(MalformedEvent.class);
    }
}
