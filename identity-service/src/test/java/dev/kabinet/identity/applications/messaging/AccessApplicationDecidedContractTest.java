package dev.kabinet.identity.applications.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("BO-4 identity-service reads backoffice.AccessApplicationDecided.v1's golden example into its own record")
class AccessApplicationDecidedContractTest {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void theGoldenExampleReadsIntoTheRecord() {
        EventContracts.assertConforms(
                AccessApplicationDecidedV1.TYPE, EventContracts.goldenExample(AccessApplicationDecidedV1.TYPE));
        var decision = JSON.readValue(
                EventContracts.goldenExample(AccessApplicationDecidedV1.TYPE), AccessApplicationDecidedV1.class);
        assertThat(decision.approved()).isFalse();
        assertThat(decision.reason()).contains("не является владельцем");
        assertThat(decision.accountNumber()).isEqualTo("1000000011");
    }

    @Test
    @DisplayName("BO-4 an approval without accounts and a rejection without a reason break the contract")
    void incompleteDecisionsBreakTheContract() {
        var approval = GoldenEvent.of(AccessApplicationDecidedV1.TYPE)
                .with("decision", "APPROVED")
                .without("reason");
        assertThat(EventContracts.validate(AccessApplicationDecidedV1.TYPE, approval.json()))
                .isNotEmpty();
        approval.with("accountNumbers", List.of("1000000011"));
        assertThat(EventContracts.validate(AccessApplicationDecidedV1.TYPE, approval.json()))
                .isEmpty();
        assertThat(EventContracts.validate(
                        AccessApplicationDecidedV1.TYPE,
                        GoldenEvent.of(AccessApplicationDecidedV1.TYPE)
                                .without("reason")
                                .json()))
                .isNotEmpty();
    }
}
