package dev.kabinet.billing.settlements.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.settlements.LineSettlements;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Balances per charge line and the penalty explanation over HTTP with real Keycloak tokens, PostgreSQL and Kafka (BL-1,
 * BL-5). The account is one of its own (never the demo's), so the operator reads it; a resident is refused it exactly
 * as a number that does not exist.
 */
@KabinetIntegrationTest
@DisplayName("BL-1 BL-5 a resident's balances per charge line and the penalty explained")
class SettlementsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LineSettlements settlements;

    ServiceApi api;
    String account;

    static String aNumber() {
        return "77" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    @BeforeEach
    void anAccountOfItsOwn() {
        api = ServiceApi.on(port);
        account = aNumber();
        var id = UUID.randomUUID();
        KafkaProbe.publish(
                "account.accounts",
                account,
                id,
                GoldenEvent.of("account.AccountChanged.v1")
                        .with("accountNumber", account)
                        .with("sequence", 1)
                        .with("meters", List.of()));
        ServiceApi.eventually(
                "account projected",
                () -> jdbc.queryForObject(
                        "select count(*) from billed_account where account_number = ?", Long.class, account),
                n -> n == 1);
        // January's 10 000 ₽ of electricity due 10.02, 4 000 ₽ paid on 11.04; 500 ₽ of gas paid in advance
        var january = LineSettlement.open(account, "EL", YearMonth.of(2026, 1), 0);
        january.charge(1_000_000);
        settlements.save(january);
        var february = january.next();
        settlements.save(february);
        var march = february.next();
        settlements.save(march);
        var april = march.next();
        april.pay(UUID.randomUUID(), LocalDate.of(2026, 4, 11), 400_000);
        settlements.save(april);
        var gas = LineSettlement.open(account, "GAS", YearMonth.of(2026, 4), 0);
        gas.pay(UUID.randomUUID(), LocalDate.of(2026, 4, 15), 50_000);
        settlements.save(gas);
    }

    static JsonNode line(JsonNode lines, String code) {
        for (var line : lines) {
            if (line.get("code").asString().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line " + code);
    }

    @Test
    @DisplayName(
            "BL-1 each charge line's latest settlement: opening, charges, payments, debt or overpayment in kopecks")
    void balancesPerChargeLine() {
        var response = api.as("operator").get("/api/v1/accounts/" + account + "/balances");

        assertThat(response.status()).isEqualTo(200);
        var lines = response.json().get("lines");
        assertThat(lines)
                .extracting(l -> l.get("code").asString())
                .containsExactly("EL", "EL_ODN", "EL_PENALTY", "GAS", "VDGO");
        var el = line(lines, "EL");
        assertThat(el.get("period").asString()).isEqualTo("2026-04");
        assertThat(el.get("openingKopecks").asLong()).isEqualTo(1_000_000);
        assertThat(el.get("paymentsKopecks").asLong()).isEqualTo(400_000);
        assertThat(el.get("closingKopecks").asLong()).isEqualTo(600_000);
        assertThat(el.get("debtKopecks").asLong()).isEqualTo(600_000);
        var gas = line(lines, "GAS");
        assertThat(gas.get("overpaymentKopecks").asLong()).isEqualTo(50_000);
        assertThat(gas.get("debtKopecks").asLong()).isZero();
        assertThat(line(lines, "EL_ODN").get("period").isNull()).isTrue();
    }

    @Test
    @DisplayName("BL-5 the penalty explained per line and interval: 3,80 + 114,00 + 219,23 = 371,23 ₽")
    void penaltiesExplained() {
        var response = api.as("operator").get("/api/v1/accounts/" + account + "/penalties?asOf=2026-06-30");

        assertThat(response.status()).isEqualTo(200);
        var body = response.json();
        assertThat(body.get("totalKopecks").asLong()).isEqualTo(37_123);
        var el = line(body.get("lines"), "EL");
        assertThat(el.get("intervals"))
                .extracting(i -> i.get("kopecks").asLong())
                .containsExactly(3_800L, 11_400L, 21_923L);
        var first = el.get("intervals").get(0);
        assertThat(first.get("fraction").asString()).isEqualTo("1/300");
        assertThat(first.get("ratePercent").asString()).isEqualTo("9.5");
        assertThat(first.get("paidOn").asString()).isEqualTo("2026-04-11");
        assertThat(el.get("intervals").get(2).get("fraction").asString()).isEqualTo("1/130");
        assertThat(body.get("lines")).extracting(l -> l.get("code").asString()).doesNotContain("EL_PENALTY");
    }

    @Test
    @DisplayName("BL-5 a day after today gets problem penalty-date-out-of-range")
    void aFutureDayIsRefused() {
        var response = api.as("operator")
                .get("/api/v1/accounts/" + account + "/penalties?asOf="
                        + LocalDate.now().plusDays(2));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).endsWith("/penalty-date-out-of-range");
    }

    @Test
    @DisplayName("BL-1 another resident's account is refused exactly as one that does not exist")
    void anotherResidentsAccountIsRefusedAsANonExistentOne() {
        var foreign = api.as("petrov").get("/api/v1/accounts/" + account + "/balances");
        var none = api.as("petrov").get("/api/v1/accounts/" + aNumber() + "/balances");
        var foreignPenalties = api.as("petrov").get("/api/v1/accounts/" + account + "/penalties");

        assertThat(foreign.status()).isEqualTo(403).isEqualTo(none.status()).isEqualTo(foreignPenalties.status());
        assertThat(foreign.json().get("type").asString())
                .endsWith("/account-access-denied")
                .isEqualTo(none.json().get("type").asString());
        assertThat(api.get("/api/v1/accounts/" + account + "/balances").status())
                .isEqualTo(401);
    }
}
