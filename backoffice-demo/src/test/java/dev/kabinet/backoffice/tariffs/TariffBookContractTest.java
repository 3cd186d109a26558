package dev.kabinet.backoffice.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the demo back office sends on backoffice.tariffs conforms to the contracts billing-service reads (BL-4, BO-1). */
@DisplayName(
        "BL-4 BO-1 the demo back office's tariffs and normatives conform to backoffice.TariffSet.v1 / NormativeSet.v1")
class TariffBookContractTest {

    @Test
    void everyTariffConformsToItsSchema() {
        assertThat(TariffBook.tariffs()).isNotEmpty();
        TariffBook.tariffs().forEach(t -> EventContracts.assertConforms(TariffBook.TariffSetV1.TYPE, t.json()));
    }

    @Test
    void everyNormativeConformsToItsSchema() {
        assertThat(TariffBook.normatives()).isNotEmpty();
        TariffBook.normatives().forEach(n -> EventContracts.assertConforms(TariffBook.NormativeSetV1.TYPE, n.json()));
    }

    @Test
    @DisplayName("BL-4 the demo's electricity tariffs are billing's seeded ones, so the demo's figures do not move")
    void theDemoTariffsAreTheSeededOnes() {
        assertThat(TariffBook.tariffs())
                .extracting(t -> t.scheme() + "/" + t.zone() + "=" + t.kopecksPerUnit() + " from " + t.validFrom())
                .containsExactly(
                        "SINGLE/T1=643 from 2026-01-01",
                        "DAY_NIGHT/T1=725 from 2026-01-01",
                        "DAY_NIGHT/T2=310 from 2026-01-01");
    }

    @Test
    @DisplayName(
            "BO-1 a record is keyed by its id, typed in CloudEvents headers, and the same event at the same revision")
    void aRecordCarriesItsTypeAndAStableEventId() {
        var tariff = TariffBook.tariffs().getFirst();
        var record = TariffsLoad.record(
                "backoffice.tariffs", TariffBook.TariffSetV1.TYPE, tariff.tariffId(), tariff.revision(), tariff.json());

        assertThat(record.key()).isEqualTo("EL-S-T1-2026");
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("backoffice.TariffSet.v1");
        assertThat(TariffsLoad.eventId(TariffBook.TariffSetV1.TYPE, "EL-S-T1-2026", 1))
                .isEqualTo(TariffsLoad.eventId(TariffBook.TariffSetV1.TYPE, "EL-S-T1-2026", 1))
                .isNotEqualTo(TariffsLoad.eventId(TariffBook.TariffSetV1.TYPE, "EL-S-T1-2026", 2));
    }
}
