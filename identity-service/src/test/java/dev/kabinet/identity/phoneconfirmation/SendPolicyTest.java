package dev.kabinet.identity.phoneconfirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ID-3 SMS sending limits: resend cooldown, per-phone and per-address caps per hour and day (OWASP API4)")
class SendPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final SendPolicy policy = new SendPolicy(TestRules.defaults());

    @Test
    void theFirstCodeGoes() {
        assertThatCode(() -> policy.check(List.of(), List.of(), NOW)).doesNotThrowAnyException();
    }

    @Test
    void aNewCodeWaitsForTheCooldown() {
        var refusal = catchRefusal(List.of(NOW.minusSeconds(45)), List.of(NOW.minusSeconds(45)));

        assertThat(refusal).isInstanceOf(ResendTooSoon.class);
        assertThat(((RetryLater) refusal).retryAfter()).isEqualTo(Duration.ofSeconds(15));
        assertThat(((RetryLater) refusal).retryAfterSeconds()).isEqualTo(15);
        assertThatCode(() -> policy.check(List.of(NOW.minusSeconds(60)), List.of(), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void atMostFivePerPhoneInAnHour() {
        var sends = minutesAgo(50, 40, 30, 20, 10);

        var refusal = catchRefusal(sends, sends);

        assertThat(refusal).isInstanceOf(SmsLimitReached.class);
        assertThat(((RetryLater) refusal).retryAfter())
                .as("until the send of 50 minutes ago leaves the hour")
                .isEqualTo(Duration.ofMinutes(10));
        assertThatCode(() -> policy.check(minutesAgo(61, 40, 30, 20, 10), List.of(), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void atMostTenPerPhoneInADay() {
        var sends = minutesAgo(23 * 60, 22 * 60, 21 * 60, 20 * 60, 19 * 60, 18 * 60, 17 * 60, 16 * 60, 15 * 60, 30);

        var refusal = catchRefusal(sends, List.of());

        assertThat(refusal).isInstanceOf(SmsLimitReached.class);
        assertThat(((RetryLater) refusal).retryAfter()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void atMostTwentyFromOneAddressInAnHourWhateverThePhones() {
        var fromAddress = new ArrayList<Instant>();
        for (int i = 0; i < 20; i++) {
            fromAddress.add(NOW.minus(Duration.ofMinutes(59 - i)));
        }

        var refusal = catchRefusal(List.of(), fromAddress);

        assertThat(refusal).isInstanceOf(SmsLimitReached.class);
        assertThat(((RetryLater) refusal).retryAfter()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void atMostFiftyFromOneAddressInADay() {
        var fromAddress = new ArrayList<Instant>();
        for (int i = 0; i < 50; i++) {
            fromAddress.add(NOW.minus(Duration.ofMinutes(23 * 60 + 30 - i * 20)));
        }

        var refusal = catchRefusal(List.of(), fromAddress);

        assertThat(refusal).isInstanceOf(SmsLimitReached.class);
        assertThat(((RetryLater) refusal).retryAfter()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aCapOutweighsTheCooldown() {
        var sends = minutesAgo(50, 40, 30, 20, 0);

        var refusal = catchRefusal(sends, List.of());

        assertThat(refusal).isInstanceOf(SmsLimitReached.class);
        assertThat(((RetryLater) refusal).retryAfter()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void sendsOutsideTheWindowsDoNotCount() {
        var old = minutesAgo(25 * 60, 26 * 60, 27 * 60, 28 * 60, 29 * 60, 30 * 60);

        assertThatCode(() -> policy.check(old, old, NOW)).doesNotThrowAnyException();
    }

    private RuntimeException catchRefusal(List<Instant> toPhone, List<Instant> fromAddress) {
        var thrown = new RuntimeException[1];
        assertThatThrownBy(() -> {
                    try {
                        policy.check(toPhone, fromAddress, NOW);
                    } catch (RuntimeException e) {
                        thrown[0] = e;
                        throw e;
                    }
                })
                .isInstanceOf(RetryLater.class);
        return thrown[0];
    }

    private static List<Instant> minutesAgo(int... minutes) {
        var list = new ArrayList<Instant>();
        for (int m : minutes) {
            list.add(NOW.minus(Duration.ofMinutes(m)));
        }
        return list;
    }
}
