package dev.kabinet.account.visits.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.account.visits.VisitStatus;
import dev.kabinet.platform.test.EventContracts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("AC-4 the back office's answer reads into account-service's own record")
class VisitRequestUpdatedContractTest {

    @Test
    void theGoldenExampleReads() {
        var event = JsonMapper.builder()
                .build()
                .readValue(EventContracts.goldenExample(VisitRequestUpdatedV1.TYPE), VisitRequestUpdatedV1.class);

        assertThat(event.status()).isEqualTo(VisitStatus.ACCEPTED);
        assertThat(event.slotStart()).isNotNull();
        assertThat(event.accountNumber()).isEqualTo("1000000011");
    }
}
