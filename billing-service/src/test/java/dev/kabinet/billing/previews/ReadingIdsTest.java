package dev.kabinet.billing.previews;

import static dev.kabinet.billing.previews.ReadingIdBuilder.aReadingIdSubmittedAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MT-7 a reading id tells when the reading was submitted")
class ReadingIdsTest {

    @Test
    void readsTheMillisecondsOfATimeOrderedId() {
        var at = Instant.parse("2026-11-22T09:15:30.123Z");

        assertThat(ReadingIds.submittedAt(aReadingIdSubmittedAt(at))).contains(at);
        // RFC 9562, appendix A.6: 017F22E2-79B0-7CC3-98C4-DC0C0C07398F is 2022-02-22 19:22:22 UTC
        assertThat(ReadingIds.submittedAt(UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f")))
                .contains(Instant.parse("2022-02-22T19:22:22Z"));
    }

    @Test
    void knowsNothingOfAnIdThatIsNotTimeOrdered() {
        assertThat(ReadingIds.submittedAt(UUID.fromString("5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10")))
                .isEmpty();
        assertThat(ReadingIds.submittedAt(new UUID(0, 0))).isEmpty();
        // version 7 bits, but not the RFC variant
        assertThat(ReadingIds.submittedAt(UUID.fromString("017f22e2-79b0-7cc3-08c4-dc0c0c07398f")))
                .isEmpty();
    }
}
