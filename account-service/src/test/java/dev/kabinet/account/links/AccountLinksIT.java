package dev.kabinet.account.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.account.accounts.AccountBuilder;
import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@KabinetIntegrationTest
@DisplayName("ID-9 the service's record of linked logins")
class AccountLinksIT {

    private static final String USERNAME = "it-account-links";

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountLinkRepository links;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        if (accounts.findById("1000000011").isEmpty()) {
            accounts.save(AccountBuilder.ivanovasFlat12().build());
        }
        jdbc.update("delete from account_link where username = ?", USERNAME);
    }

    @Test
    void keepsWhichLoginIsLinkedToWhichAccount() {
        links.save(AccountLink.between(USERNAME, "1000000011", Instant.parse("2026-01-01T00:00:00Z")));

        assertThat(links.findByUsernameOrderByLinkedAtAscIdAsc(USERNAME))
                .singleElement()
                .satisfies(link -> {
                    assertThat(link.accountNumber()).isEqualTo("1000000011");
                    assertThat(link.linkedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
                });
        assertThat(links.findByAccountNumberOrderByLinkedAtAscIdAsc("1000000011"))
                .extracting(AccountLink::username)
                .contains(USERNAME);
    }
}
