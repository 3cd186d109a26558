package dev.kabinet.backoffice.applications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.backoffice.applications.messaging.AccessApplicationSubmittedV1;
import dev.kabinet.platform.test.EventContracts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("BO-4 the back office reads identity.AccessApplicationSubmitted.v1's golden example")
class AccessApplicationSubmittedContractTest {

    @Test
    void theGoldenExampleReadsIntoTheBackOfficesRecord() {
        var application = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .readValue(
                        EventContracts.goldenExample(AccessApplicationSubmittedV1.TYPE),
                        AccessApplicationSubmittedV1.class);

        assertThat(application.accountNumber()).isEqualTo("1000000011");
        assertThat(application.surname()).isEqualTo("Иванова");
        assertThat(application.meterSerialNumber()).isEqualTo("ЭМ-101-2019");
        assertThat(application.extraAccountNumbers()).containsExactly("1000000012");
    }
}
