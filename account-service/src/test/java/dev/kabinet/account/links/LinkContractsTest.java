package dev.kabinet.account.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What account-service sends on account.links is what {@code contracts/} promises (docs/adr/0019). */
@DisplayName("ID-9 account.AccountLinked.v1 and account.AccountUnlinked.v1 conform to their contracts")
class LinkContractsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExamplesConform() {
        EventContracts.assertConforms(AccountLinkedV1.TYPE, EventContracts.goldenExample(AccountLinkedV1.TYPE));
        EventContracts.assertConforms(AccountUnlinkedV1.TYPE, EventContracts.goldenExample(AccountUnlinkedV1.TYPE));
    }

    @Test
    @DisplayName("ID-9 a proven link and the unlink of a seeded demo link (no subject) conform")
    void publishedRecordsConform() {
        var at = Instant.parse("2026-11-29T10:00:00Z");
        var proven = AccountLink.proven(
                "it-user", "5f0c6a2e-8d1b-4c3a-9e7f-2b4d6a8c0e12", "9000000301", LinkProof.METER_SERIAL, at);
        var demo = AccountLink.between("ivanova", "1000000012", at);

        EventContracts.assertConforms(AccountLinkedV1.TYPE, json.writeValueAsString(AccountLinkedV1.of(proven)));
        String unlinked = json.writeValueAsString(AccountUnlinkedV1.of(demo, at));
        EventContracts.assertConforms(AccountUnlinkedV1.TYPE, unlinked);
        assertThat(unlinked).doesNotContain("subject", "null");
    }
}
