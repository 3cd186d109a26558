package dev.kabinet.account.accounts;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account tables written a batch at a time (BO-1 bulk import, docs/adr/0031): the state of many accounts read with
 * one locking query, and their rows — account, services, charge lines, meters — written with one statement per table
 * (arrays through {@code unnest}) instead of Hibernate's statements per account. The same rows as the entity's
 * mapping ({@link Account}); reads and every other change go through JPA.
 */
@Component
class AccountTable {

    private final JdbcTemplate jdbc;
    private final EntityManager jpa;

    AccountTable(JdbcTemplate jdbc, EntityManager jpa) {
        this.jdbc = jdbc;
        this.jpa = jpa;
    }

    /** What a stored account's next change depends on: the revision it holds and its sequence. */
    record Stored(long revision, long sequence) {}

    /**
     * The stored accounts among {@code numbers}, locked until the transaction ends; missing ones are new. JPA's pending
     * changes in this transaction (a close applied before in the same batch) are flushed first and its persistence
     * context cleared, so that neither side works on a stale account.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<String, Stored> lock(Collection<String> numbers) {
        jpa.flush();
        jpa.clear();
        var stored = new HashMap<String, Stored>();
        if (numbers.isEmpty()) {
            return stored;
        }
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "select number, backoffice_revision, sequence from account where number = any(?)"
                                    + " order by number for update");
                    statement.setArray(1, connection.createArrayOf("varchar", numbers.toArray()));
                    return statement;
                },
                rs -> {
                    stored.put(rs.getString(1), new Stored(rs.getLong(2), rs.getLong(3)));
                });
        return stored;
    }

    /**
     * Writes every account of {@code accounts} as it now stands: inserted, or replacing the stored row and all of its
     * services, charge lines and meters ({@code replaced}: the numbers that were stored before).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void write(Collection<Account> accounts, Collection<String> replaced) {
        if (accounts.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            if (!replaced.isEmpty()) {
                var numbers = connection.createArrayOf("varchar", replaced.toArray());
                for (String table : List.of("account_service", "account_charge_line", "account_meter")) {
                    try (var delete =
                            connection.prepareStatement("delete from " + table + " where account_number = any(?)")) {
                        delete.setArray(1, numbers);
                        delete.executeUpdate();
                    }
                }
            }
            upsertAccounts(connection, accounts);
            insertChildren(connection, accounts);
            return null;
        });
    }

    private static void upsertAccounts(Connection connection, Collection<Account> accounts) throws SQLException {
        int n = accounts.size();
        var number = new String[n];
        var ownerName = new String[n];
        var address = new String[n];
        var flatNumber = new String[n];
        var totalArea = new BigDecimal[n];
        var houseArea = new BigDecimal[n];
        var rooms = new Integer[n];
        var residents = new Integer[n];
        var phone = new String[n];
        var email = new String[n];
        var smsInforming = new Boolean[n];
        var emailInforming = new Boolean[n];
        var billDelivery = new String[n];
        var closedOn = new String[n];
        var revision = new Long[n];
        var sequence = new Long[n];
        var changedAt = new String[n];
        int i = 0;
        for (var a : accounts) {
            number[i] = a.number();
            ownerName[i] = a.ownerName();
            address[i] = a.address();
            flatNumber[i] = a.flatNumber();
            totalArea[i] = a.totalArea();
            houseArea[i] = a.houseArea();
            rooms[i] = a.rooms();
            residents[i] = a.residents();
            phone[i] = a.phone();
            email[i] = a.email();
            smsInforming[i] = a.preferences().smsInforming();
            emailInforming[i] = a.preferences().emailInforming();
            billDelivery[i] = a.preferences().billDelivery().name();
            closedOn[i] = a.closedOn() == null ? null : a.closedOn().toString();
            revision[i] = a.backofficeRevision();
            sequence[i] = a.sequence();
            changedAt[i] = a.changedAt() == null ? null : a.changedAt().toString();
            i++;
        }
        try (var statement = connection.prepareStatement("""
                insert into account (number, owner_name, address, flat_number, total_area, house_area, rooms, residents,
                                     phone, email, sms_informing, email_informing, bill_delivery, closed_on,
                                     backoffice_revision, sequence, changed_at)
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::numeric[],
                                     ?::numeric[], ?::int4[], ?::int4[], ?::varchar[], ?::varchar[], ?::bool[],
                                     ?::bool[], ?::varchar[], ?::date[], ?::int8[], ?::int8[], ?::timestamptz[])
                on conflict (number) do update set
                    owner_name = excluded.owner_name, address = excluded.address,
                    flat_number = excluded.flat_number, total_area = excluded.total_area,
                    house_area = excluded.house_area, rooms = excluded.rooms, residents = excluded.residents,
                    phone = excluded.phone, email = excluded.email, sms_informing = excluded.sms_informing,
                    email_informing = excluded.email_informing, bill_delivery = excluded.bill_delivery,
                    closed_on = excluded.closed_on, backoffice_revision = excluded.backoffice_revision,
                    sequence = excluded.sequence, changed_at = excluded.changed_at""")) {
            int p = 1;
            statement.setArray(p++, connection.createArrayOf("varchar", number));
            statement.setArray(p++, connection.createArrayOf("varchar", ownerName));
            statement.setArray(p++, connection.createArrayOf("varchar", address));
            statement.setArray(p++, connection.createArrayOf("varchar", flatNumber));
            statement.setArray(p++, connection.createArrayOf("numeric", totalArea));
            statement.setArray(p++, connection.createArrayOf("numeric", houseArea));
            statement.setArray(p++, connection.createArrayOf("int4", rooms));
            statement.setArray(p++, connection.createArrayOf("int4", residents));
            statement.setArray(p++, connection.createArrayOf("varchar", phone));
            statement.setArray(p++, connection.createArrayOf("varchar", email));
            statement.setArray(p++, connection.createArrayOf("bool", smsInforming));
            statement.setArray(p++, connection.createArrayOf("bool", emailInforming));
            statement.setArray(p++, connection.createArrayOf("varchar", billDelivery));
            statement.setArray(p++, connection.createArrayOf("varchar", closedOn));
            statement.setArray(p++, connection.createArrayOf("int8", revision));
            statement.setArray(p++, connection.createArrayOf("int8", sequence));
            statement.setArray(p, connection.createArrayOf("varchar", changedAt));
            statement.executeUpdate();
        }
    }

    private static void insertChildren(Connection connection, Collection<Account> accounts) throws SQLException {
        var serviceOwner = new ArrayList<String>();
        var service = new ArrayList<String>();
        var lineOwner = new ArrayList<String>();
        var linePosition = new ArrayList<Integer>();
        var lineCode = new ArrayList<String>();
        var lineService = new ArrayList<String>();
        var lineKind = new ArrayList<String>();
        var lineName = new ArrayList<String>();
        var meterOwner = new ArrayList<String>();
        var meterPosition = new ArrayList<Integer>();
        var meterId = new ArrayList<Long>();
        var serial = new ArrayList<String>();
        var meterService = new ArrayList<String>();
        var zones = new ArrayList<String>();
        var digits = new ArrayList<Integer>();
        var decimals = new ArrayList<Integer>();
        var verificationDue = new ArrayList<String>();
        var remoteRead = new ArrayList<Boolean>();
        var retired = new ArrayList<Boolean>();
        for (var a : accounts) {
            for (var s : a.services()) {
                serviceOwner.add(a.number());
                service.add(s.name());
            }
            var lines = a.chargeLines();
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                lineOwner.add(a.number());
                linePosition.add(i);
                lineCode.add(line.code());
                lineService.add(line.service().name());
                lineKind.add(line.kind().name());
                lineName.add(line.name());
            }
            var meters = a.meters();
            for (int i = 0; i < meters.size(); i++) {
                var m = meters.get(i);
                meterOwner.add(a.number());
                meterPosition.add(i);
                meterId.add(m.id());
                serial.add(m.serialNumber());
                meterService.add(m.service().name());
                zones.add(String.join(",", m.zones()));
                digits.add(m.digitCapacity());
                decimals.add(m.decimals());
                verificationDue.add(
                        m.verificationDue() == null ? null : m.verificationDue().toString());
                remoteRead.add(m.remoteRead());
                retired.add(m.retired());
            }
        }
        if (!service.isEmpty()) {
            try (var statement = connection.prepareStatement(
                    "insert into account_service (account_number, service) select * from unnest(?::varchar[],"
                            + " ?::varchar[])")) {
                statement.setArray(1, connection.createArrayOf("varchar", serviceOwner.toArray()));
                statement.setArray(2, connection.createArrayOf("varchar", service.toArray()));
                statement.executeUpdate();
            }
        }
        if (!lineOwner.isEmpty()) {
            try (var statement = connection.prepareStatement(
                    "insert into account_charge_line (account_number, position, code, service, kind, name)"
                            + " select * from unnest(?::varchar[], ?::int4[], ?::varchar[], ?::varchar[],"
                            + " ?::varchar[], ?::varchar[])")) {
                statement.setArray(1, connection.createArrayOf("varchar", lineOwner.toArray()));
                statement.setArray(2, connection.createArrayOf("int4", linePosition.toArray()));
                statement.setArray(3, connection.createArrayOf("varchar", lineCode.toArray()));
                statement.setArray(4, connection.createArrayOf("varchar", lineService.toArray()));
                statement.setArray(5, connection.createArrayOf("varchar", lineKind.toArray()));
                statement.setArray(6, connection.createArrayOf("varchar", lineName.toArray()));
                statement.executeUpdate();
            }
        }
        if (!meterOwner.isEmpty()) {
            try (var statement = connection.prepareStatement(
                    "insert into account_meter (account_number, position, meter_id, serial_number, service, zones,"
                            + " digit_capacity, decimals, verification_due, remote_read, retired)"
                            + " select * from unnest(?::varchar[], ?::int4[], ?::int8[], ?::varchar[], ?::varchar[],"
                            + " ?::varchar[], ?::int4[], ?::int4[], ?::date[], ?::bool[], ?::bool[])")) {
                statement.setArray(1, connection.createArrayOf("varchar", meterOwner.toArray()));
                statement.setArray(2, connection.createArrayOf("int4", meterPosition.toArray()));
                statement.setArray(3, connection.createArrayOf("int8", meterId.toArray()));
                statement.setArray(4, connection.createArrayOf("varchar", serial.toArray()));
                statement.setArray(5, connection.createArrayOf("varchar", meterService.toArray()));
                statement.setArray(6, connection.createArrayOf("varchar", zones.toArray()));
                statement.setArray(7, connection.createArrayOf("int4", digits.toArray()));
                statement.setArray(8, connection.createArrayOf("int4", decimals.toArray()));
                statement.setArray(9, connection.createArrayOf("varchar", verificationDue.toArray()));
                statement.setArray(10, connection.createArrayOf("bool", remoteRead.toArray()));
                statement.setArray(11, connection.createArrayOf("bool", retired.toArray()));
                statement.executeUpdate();
            }
        }
    }
}
