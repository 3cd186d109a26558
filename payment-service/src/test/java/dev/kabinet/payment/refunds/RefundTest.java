package dev.kabinet.payment.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PY-9 a refund request is decided once: approved then refunded or failed, or rejected")
class RefundTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static Refund aRequest() {
        return Refund.requested(UUID.randomUUID(), "1000000011", 157200, "Оплатила дважды", "ivanova", NOW);
    }

    @Test
    void approvedThenRefundedKeepsWhoAndWhen() {
        var refund = aRequest();
        assertThat(refund.approve("operator", NOW)).isTrue();
        assertThat(refund.approve("operator2", NOW.plusSeconds(600)))
                .as("approved again: the first approval kept")
                .isFalse();
        assertThat(refund.decidedBy()).isEqualTo("operator");
        assertThat(refund.refunded(NOW.plusSeconds(5))).isTrue();
        assertThat(refund.refunded(NOW.plusSeconds(9))).as("once").isFalse();
        assertThat(refund.status()).isEqualTo(RefundStatus.REFUNDED);
        assertThat(refund.refundedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aRejectedRequestIsNeitherApprovedNorRefunded() {
        var refund = aRequest();
        refund.reject("operator", "Учтено в перерасчёте", NOW);
        assertThat(refund.status()).isEqualTo(RefundStatus.REFUND_REJECTED);
        assertThat(refund.status().open()).as("another request may be made").isFalse();
        assertThatThrownBy(() -> refund.approve("operator", NOW)).isInstanceOf(RefundAlreadyDecided.class);
        assertThatThrownBy(() -> refund.refunded(NOW)).isInstanceOf(RefundAlreadyDecided.class);
    }

    @Test
    void theBankMayRefuse() {
        var refund = aRequest();
        refund.approve("operator", NOW);
        refund.failed("7");
        assertThat(refund.status()).isEqualTo(RefundStatus.REFUND_FAILED);
        assertThat(refund.bankCode()).isEqualTo("7");
        assertThatThrownBy(() -> refund.reject("operator", "x", NOW)).isInstanceOf(RefundAlreadyDecided.class);
    }

    @Test
    void nothingIsRefundedBeforeAnApproval() {
        assertThatThrownBy(() -> aRequest().refunded(NOW)).isInstanceOf(RefundAlreadyDecided.class);
        assertThatThrownBy(() -> aRequest().failed("5")).isInstanceOf(RefundAlreadyDecided.class);
    }
}
