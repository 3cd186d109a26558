package dev.kabinet.payment.payments;

import static dev.kabinet.payment.payments.PaymentStatus.ACCOUNTED;
import static dev.kabinet.payment.payments.PaymentStatus.CONFIRMED;
import static dev.kabinet.payment.payments.PaymentStatus.CREATED;
import static dev.kabinet.payment.payments.PaymentStatus.DECLINED;
import static dev.kabinet.payment.payments.PaymentStatus.EXPIRED;
import static dev.kabinet.payment.payments.PaymentStatus.REFUNDED;
import static dev.kabinet.payment.payments.PaymentStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("PY-4 the payment state machine")
class PaymentStatusTest {

    /** The whole table of docs/adr/0022: every pair not listed is refused. */
    private static final Map<PaymentStatus, Set<PaymentStatus>> ALLOWED = Map.of(
            CREATED, EnumSet.of(SENT, CONFIRMED, DECLINED, EXPIRED),
            SENT, EnumSet.of(CONFIRMED, DECLINED, EXPIRED),
            CONFIRMED, EnumSet.of(ACCOUNTED, REFUNDED),
            ACCOUNTED, EnumSet.of(REFUNDED),
            DECLINED, EnumSet.of(CONFIRMED),
            EXPIRED, EnumSet.of(CONFIRMED),
            REFUNDED, EnumSet.noneOf(PaymentStatus.class));

    @ParameterizedTest
    @EnumSource(PaymentStatus.class)
    void allowsExactlyTheMovesOfTheTable(PaymentStatus from) {
        for (var to : PaymentStatus.values()) {
            assertThat(from.canMoveTo(to))
                    .as(from + " -> " + to)
                    .isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(PaymentStatus.class)
    @DisplayName("no state moves to itself: a repeated word is no move, handled by the aggregate as a no-op")
    void noStateMovesToItself(PaymentStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
    }

    @Test
    @DisplayName("nothing but a deposit leaves DECLINED or EXPIRED, and nothing leaves REFUNDED")
    void onlyTheBanksDepositReopensAnEndedPayment() {
        assertThat(DECLINED.next()).containsExactly(CONFIRMED);
        assertThat(EXPIRED.next()).containsExactly(CONFIRMED);
        assertThat(REFUNDED.next()).isEmpty();
    }

    @Test
    void theJanitorAsksAboutCreatedAndSentOnly() {
        assertThat(EnumSet.allOf(PaymentStatus.class).stream().filter(PaymentStatus::outcomeUnknown))
                .containsExactly(CREATED, SENT);
    }

    @Test
    @DisplayName("«в обработке» and «оплачено» are the paid states")
    void confirmedAndAccountedArePaid() {
        assertThat(EnumSet.allOf(PaymentStatus.class).stream().filter(PaymentStatus::paid))
                .containsExactly(CONFIRMED, ACCOUNTED);
    }
}
