package dev.kabinet.billing.tariffs.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.billing.tariffs.Normative;
import dev.kabinet.billing.tariffs.TariffSet;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.Unit;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.billing.tariffs.ZoneScheme;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("BL-4 billing reads backoffice.TariffSet.v1 and backoffice.NormativeSet.v1 as the contracts define them")
class TariffContractsTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenTariffDeserialisesIntoBillingsRecord() {
        var tariff = json.readValue(EventContracts.goldenExample(TariffSetV1.TYPE), TariffSetV1.class)
                .toTariff();

        assertThat(tariff)
                .isEqualTo(new TariffSet(
                        "EL-DN-T1-2026-07",
                        2,
                        UtilityService.ELECTRICITY,
                        ZoneScheme.DAY_NIGHT,
                        TariffZone.T1,
                        Unit.KWH,
                        781,
                        LocalDate.of(2026, 7, 1),
                        null));
    }

    @Test
    void theGoldenNormativeDeserialisesIntoBillingsRecord() {
        var normative = json.readValue(EventContracts.goldenExample(NormativeSetV1.TYPE), NormativeSetV1.class)
                .toNormative();

        assertThat(normative.service()).isEqualTo(UtilityService.ELECTRICITY);
        assertThat(normative.perResidentPerMonth()).isEqualByComparingTo(new BigDecimal("94"));
        assertThat(normative).extracting(Normative::validTo).isNull();
    }

    @Test
    void aRangeEndingBeforeItStartsIsAnInvalidRecord() {
        var backwards =
                GoldenEvent.of(TariffSetV1.TYPE).with("validTo", "2026-06-30").json();
        EventContracts.assertConforms(TariffSetV1.TYPE, backwards);

        assertThatThrownBy(() -> json.readValue(backwards, TariffSetV1.class).toTariff())
                .isInstanceOf(MalformedEvent.class)
                .hasMessage("invalid-record: /validTo not after /validFrom");
    }
}
