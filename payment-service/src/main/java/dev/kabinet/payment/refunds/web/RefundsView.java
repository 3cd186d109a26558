package dev.kabinet.payment.refunds.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kabinet.payment.refunds.Refunds;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What of a payment may be refunded, and the requests made (PY-9). */
@Schema(name = "PaymentRefunds")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefundsView(
        @Schema(description = "The most that may be asked back: paid less the penalty lines, kopecks")
        long refundableKopecks,

        @Schema(description = "Until when a refund may be asked for", nullable = true) @Nullable
        Instant refundableUntil,

        @Schema(
                description = "Why no refund may be asked for now: refund-not-allowed, refund-period-over,"
                        + " refund-already-requested; absent when one may",
                nullable = true)
        @Nullable
        String refusal,

        List<RefundView> requests) {

    static RefundsView of(Refunds.Terms terms, List<RefundView> requests) {
        return new RefundsView(terms.refundableKopecks(), terms.until(), terms.refusal(), requests);
    }
}
