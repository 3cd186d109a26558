package dev.kabinet.billing.consumption;

import dev.kabinet.billing.accounts.BilledAccounts;
import dev.kabinet.billing.accounts.BilledMeter;
import dev.kabinet.billing.system.BillingProperties;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.Tariffs;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.platform.security.AccountAccess;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's projection of the readings metering accepted ({@code metering.ReadingDecided.v1}, ACCEPTED), and the
 * consumption per period calculated from them (BL-2, {@link ConsumptionRules}).
 */
@Service
public class AcceptedReadings {

    private static final Logger log = LoggerFactory.getLogger(AcceptedReadings.class);

    private final JdbcTemplate jdbc;
    private final BilledAccounts accounts;
    private final Tariffs tariffs;
    private final BillingProperties properties;

    AcceptedReadings(JdbcTemplate jdbc, BilledAccounts accounts, Tariffs tariffs, BillingProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.tariffs = tariffs;
        this.properties = properties;
    }

    /**
     * Keeps an accepted reading, taken at {@code takenAt} (its day is the utility's, {@code kabinet.billing.time-zone}).
     * The same reading again changes nothing.
     *
     * @return whether it was new
     */
    @Transactional
    public boolean accept(
            UUID readingId,
            String accountNumber,
            long meterId,
            Map<TariffZone, BigDecimal> values,
            Instant takenAt,
            String channel) {
        var day = LocalDate.ofInstant(takenAt, properties.timeZone());
        int inserted = jdbc.update(
                "insert into accepted_reading (reading_id, account_number, meter_id, taken_at, taken_on, channel)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict (reading_id) do nothing",
                readingId,
                accountNumber,
                meterId,
                Timestamp.from(takenAt),
                Date.valueOf(day),
                channel);
        if (inserted == 0) {
            log.debug("Accepted reading {} already kept", readingId);
            return false;
        }
        values.forEach((zone, value) -> jdbc.update(
                "insert into accepted_reading_value (reading_id, zone, value) values (?, ?, ?)",
                readingId,
                zone.name(),
                value));
        log.info(
                "Accepted reading {} of meter {} on account {} kept (taken {})",
                readingId,
                meterId,
                AccountAccess.mask(accountNumber),
                day);
        return true;
    }

    /** The accepted readings of a meter of the account, oldest first. */
    @Transactional(readOnly = true)
    public List<AcceptedReading> of(String accountNumber, long meterId) {
        var readings = new LinkedHashMap<UUID, AcceptedReading>();
        var rows = new ArrayList<Object[]>();
        jdbc.query(
                """
                select r.reading_id, r.taken_on, v.zone, v.value
                from accepted_reading r join accepted_reading_value v on v.reading_id = r.reading_id
                where r.account_number = ? and r.meter_id = ?
                order by r.taken_on, r.taken_at, r.reading_id, v.zone
                """,
                row -> {
                    rows.add(new Object[] {
                        row.getObject("reading_id", UUID.class),
                        row.getObject("taken_on", LocalDate.class),
                        TariffZone.valueOf(row.getString("zone")),
                        row.getBigDecimal("value")
                    });
                },
                accountNumber,
                meterId);
        var values = new LinkedHashMap<UUID, Map<TariffZone, BigDecimal>>();
        var days = new LinkedHashMap<UUID, LocalDate>();
        for (var row : rows) {
            var id = (UUID) row[0];
            days.put(id, (LocalDate) row[1]);
            values.computeIfAbsent(id, k -> new EnumMap<>(TariffZone.class))
                    .put((TariffZone) row[2], (BigDecimal) row[3]);
        }
        values.forEach((id, zones) -> readings.put(id, new AcceptedReading(id, meterId, days.get(id), zones)));
        return List.copyOf(readings.values());
    }

    /**
     * The consumption of a meter of the account in each period from {@code first} to {@code last} (BL-2): from its
     * accepted readings, else the average, else the normative per resident of the meter's service.
     *
     * @return empty when billing does not know the meter (yet)
     */
    @Transactional(readOnly = true)
    public Optional<List<PeriodConsumption>> consumption(
            String accountNumber, long meterId, YearMonth first, YearMonth last) {
        var account = accounts.find(accountNumber);
        Optional<BilledMeter> meter = account.flatMap(
                a -> a.meters().stream().filter(m -> m.meterId() == meterId).findFirst());
        if (meter.isEmpty()) {
            return Optional.empty();
        }
        var service = utilityService(meter.get());
        return Optional.of(ConsumptionRules.periods(
                of(accountNumber, meterId),
                meter.get().digitCapacity(),
                first,
                last,
                account.get().residents(),
                period -> service.flatMap(s -> tariffs.normativeOn(s, period.atDay(1)))
                        .map(n -> n.perResidentPerMonth())));
    }

    private static Optional<UtilityService> utilityService(BilledMeter meter) {
        try {
            return Optional.of(UtilityService.valueOf(meter.service().name()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
