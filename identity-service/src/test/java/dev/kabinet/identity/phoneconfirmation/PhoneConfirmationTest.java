package dev.kabinet.identity.phoneconfirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.identity.phoneconfirmation.PhoneConfirmation.Outcome;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmation.Status;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ID-5 a phone confirmation: confirms once, 5 wrong codes lock it, 5 minutes, only the latest code")
class PhoneConfirmationTest {

    private static final Instant SENT = Instant.parse("2026-11-29T10:00:00Z");
    private static final int MAX = 5;

    private final OneTimeCodes codes = new OneTimeCodes(TestRules.KEY, new SecureRandom());
    private final UUID id = UUID.randomUUID();
    private final PhoneConfirmation confirmation = PhoneConfirmation.issue(
            id, "subject-1", "+79123456789", "10.0.0.1", codes.hash(id, "123456"), SENT, Duration.ofMinutes(5));

    @Test
    void theRightCodeConfirmsOnce() {
        assertThat(confirmation.enter("123456", codes, SENT.plusSeconds(30), MAX))
                .isEqualTo(Outcome.CONFIRMED);
        assertThat(confirmation.status()).isEqualTo(Status.CONFIRMED);
        assertThat(confirmation.confirmedAt()).isEqualTo(SENT.plusSeconds(30));

        assertThatThrownBy(() -> confirmation.enter("123456", codes, SENT.plusSeconds(31), MAX))
                .isInstanceOf(PhoneConfirmationAlreadyUsed.class);
    }

    @Test
    void wrongCodesCountDownAndTheFifthLocks() {
        for (int left = MAX - 1; left >= 1; left--) {
            assertThat(confirmation.enter("000000", codes, SENT.plusSeconds(10), MAX))
                    .isEqualTo(Outcome.WRONG);
            assertThat(confirmation.attemptsLeft(MAX)).isEqualTo(left);
        }
        assertThat(confirmation.enter("000000", codes, SENT.plusSeconds(10), MAX))
                .isEqualTo(Outcome.LOCKED);
        assertThat(confirmation.status()).isEqualTo(Status.LOCKED);

        assertThatThrownBy(() -> confirmation.enter("123456", codes, SENT.plusSeconds(11), MAX))
                .as("not even the right code opens a locked confirmation")
                .isInstanceOf(ConfirmationAttemptsExhausted.class);
    }

    @Test
    void aCodeTypedWrongInFormCountsAsWrong() {
        assertThat(confirmation.enter("12345", codes, SENT, MAX)).isEqualTo(Outcome.WRONG);
        assertThat(confirmation.attemptsLeft(MAX)).isEqualTo(MAX - 1);
    }

    @Test
    void anExpiredCodeIsRefusedWithAWayForward() {
        assertThat(confirmation.enter(
                        "123456", codes, SENT.plus(Duration.ofMinutes(5)).minusMillis(1), MAX))
                .isEqualTo(Outcome.CONFIRMED);

        var late = fresh();
        assertThatThrownBy(() -> late.enter("123456", codes, SENT.plus(Duration.ofMinutes(5)), MAX))
                .isInstanceOf(ConfirmationCodeExpired.class);
        assertThat(late.status()).isEqualTo(Status.PENDING);
        assertThat(late.attemptsLeft(MAX)).as("an expired entry does not count").isEqualTo(MAX);
    }

    @Test
    void aSupersededCodeNoLongerWorks() {
        confirmation.supersede();

        assertThatThrownBy(() -> confirmation.enter("123456", codes, SENT.plusSeconds(5), MAX))
                .isInstanceOf(ConfirmationCodeSuperseded.class);
    }

    @Test
    void aCodeTheProviderDidNotTakeCannotBeEntered() {
        confirmation.notSent();

        assertThat(confirmation.status()).isEqualTo(Status.NOT_SENT);
        assertThatThrownBy(() -> confirmation.enter("123456", codes, SENT.plusSeconds(5), MAX))
                .isInstanceOf(ConfirmationCodeExpired.class);
    }

    @Test
    void onlyAPendingCodeCanBeSupersededOrVoided() {
        confirmation.enter("123456", codes, SENT, MAX);
        confirmation.supersede();
        confirmation.notSent();

        assertThat(confirmation.status()).isEqualTo(Status.CONFIRMED);
    }

    private PhoneConfirmation fresh() {
        var other = UUID.randomUUID();
        return PhoneConfirmation.issue(
                other,
                "subject-1",
                "+79123456789",
                "10.0.0.1",
                codes.hash(other, "123456"),
                SENT,
                Duration.ofMinutes(5));
    }
}
