package dev.kabinet.billing.consumption.messaging;

import static dev.kabinet.billing.consumption.ConsumptionMethod.AVERAGE;
import static dev.kabinet.billing.consumption.ConsumptionMethod.FIRST_READING;
import static dev.kabinet.billing.consumption.ConsumptionMethod.METERED;
import static dev.kabinet.billing.tariffs.TariffZone.T1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.consumption.AcceptedReadings;
import dev.kabinet.billing.consumption.PeriodConsumption;
import dev.kabinet.billing.previews.ChargePreviews;
import dev.kabinet.billing.previews.ReadingIdBuilder;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projection of accepted readings on the real Kafka and PostgreSQL (BL-2): metering's decisions and the account's
 * meter (digit capacity) from account.accounts give the consumption per period. An account and a meter id of its own,
 * never the demo's.
 */
@KabinetIntegrationTest
@DisplayName(
        "BL-2 billing keeps accepted readings from metering.ReadingDecided.v1 and calculates consumption per period")
class AcceptedReadingsIT {

    static final String READINGS = "metering.readings";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AcceptedReadings readings;

    @Autowired
    ChargePreviews previews;

    String account;
    long meter;

    @BeforeEach
    void anAccountAndMeterOfItsOwn() {
        var random = ThreadLocalRandom.current();
        account = "78" + String.format("%011d", random.nextLong(100_000_000_000L));
        meter = 1_000_000L + random.nextLong(1_000_000_000L);
        var meterRecord = Map.of(
                "id",
                meter,
                "serialNumber",
                "IT-" + meter,
                "service",
                "ELECTRICITY",
                "zones",
                List.of("T1"),
                "digitCapacity",
                5,
                "decimals",
                1,
                "remoteRead",
                false,
                "retired",
                false);
        var id = UUID.randomUUID();
        KafkaProbe.publish(
                "account.accounts",
                account,
                id,
                GoldenEvent.of("account.AccountChanged.v1")
                        .with("accountNumber", account)
                        .with("sequence", 1)
                        .with("meters", List.of(meterRecord)));
        awaitHandled(id, "billing.billed-accounts");
    }

    UUID decided(String status, String t1, String submittedAt) {
        return decided(UUID.randomUUID(), status, t1, submittedAt);
    }

    UUID decided(UUID readingId, String status, String t1, String submittedAt) {
        var event = GoldenEvent.of(ReadingDecidedV1.TYPE)
                .with("readingId", readingId.toString())
                .with("accountNumber", account)
                .with("meterId", meter)
                .with("values", Map.of("T1", t1))
                .with("status", status)
                .with("submittedAt", submittedAt);
        if (status.equals("REJECTED")) {
            event.with("reasonCode", "CONSUMPTION_TOO_HIGH").with("reason", "Расход выше обычного");
        }
        var id = UUID.randomUUID();
        KafkaProbe.publish(READINGS, account, id, event);
        return id;
    }

    void awaitHandled(UUID eventId, String consumer) {
        ServiceApi.eventually(
                "event " + eventId + " handled",
                () -> jdbc.queryForObject(
                        "select count(*) from inbox_event where event_id = ? and consumer = ?",
                        Long.class,
                        eventId,
                        consumer),
                n -> n == 1);
    }

    @Test
    @DisplayName(
            "BL-2 accepted readings give metered periods (a rollover wrapped at 10^5), a refused one counts for nothing")
    void acceptedReadingsGiveTheConsumption() {
        var first = UUID.randomUUID();
        awaitHandled(decided(first, "ACCEPTED", "99800.0", "2026-01-24T08:00:00Z"), ReadingDecidedListener.CONSUMER);
        awaitHandled(decided(first, "ACCEPTED", "99800.0", "2026-01-24T08:00:00Z"), ReadingDecidedListener.CONSUMER);
        awaitHandled(decided("ACCEPTED", "99900.0", "2026-02-24T08:00:00Z"), ReadingDecidedListener.CONSUMER);
        awaitHandled(decided("REJECTED", "99000.0", "2026-03-20T08:00:00Z"), ReadingDecidedListener.CONSUMER);
        awaitHandled(decided("ACCEPTED", "50.0", "2026-03-24T08:00:00Z"), ReadingDecidedListener.CONSUMER);
        awaitHandled(decided("ACCEPTED", "180.5", "2026-04-24T08:00:00Z"), ReadingDecidedListener.CONSUMER);

        var periods = readings.consumption(account, meter, YearMonth.of(2026, 1), YearMonth.of(2026, 5))
                .orElseThrow();

        assertThat(periods)
                .extracting(PeriodConsumption::method)
                .containsExactly(FIRST_READING, METERED, METERED, METERED, AVERAGE);
        assertThat(periods.get(1).volumes().get(T1)).isEqualByComparingTo("100");
        assertThat(periods.get(2).volumes().get(T1)).isEqualByComparingTo("150"); // 99 900 -> 100 000 -> 50
        assertThat(periods.get(3).volumes().get(T1)).isEqualByComparingTo("130.5");
        assertThat(periods.get(4).volumes().get(T1)).isEqualByComparingTo("126.833"); // (100 + 150 + 130.5) / 3
        assertThat(readings.of(account, meter)).hasSize(4);
    }

    @Test
    @DisplayName(
            "MT-7 BL-2 a rollover's preview is priced by its wrapped consumption: 99 990 → 30 on 5 digits = 40 kWh")
    void aRolloverPreviewIsPricedByItsWrappedConsumption() {
        // the demo seed is off in tests: the tariff the preview relies on, as the demo has it
        jdbc.update("insert into tariff (service, scheme, zone, kopecks_per_unit, valid_from)"
                + " values ('ELECTRICITY', 'SINGLE', 'T1', 643, date '2026-01-01') on conflict do nothing");
        var readingId = ReadingIdBuilder.aReadingIdSubmittedAt(Instant.parse("2026-11-22T09:15:30.123Z"));
        var id = UUID.randomUUID();
        KafkaProbe.publish(
                READINGS,
                account,
                id,
                GoldenEvent.of("metering.ReadingSubmitted.v1")
                        .with("readingId", readingId.toString())
                        .with("accountNumber", account)
                        .with("meterId", meter)
                        .with("serialNumber", "IT-" + meter)
                        .with("service", "ELECTRICITY")
                        .with("values", Map.of("T1", "30.0"))
                        .with("previousValues", Map.of("T1", "99990.0"))
                        // an event without the capacity (metering before MT-7's optional fields): the 5 digits come
                        // from billing's own projection of the meter (account.accounts)
                        .with("rollover", true)
                        .without("digitCapacity"));
        awaitHandled(id, "billing.charge-preview");

        var preview = previews.of(account, readingId);

        assertThat(preview.lines()).singleElement().satisfies(line -> {
            assertThat(line.consumption()).isEqualByComparingTo("40");
            assertThat(line.amountKopecks()).isEqualTo(40 * 643);
        });
    }

    @Test
    @DisplayName("BL-2 a meter billing does not know gives no consumption yet")
    void anUnknownMeterGivesNothing() {
        assertThat(readings.consumption(account, meter + 1, YearMonth.of(2026, 1), YearMonth.of(2026, 2)))
                .isEmpty();
    }
}
