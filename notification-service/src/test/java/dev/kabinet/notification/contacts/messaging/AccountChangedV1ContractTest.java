package dev.kabinet.notification.contacts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.notification.contacts.BillDelivery;
import dev.kabinet.notification.contacts.ContactChange;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("BO-1 notification reads account.AccountChanged.v1 as the contract defines it (AC-3, #7)")
class AccountChangedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    AccountChangedV1 read(String payload) {
        return json.readValue(payload, AccountChangedV1.class);
    }

    @Test
    void theGoldenExampleDeserialisesIntoNotificationsRecord() {
        var change = read(EventContracts.goldenExample(AccountChangedV1.TYPE)).toContactChange();

        assertThat(change)
                .isEqualTo(new ContactChange(
                        "1000000011",
                        3,
                        "+79161234567",
                        "ivanova@kabinet.local",
                        false,
                        true,
                        BillDelivery.EMAIL,
                        Map.of(101L, "ЭМ-101-2019", 103L, "ГС-103-2020", 99L, "ЭМ-099-2009")));
    }

    @Test
    void anAccountWithoutPhoneOrEmailReads() {
        var change = read(GoldenEvent.of(AccountChangedV1.TYPE)
                        .with("contact", Map.of())
                        .json())
                .toContactChange();

        assertThat(change.phone()).isNull();
        assertThat(change.email()).isNull();
    }

    @Test
    void anEventWithoutItsPreferencesIsMalformed() {
        var event = read(
                GoldenEvent.of(AccountChangedV1.TYPE).without("preferences").json());

        assertThatThrownBy(event::toContactChange).isInstanceOf(MalformedEvent.class);
    }
}
