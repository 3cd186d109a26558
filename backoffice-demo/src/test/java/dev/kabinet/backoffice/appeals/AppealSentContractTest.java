package dev.kabinet.backoffice.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("AC-5 the back office reads account.AppealSent.v1's golden example")
class AppealSentContractTest {

    @Test
    void theGoldenExampleReadsIntoTheBackOfficesRecord() {
        var appeal = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .readValue(
                        EventContracts.goldenExample("account.AppealSent.v1"),
                        dev.kabinet.backoffice.appeals.messaging.AppealSentV1.class);

        assertThat(appeal.accountNumber()).isEqualTo("1000000011");
        assertThat(appeal.addressee()).isEqualTo("TECHNICAL_SUPPORT");
        assertThat(appeal.type()).isEqualTo("PORTAL");
    }
}
