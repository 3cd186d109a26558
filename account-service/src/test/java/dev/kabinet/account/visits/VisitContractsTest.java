package dev.kabinet.account.visits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What account-service sends on account.visit-requests is what {@code contracts/} promises the back office. */
@DisplayName("AC-4 account.VisitRequested.v1 conforms to its contract")
class VisitContractsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExamplesConform() {
        EventContracts.assertConforms(VisitRequestedV1.TYPE, EventContracts.goldenExample(VisitRequestedV1.TYPE));
        EventContracts.assertConforms(
                "backoffice.VisitRequestUpdated.v1", EventContracts.goldenExample("backoffice.VisitRequestUpdated.v1"));
    }

    @Test
    @DisplayName("AC-4 a request without meter or comment conforms, leaving them out")
    void aBareRequestConforms() {
        var today = LocalDate.of(2026, 11, 29);
        var form = VisitRequestForm.of(
                VisitReason.CHECK_METER, null, today.plusDays(1), today.plusDays(1), "9123456789", null, today);

        var payload = json.writeValueAsString(
                VisitRequestedV1.of(VisitRequest.send("1000000011", form, Instant.parse("2026-11-29T10:00:00Z"))));

        EventContracts.assertConforms(VisitRequestedV1.TYPE, payload);
        assertThat(payload).doesNotContain("null", "comment", "meterSerialNumber");
    }

    @Test
    @DisplayName("AC-4 an acceptance without a slot breaks the back office's contract")
    void anAcceptanceNeedsASlot() {
        var violations = EventContracts.validate(
                "backoffice.VisitRequestUpdated.v1",
                "{\"requestId\":\"0193f0a8-6c2e-7b4a-9d1e-5f2a3b4c5d6e\",\"accountNumber\":\"1000000011\","
                        + "\"status\":\"ACCEPTED\",\"updatedAt\":\"2026-11-29T11:00:00Z\"}");

        assertThat(violations).isNotEmpty();
    }
}
