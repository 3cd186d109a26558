package dev.kabinet.identity.applications;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code access_application} (V4) through JDBC: insert a new application, read one, write its decision. */
@Repository
class AccessApplicationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<AccessApplication.Reading>> READINGS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;

    AccessApplicationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a new application and returns it with its number.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the account has an application waiting
     */
    AccessApplication insert(
            UUID id, ApplicationForm.Valid form, String language, String clientIp, Instant submittedAt) {
        Long number = jdbc.queryForObject(
                "insert into access_application (id, account_number, surname, first_name, patronymic, phone, email,"
                        + " meter_serial_number, readings, extra_account_numbers, language, status, client_ip,"
                        + " submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, 'SUBMITTED', ?, ?)"
                        + " returning number",
                Long.class,
                id,
                form.accountNumber(),
                form.surname(),
                form.firstName(),
                form.patronymic(),
                form.phone(),
                form.email(),
                form.meterSerialNumber(),
                JSON.writeValueAsString(form.readings()),
                form.extraAccountNumbers().toArray(String[]::new),
                language,
                clientIp,
                Timestamp.from(submittedAt));
        return new AccessApplication(
                id,
                number == null ? 0 : number,
                form,
                language,
                clientIp,
                submittedAt,
                AccessApplication.Status.SUBMITTED,
                null,
                null,
                null,
                null);
    }

    /** The application, locked for this transaction (one decision at a time). */
    Optional<AccessApplication> lock(UUID id) {
        return jdbc.query("select * from access_application where id = ? for update", this::map, id).stream()
                .findFirst();
    }

    Optional<AccessApplication> byNumber(long number) {
        return jdbc.query("select * from access_application where number = ?", this::map, number).stream()
                .findFirst();
    }

    /** Submission times from {@code clientIp} since {@code since}, oldest first (the per-address cap). */
    List<Instant> submittedFrom(String clientIp, Instant since) {
        return jdbc
                .queryForList(
                        "select submitted_at from access_application where client_ip = ? and submitted_at > ?"
                                + " order by submitted_at",
                        Timestamp.class,
                        clientIp,
                        Timestamp.from(since))
                .stream()
                .map(Timestamp::toInstant)
                .toList();
    }

    void saveDecision(AccessApplication application) {
        jdbc.update(
                "update access_application set status = ?, reason = ?, username = ?, subject = ?, decided_at = ?"
                        + " where id = ?",
                application.status().name(),
                application.reason(),
                application.username(),
                application.subject(),
                application.decidedAt() == null ? null : Timestamp.from(application.decidedAt()),
                application.id());
    }

    private AccessApplication map(ResultSet rs, int row) throws SQLException {
        var form = new ApplicationForm.Valid(
                rs.getString("account_number"),
                rs.getString("surname"),
                rs.getString("first_name"),
                rs.getString("patronymic"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("meter_serial_number"),
                JSON.readValue(rs.getString("readings"), READINGS),
                strings(rs.getArray("extra_account_numbers")));
        return new AccessApplication(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                form,
                rs.getString("language"),
                rs.getString("client_ip"),
                rs.getTimestamp("submitted_at").toInstant(),
                AccessApplication.Status.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("username"),
                rs.getString("subject"),
                instant(rs.getTimestamp("decided_at")));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
