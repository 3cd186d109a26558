package dev.kabinet.backoffice.contacts.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The back office reads what account-service promises on account.contact-changes (AC-3). */
@DisplayName("AC-3 the back office reads account.ContactChanged.v1's golden example")
class ContactChangedContractTest {

    @Test
    void theGoldenExampleReadsIntoTheBackOfficesRecord() {
        var change = ContactChangesListener.read(EventContracts.goldenExample(ContactChangedV1.TYPE));

        assertThat(change.accountNumber()).isEqualTo("1000000011");
        assertThat(change.sequence()).isEqualTo(2);
        assertThat(change.phone()).isEqualTo("+79161234567");
        assertThat(change.smsInforming()).isTrue();
        assertThat(change.billDelivery()).isEqualTo("EMAIL");
        assertThat(change.changedFields()).contains("phone");
    }

    @Test
    void aChangeWithoutPhoneOrEmailReads() {
        var change = ContactChangesListener.read(
                "{\"accountNumber\":\"1000000011\",\"sequence\":3,\"changedAt\":\"2026-11-29T10:15:30Z\","
                        + "\"changedBy\":\"RESIDENT\",\"changedFields\":[\"phone\"],\"smsInforming\":false,"
                        + "\"emailInforming\":false,\"billDelivery\":\"PAPER\"}");

        assertThat(change.phone()).isNull();
        assertThat(change.email()).isNull();
    }
}
