package dev.kabinet.billing.tariffs;

import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tariffs and normatives the utility set, as the back office sends them on {@code backoffice.tariffs} (BL-4,
 * BO-1, docs/adr/0020); the demo profile seeds the demo's tariffs.
 */
@Service
public class Tariffs {

    private static final Logger log = LoggerFactory.getLogger(Tariffs.class);

    private final TariffRepository repository;
    private final JdbcTemplate jdbc;

    Tariffs(TariffRepository repository, JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** Every tariff of {@code service}, past, present and future. */
    @Transactional(readOnly = true)
    public TariffSchedule scheduleOf(UtilityService service) {
        return TariffSchedule.of(repository.findByService(service));
    }

    /**
     * The tariff for {@code zone} of a {@code scheme} meter on {@code day}.
     *
     * @throws TariffNotFound when none covers that day
     */
    @Transactional(readOnly = true)
    public Tariff applicable(UtilityService service, ZoneScheme scheme, TariffZone zone, LocalDate day) {
        return scheduleOf(service).applicable(service, scheme, zone, day);
    }

    /**
     * Applies a tariff record of the back office unless its revision is not above the one held (then nothing
     * changes). A seeded tariff (no id) starting the same day for the same service, scheme and zone is replaced.
     *
     * @return whether it was applied
     * @throws MalformedEvent {@code invalid-record: /validFrom ...} when another back-office tariff of that service,
     *     scheme and zone starts the same day: never retried, the back office must correct its data
     */
    @Transactional
    public boolean set(TariffSet tariff) {
        Long held = jdbc
                .query(
                        "select revision from tariff where tariff_id = ? for update",
                        (row, i) -> row.getLong(1),
                        tariff.tariffId())
                .stream()
                .findFirst()
                .orElse(null);
        if (held != null && held >= tariff.revision()) {
            log.debug("Tariff {} revision {} not above {}: ignored", tariff.tariffId(), tariff.revision(), held);
            return false;
        }
        Integer clash = jdbc.queryForObject(
                "select count(*) from tariff where service = ? and scheme = ? and zone = ? and valid_from = ?"
                        + " and tariff_id is not null and tariff_id <> ?",
                Integer.class,
                tariff.service().name(),
                tariff.scheme().name(),
                tariff.zone().name(),
                Date.valueOf(tariff.validFrom()),
                tariff.tariffId());
        if (clash != null && clash > 0) {
            throw new MalformedEvent(
                    "invalid-record: /validFrom another tariff of the service, scheme and zone" + " starts that day");
        }
        jdbc.update(
                "delete from tariff where tariff_id is null and service = ? and scheme = ? and zone = ?"
                        + " and valid_from = ?",
                tariff.service().name(),
                tariff.scheme().name(),
                tariff.zone().name(),
                Date.valueOf(tariff.validFrom()));
        jdbc.update(
                """
                insert into tariff
                    (tariff_id, revision, service, scheme, zone, unit, kopecks_per_unit, valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tariff_id) do update set
                    revision = excluded.revision, service = excluded.service, scheme = excluded.scheme,
                    zone = excluded.zone, unit = excluded.unit, kopecks_per_unit = excluded.kopecks_per_unit,
                    valid_from = excluded.valid_from, valid_to = excluded.valid_to
                """,
                tariff.tariffId(),
                tariff.revision(),
                tariff.service().name(),
                tariff.scheme().name(),
                tariff.zone().name(),
                tariff.unit().name(),
                tariff.kopecksPerUnit(),
                Date.valueOf(tariff.validFrom()),
                date(tariff.validTo()));
        log.info("Tariff {} revision {} applied: {}", tariff.tariffId(), tariff.revision(), tariff);
        return true;
    }

    /**
     * Applies a normative record of the back office unless its revision is not above the one held.
     *
     * @return whether it was applied
     */
    @Transactional
    public boolean set(Normative normative) {
        int applied = jdbc.update(
                """
                insert into normative
                    (normative_id, revision, service, unit, per_resident_per_month, valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (normative_id) do update set
                    revision = excluded.revision, service = excluded.service, unit = excluded.unit,
                    per_resident_per_month = excluded.per_resident_per_month,
                    valid_from = excluded.valid_from, valid_to = excluded.valid_to
                where normative.revision < excluded.revision
                """,
                normative.normativeId(),
                normative.revision(),
                normative.service().name(),
                normative.unit().name(),
                normative.perResidentPerMonth(),
                Date.valueOf(normative.validFrom()),
                date(normative.validTo()));
        log.info(
                "Normative {} revision {} {}",
                normative.normativeId(),
                normative.revision(),
                applied == 1 ? "applied" : "not above the one held: ignored");
        return applied == 1;
    }

    /** The normative of {@code service} in force on {@code day}; the one that started last wins. */
    @Transactional(readOnly = true)
    public Optional<Normative> normativeOn(UtilityService service, LocalDate day) {
        return jdbc
                .query(
                        "select * from normative where service = ? and valid_from <= ?"
                                + " and (valid_to is null or valid_to > ?) order by valid_from desc limit 1",
                        (row, i) -> new Normative(
                                row.getString("normative_id"),
                                row.getLong("revision"),
                                UtilityService.valueOf(row.getString("service")),
                                Unit.valueOf(row.getString("unit")),
                                row.getBigDecimal("per_resident_per_month"),
                                row.getObject("valid_from", LocalDate.class),
                                row.getObject("valid_to", LocalDate.class)),
                        service.name(),
                        Date.valueOf(day),
                        Date.valueOf(day))
                .stream()
                .findFirst();
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
