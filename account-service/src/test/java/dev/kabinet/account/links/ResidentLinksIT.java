package dev.kabinet.account.links;

import static dev.kabinet.account.accounts.AccountBuilder.aMeter;
import static dev.kabinet.account.accounts.AccountBuilder.anElectricityAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.account.accounts.UtilityService;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * ID-9 through account-service's internal API, as identity-service calls it for a logged-in resident: further links,
 * the list, unlinking, the per-login limit, and AccountLinked/AccountUnlinked on {@code account.links} through the
 * outbox (docs/adr/0019). Fresh account numbers 90000003xx and meter ids 63x that no other test uses.
 */
@KabinetIntegrationTest
@DisplayName("ID-9 linking more accounts, the list and unlinking; the events of each change")
class ResidentLinksIT {

    private static final String FIRST = "9000000301";
    private static final String SECOND = "9000000302";
    private static final String MISSING = "9000000399";
    private static final String OWNER = "it-links-owner";
    private static final String OTHER = "it-links-other";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi identity;

    @BeforeEach
    void setUp() {
        jdbc.update("delete from account_link where username in (?, ?, ?)", OWNER, OTHER, "it-links-many");
        jdbc.update("delete from account where number like '90000003%'");
        accounts.save(anElectricityAccount()
                .number(FIRST)
                .ownerName("Лебедева Вера Петровна")
                .meters(aMeter(631, UtilityService.ELECTRICITY, "T1"))
                .build());
        accounts.save(anElectricityAccount()
                .number(SECOND)
                .ownerName("Лебедев Олег Игоревич")
                .meters(aMeter(632, UtilityService.ELECTRICITY, "T1"))
                .build());
        identity = ServiceApi.on(port).withToken(KeycloakTokens.identityServiceToken());
    }

    private ServiceApi.Response link(String username, String number, String surname) {
        return identity.post(
                "/internal/v1/links",
                "{\"username\":\"%s\",\"subject\":\"00000000-0000-0000-0000-0000000003%s\",\"accountNumber\":\"%s\","
                                .formatted(username, username.length() % 10, number)
                        + "\"surname\":\"" + surname + "\"}");
    }

    @Test
    @DisplayName("ID-9 a second account is linked and listed; unlinking it publishes AccountUnlinked; events conform")
    void linksListsAndUnlinksWithEvents() {
        try (var events = KafkaProbe.listen("account.links")) {
            assertThat(link(OWNER, FIRST, "Лебедева").status()).isEqualTo(201);
            var second = link(OWNER, SECOND, "лебедев");
            assertThat(second.status()).as(second.toString()).isEqualTo(201);

            var linked = events.await(
                    r -> SECOND.equals(r.key()) && AccountLinkedV1.TYPE.equals(KafkaProbe.header(r, "ce_type")),
                    PATIENCE);
            EventContracts.assertConforms(AccountLinkedV1.TYPE, linked.value());
            assertThat(JSON.readTree(linked.value()).get("username").asString()).isEqualTo(OWNER);
            assertThat(JSON.readTree(linked.value()).get("how").asString()).isEqualTo("OWNER_SURNAME");

            var list = identity.get("/internal/v1/links?username=" + OWNER);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().findValuesAsString("accountNumber")).containsExactly(FIRST, SECOND);

            var unlinked = identity.delete("/internal/v1/links/" + SECOND + "?username=" + OWNER);
            assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(204);
            var event = events.await(
                    r -> SECOND.equals(r.key()) && AccountUnlinkedV1.TYPE.equals(KafkaProbe.header(r, "ce_type")),
                    PATIENCE);
            EventContracts.assertConforms(AccountUnlinkedV1.TYPE, event.value());
            assertThat(identity.get("/internal/v1/links?username=" + OWNER)
                            .json()
                            .findValuesAsString("accountNumber"))
                    .containsExactly(FIRST);
        }
    }

    @Test
    @DisplayName("ID-9 another login cannot unlink a resident's account: refused exactly like a missing account")
    void anotherLoginCannotUnlinkOrSeeTheLink() {
        assertThat(link(OWNER, FIRST, "Лебедева").status()).isEqualTo(201);

        var foreign = identity.delete("/internal/v1/links/" + FIRST + "?username=" + OTHER);
        var missing = identity.delete("/internal/v1/links/" + MISSING + "?username=" + OTHER);

        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.problemType()).endsWith("/link-not-found");
        assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(foreign.json().get("type")).isEqualTo(missing.json().get("type"));
        assertThat(identity.get("/internal/v1/links?username=" + OTHER).json().size())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_link where account_number = ?", Integer.class, FIRST))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("ID-9 a login has at most 10 accounts: the eleventh is refused with the limit in the message")
    void atMostTenAccountsPerLogin() {
        String many = "it-links-many";
        for (int i = 10; i < 20; i++) {
            String number = "90000003" + i;
            accounts.save(anElectricityAccount()
                    .number(number)
                    .ownerName("Лебедева Вера Петровна")
                    .meters(aMeter(640 + i, UtilityService.ELECTRICITY, "T1"))
                    .build());
            jdbc.update(
                    "insert into account_link (username, account_number, linked_at) values (?, ?, ?)",
                    many,
                    number,
                    java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
        }

        var eleventh = link(many, FIRST, "Лебедева");

        assertThat(eleventh.status()).as(eleventh.toString()).isEqualTo(409);
        assertThat(eleventh.problemType()).endsWith("/too-many-accounts");
        assertThat(eleventh.json().get("detail").asString()).contains("10");
    }
}
