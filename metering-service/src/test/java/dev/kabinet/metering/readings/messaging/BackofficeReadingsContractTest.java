package dev.kabinet.metering.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.metering.readings.ReadingDecidedV1;
import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName(
        "BO-2 metering reads the back office's reading events and publishes metering.ReadingDecided.v1 per contract")
class BackofficeReadingsContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    @DisplayName(
            "BO-2 the golden backoffice.ReadingDecided.v1 reads into metering's record: a refusal with code and reason")
    void theGoldenDecisionReads() {
        var decision = json.readValue(EventContracts.goldenExample(ReadingDecisionV1.TYPE), ReadingDecisionV1.class);

        assertThat(decision.accepted()).isFalse();
        assertThat(decision.meterId()).isEqualTo(102);
        assertThat(decision.reasonCode()).isEqualTo("CONSUMPTION_TOO_HIGH");
        assertThat(decision.reason()).startsWith("Расход");
        assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2026-11-22T09:16:00Z"));
    }

    @Test
    @DisplayName("BO-2 a refusal needs a code and a reason; an acceptance carries neither")
    void refusalsCarryTheirReason() {
        var golden = EventContracts.goldenExample(ReadingDecisionV1.TYPE);
        var tree = (tools.jackson.databind.node.ObjectNode) json.readTree(golden);
        tree.remove("reason");
        assertThat(EventContracts.validate(ReadingDecisionV1.TYPE, tree.toString()))
                .isNotEmpty();
        tree.put("decision", "ACCEPTED");
        assertThat(EventContracts.validate(ReadingDecisionV1.TYPE, tree.toString()))
                .isNotEmpty();
        tree.remove("reasonCode");
        assertThat(EventContracts.validate(ReadingDecisionV1.TYPE, tree.toString()))
                .isEmpty();
    }

    @Test
    @DisplayName("BO-2 the golden backoffice.ReadingTaken.v1 reads into metering's record")
    void theGoldenReadingTakenReads() {
        var taken = json.readValue(EventContracts.goldenExample(ReadingTakenV1.TYPE), ReadingTakenV1.class);

        assertThat(taken.values()).containsEntry("T1", "5000.0").containsEntry("T2", "2000.0");
        assertThat(taken.channel()).isEqualTo("CONTROLLER");
        assertThat(taken.takenAt()).isEqualTo(Instant.parse("2026-10-24T07:05:00Z"));
    }

    @Test
    @DisplayName("BO-2 MT-3 metering.ReadingDecided.v1 conforms, accepted and refused; the golden example round-trips")
    void theDecidedEventConforms() {
        var id = UUID.randomUUID();
        var at = Instant.parse("2026-11-22T09:16:00Z");
        EventContracts.assertConforms(
                ReadingDecidedV1.TYPE,
                json.writeValueAsString(new ReadingDecidedV1(
                        id, "1000000011", 101, Map.of("T1", "12346.0"), "PORTAL", "ACCEPTED", null, null, at, at)));
        EventContracts.assertConforms(
                ReadingDecidedV1.TYPE,
                json.writeValueAsString(new ReadingDecidedV1(
                        id, "1000000011", 101, Map.of("T1", "12346.0"), "PORTAL", "REJECTED", "OTHER", "Нет", at, at)));
        var golden = EventContracts.goldenExample(ReadingDecidedV1.TYPE);
        assertThat(json.readTree(json.writeValueAsString(json.readValue(golden, ReadingDecidedV1.class))))
                .isEqualTo(json.readTree(golden));
    }

    @Test
    @DisplayName("MT-4 metering.ReadingDeleted.v1 conforms; the golden example round-trips")
    void theDeletedEventConforms() {
        EventContracts.assertConforms(
                dev.kabinet.metering.readings.ReadingDeletedV1.TYPE,
                json.writeValueAsString(new dev.kabinet.metering.readings.ReadingDeletedV1(
                        UUID.randomUUID(), "1000000011", 101, Instant.parse("2026-11-22T09:15:42.500Z"))));
        var golden = EventContracts.goldenExample(dev.kabinet.metering.readings.ReadingDeletedV1.TYPE);
        assertThat(json.readTree(json.writeValueAsString(
                        json.readValue(golden, dev.kabinet.metering.readings.ReadingDeletedV1.class))))
                .isEqualTo(json.readTree(golden));
    }
}
