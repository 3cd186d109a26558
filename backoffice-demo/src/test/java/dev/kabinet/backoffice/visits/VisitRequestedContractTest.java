package dev.kabinet.backoffice.visits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("AC-4 the back office reads account.VisitRequested.v1's golden example")
class VisitRequestedContractTest {

    @Test
    void theGoldenExampleReadsIntoTheBackOfficesRecord() {
        var request = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .readValue(
                        EventContracts.goldenExample("account.VisitRequested.v1"),
                        dev.kabinet.backoffice.visits.messaging.VisitRequestedV1.class);

        assertThat(request.accountNumber()).isEqualTo("1000000011");
        assertThat(request.reason()).isEqualTo("SEAL_METER");
        assertThat(request.preferredFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
