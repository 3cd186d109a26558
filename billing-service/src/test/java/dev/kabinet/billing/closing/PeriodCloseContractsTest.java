package dev.kabinet.billing.closing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName(
        "BL-1 billing.ReceiptIssued.v1 and billing.PeriodClosed.v1 as billing publishes them conform to their contracts")
class PeriodCloseContractsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theGoldenExamplesConform() {
        EventContracts.assertConforms(ReceiptIssuedV1.TYPE, EventContracts.goldenExample(ReceiptIssuedV1.TYPE));
        EventContracts.assertConforms(PeriodClosedV1.TYPE, EventContracts.goldenExample(PeriodClosedV1.TYPE));
    }

    @Test
    @DisplayName("BL-1 the receipt facts of the hand-worked October close conform, with the golden example's sums")
    void aReceiptConforms() {
        var result = new AccountCloseTest().closeOctober();

        var receipt = ReceiptIssuedV1.of(result, Instant.parse("2026-11-01T00:05:12.345Z"), 10);
        var payload = JSON.writeValueAsString(receipt);

        EventContracts.assertConforms(ReceiptIssuedV1.TYPE, payload);
        var golden = JSON.readTree(EventContracts.goldenExample(ReceiptIssuedV1.TYPE));
        var published = JSON.readTree(payload);
        assertThat(published.get("totalKopecks")).isEqualTo(golden.get("totalKopecks"));
        assertThat(published.get("lines")).isEqualTo(golden.get("lines"));
        assertThat(published.get("dueDate").asString()).isEqualTo("2026-11-10");
        assertThat(published.get("period").asString()).isEqualTo("2026-10");
    }

    @Test
    void aPeriodClosedConforms() {
        var event = new PeriodClosedV1(
                YearMonth.of(2026, 10).toString(),
                Instant.parse("2026-11-01T00:05:00Z"),
                Instant.parse("2026-11-01T00:09:41.250Z"),
                3,
                187_861);

        EventContracts.assertConforms(PeriodClosedV1.TYPE, JSON.writeValueAsString(event));
    }
}
