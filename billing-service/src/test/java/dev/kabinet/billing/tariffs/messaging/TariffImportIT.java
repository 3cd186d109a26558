package dev.kabinet.billing.tariffs.messaging;

import static dev.kabinet.billing.tariffs.TariffZone.T1;
import static dev.kabinet.billing.tariffs.TariffZone.T2;
import static dev.kabinet.billing.tariffs.UtilityService.ELECTRICITY;
import static dev.kabinet.billing.tariffs.UtilityService.GAS;
import static dev.kabinet.billing.tariffs.ZoneScheme.DAY_NIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.system.KafkaTopics;
import dev.kabinet.billing.tariffs.Normative;
import dev.kabinet.billing.tariffs.Tariffs;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The back office's tariffs on the real Kafka and PostgreSQL (BL-4, docs/adr/0020). Every test uses tariff ids of its
 * own and a month in the 20th century, so the dev stack's billing that reads the same topic never prices today's
 * readings by them.
 */
@KabinetIntegrationTest
@DisplayName("BL-4 billing imports tariffs and normatives from backoffice.tariffs, ordered by revision (#9)")
class TariffImportIT {

    static final String TOPIC = KafkaTopics.TARIFFS;
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tariffs tariffs;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    String id;
    LocalDate month;

    @BeforeEach
    void aTariffOfItsOwn() {
        id = "IT-" + UUID.randomUUID().toString().substring(0, 18);
        var random = ThreadLocalRandom.current();
        month = LocalDate.of(1900 + random.nextInt(99), 1 + random.nextInt(12), 1);
    }

    GoldenEvent aTariff(long revision, long kopecks) {
        return GoldenEvent.of(TariffSetV1.TYPE)
                .with("tariffId", id)
                .with("revision", revision)
                .with("kopecksPerUnit", kopecks)
                .with("validFrom", month.toString())
                .with("validTo", month.plusMonths(1).toString());
    }

    UUID publish(String key, GoldenEvent event) {
        var eventId = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, key, eventId, event);
        return eventId;
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

    long dayRate(LocalDate day) {
        return tariffs.applicable(ELECTRICITY, DAY_NIGHT, T1, day).kopecksPerUnit();
    }

    @Test
    @DisplayName("BL-4 a tariff prices its service, scheme and zone from its first day to the day before validTo")
    void anImportedTariffPrices() {
        awaitHandled(publish(id, aTariff(1, 781)), TariffSetListener.CONSUMER);

        assertThat(dayRate(month)).isEqualTo(781);
        assertThat(dayRate(month.plusMonths(1).minusDays(1))).isEqualTo(781);
        assertThat(tariffs.scheduleOf(ELECTRICITY)
                        .applicable(ELECTRICITY, DAY_NIGHT, T1, month.plusDays(3))
                        .validTo())
                .isEqualTo(month.plusMonths(1));
    }

    @Test
    @DisplayName("BL-4 a higher revision replaces the tariff; an older or repeated one changes nothing")
    void revisionsApplyInOrderOnce() {
        awaitHandled(publish(id, aTariff(2, 781)), TariffSetListener.CONSUMER);
        awaitHandled(publish(id, aTariff(1, 999)), TariffSetListener.CONSUMER);
        awaitHandled(publish(id, aTariff(2, 555)), TariffSetListener.CONSUMER);
        assertThat(dayRate(month)).isEqualTo(781);

        awaitHandled(publish(id, aTariff(3, 802).with("zone", "T2")), TariffSetListener.CONSUMER);
        assertThat(tariffs.applicable(ELECTRICITY, DAY_NIGHT, T2, month).kopecksPerUnit())
                .isEqualTo(802);
        assertThat(jdbc.queryForObject("select count(*) from tariff where tariff_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("BL-4 an invalid tariff goes to backoffice.tariffs.DLT at once; the next one applies")
    void anInvalidTariffIsDeadLettered() {
        try (var deadLetters = KafkaProbe.listen(KafkaTopics.TARIFFS_DLT)) {
            var negative = publish(id, aTariff(1, 700).with("kopecksPerUnit", -1));
            var backwards = publish(
                    id, aTariff(1, 700).with("validTo", month.minusDays(1).toString()));
            var next = publish(id, aTariff(1, 700));

            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(negative, group, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("contract-violation: /kopecksPerUnit");
            var invalid = deadLetters.awaitDeadLetter(backwards, group, PATIENCE);
            assertThat(KafkaProbe.header(invalid, "kabinet_dlt_reason"))
                    .isEqualTo("invalid-record: /validTo not after /validFrom");
            assertThat(KafkaProbe.header(invalid, "kabinet_dlt_attempts")).isEqualTo("1");
            awaitHandled(next, TariffSetListener.CONSUMER);
            assertThat(dayRate(month)).isEqualTo(700);
        }
    }

    @Test
    @DisplayName("BL-2 a normative per resident is kept per service, the higher revision wins")
    void normativesAreImported() {
        var normative = GoldenEvent.of(NormativeSetV1.TYPE)
                .with("normativeId", id)
                .with("service", "GAS")
                .with("unit", "M3")
                .with("validFrom", month.toString())
                .with("validTo", month.plusMonths(1).toString());
        awaitHandled(
                publish(id, normative.with("revision", 2).with("perResidentPerMonth", "10.700")),
                NormativeSetListener.CONSUMER);
        awaitHandled(
                publish(id, normative.with("revision", 1).with("perResidentPerMonth", "99")),
                NormativeSetListener.CONSUMER);

        assertThat(tariffs.normativeOn(GAS, month.plusDays(5)))
                .hasValueSatisfying(n -> assertThat(n.perResidentPerMonth()).isEqualByComparingTo("10.7"));
        assertThat(tariffs.normativeOn(GAS, month.plusMonths(1)).map(Normative::normativeId))
                .isNotEqualTo(Optional.of(id));
    }
}
