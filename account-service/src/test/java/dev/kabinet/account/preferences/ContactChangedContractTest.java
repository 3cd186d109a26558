package dev.kabinet.account.preferences;

import static dev.kabinet.account.accounts.AccountBuilder.ivanovasFlat12;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.account.accounts.BillDelivery;
import dev.kabinet.account.accounts.Preferences;
import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What account-service sends the back office on account.contact-changes is what {@code contracts/} promises. */
@DisplayName("AC-3 account.ContactChanged.v1 conforms to its contract")
class ContactChangedContractTest {

    static final String TYPE = ContactChangedV1.TYPE;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExampleConforms() {
        EventContracts.assertConforms(TYPE, EventContracts.goldenExample(TYPE));
    }

    @Test
    @DisplayName("AC-3 a change with a phone and an e-mail conforms")
    void aChangeConforms() {
        var account = ivanovasFlat12().build();
        var fields = account.changeContact(
                "+79123456789", "anna@example.ru", new Preferences(true, true, BillDelivery.EMAIL), Instant.now());

        var payload = json.writeValueAsString(ContactChangedV1.of(account, "RESIDENT", fields));

        EventContracts.assertConforms(TYPE, payload);
        assertThat(payload).contains("\"sequence\":2", "\"phone\":\"+79123456789\"", "\"billDelivery\":\"EMAIL\"");
    }

    @Test
    @DisplayName("AC-3 a change that removes the phone and e-mail leaves them out, never null")
    void removedContactIsLeftOut() {
        var account = ivanovasFlat12().build();
        var fields =
                account.changeContact(null, null, new Preferences(false, false, BillDelivery.PAPER), Instant.now());

        var payload = json.writeValueAsString(ContactChangedV1.of(account, "RESIDENT", fields));

        EventContracts.assertConforms(TYPE, payload);
        assertThat(payload).doesNotContain("null", "\"phone\":", "\"email\":");
        assertThat(fields).isEqualTo(List.of("phone", "email", "emailInforming"));
    }
}
