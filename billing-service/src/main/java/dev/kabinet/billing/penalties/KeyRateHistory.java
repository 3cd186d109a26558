package dev.kabinet.billing.penalties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The key-rate history billing keeps as data ({@code key_rate}, BL-5). */
@Service
public class KeyRateHistory {

    private final JdbcTemplate jdbc;

    KeyRateHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every key rate known, by the day it took effect. */
    @Transactional(readOnly = true)
    public KeyRates all() {
        var rates = new HashMap<LocalDate, BigDecimal>();
        jdbc.query("select valid_from, percent from key_rate", row -> {
            rates.put(row.getObject("valid_from", LocalDate.class), row.getBigDecimal("percent"));
        });
        return KeyRates.of(rates);
    }
}
