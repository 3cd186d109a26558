package dev.kabinet.metering.meters;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The common-house (ОДН) meters of each account's house and their volumes (MT-6), as the account's record carries them.
 * Plain rows (no aggregate: metering only keeps and shows them), replaced as a whole with each change of the account.
 */
@Service
public class CommonHouseMeters {

    private final JdbcClient jdbc;

    CommonHouseMeters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's common-house meters, by id, each with its volumes newest first; empty when there are none. */
    @Transactional(readOnly = true)
    public List<CommonHouseMeter> ofAccount(String accountNumber) {
        var meters = new LinkedHashMap<Long, Object[]>();
        jdbc.sql("select id, serial_number, service from common_house_meter where account_number = ? order by id")
                .param(accountNumber)
                .query((rs, i) -> meters.put(
                        rs.getLong("id"),
                        new Object[] {rs.getString("serial_number"), rs.getString("service"), new ArrayList<>()}))
                .list();
        if (meters.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        select meter_id, period, house_volume, account_share from common_house_volume
                        where account_number = ? order by meter_id, period desc""")
                .param(accountNumber)
                .query((rs, i) -> {
                    @SuppressWarnings("unchecked")
                    var volumes = (List<CommonHouseMeter.Volume>) meters.get(rs.getLong("meter_id"))[2];
                    volumes.add(new CommonHouseMeter.Volume(
                            YearMonth.from(rs.getDate("period").toLocalDate()),
                            rs.getBigDecimal("house_volume"),
                            rs.getBigDecimal("account_share")));
                    return null;
                })
                .list();
        var result = new ArrayList<CommonHouseMeter>();
        meters.forEach((id, row) -> {
            @SuppressWarnings("unchecked")
            var volumes = (List<CommonHouseMeter.Volume>) row[2];
            result.add(new CommonHouseMeter(id, (String) row[0], UtilityService.valueOf((String) row[1]), volumes));
        });
        return result;
    }

    /** Replaces what metering holds of the account's common-house meters (in the caller's transaction). */
    @Transactional
    public void replace(String accountNumber, List<CommonHouseMeter> meters) {
        jdbc.sql("delete from common_house_meter where account_number = ?")
                .param(accountNumber)
                .update();
        for (var meter : meters) {
            jdbc.sql("insert into common_house_meter (account_number, id, serial_number, service) values (?, ?, ?, ?)")
                    .params(
                            accountNumber,
                            meter.id(),
                            meter.serialNumber(),
                            meter.service().name())
                    .update();
            for (var volume : meter.volumes()) {
                jdbc.sql("""
                                insert into common_house_volume (account_number, meter_id, period, house_volume,
                                account_share) values (?, ?, ?, ?, ?)""")
                        .params(
                                accountNumber,
                                meter.id(),
                                Date.valueOf(volume.period().atDay(1)),
                                volume.houseVolume(),
                                volume.accountShare())
                        .update();
            }
        }
    }
}
