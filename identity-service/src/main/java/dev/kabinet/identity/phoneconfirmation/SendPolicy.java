package dev.kabinet.identity.phoneconfirmation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether one more code may be sent now (ADR 0011): not within {@code resend-cooldown} of the last code to the same
 * phone, and not beyond the per-phone and per-address caps of the last hour and day. A refusal says when a code can be
 * sent again: the moment enough earlier sends leave every window.
 */
final class SendPolicy {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final PhoneConfirmationProperties rules;

    SendPolicy(PhoneConfirmationProperties rules) {
        this.rules = rules;
    }

    /**
     * @param toPhone when codes went to this phone in the last day (any order)
     * @param fromAddress when codes were asked for from this address in the last day (any order)
     * @throws SmsLimitReached when a cap of the hour or the day is reached (the longest wait wins)
     * @throws ResendTooSoon when only the cooldown after the last code to this phone is not over
     */
    void check(List<Instant> toPhone, List<Instant> fromAddress, Instant now) {
        var capWaits = new ArrayList<Duration>();
        capWaits.add(waitFor(toPhone, HOUR, rules.perPhonePerHour(), now));
        capWaits.add(waitFor(toPhone, DAY, rules.perPhonePerDay(), now));
        capWaits.add(waitFor(fromAddress, HOUR, rules.perIpPerHour(), now));
        capWaits.add(waitFor(fromAddress, DAY, rules.perIpPerDay(), now));
        var longest = capWaits.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        if (longest.isPositive()) {
            throw new SmsLimitReached(longest);
        }
        toPhone.stream().max(Comparator.naturalOrder()).ifPresent(last -> {
            var cooldownEnds = last.plus(rules.resendCooldown());
            if (now.isBefore(cooldownEnds)) {
                throw new ResendTooSoon(Duration.between(now, cooldownEnds));
            }
        });
    }

    /** How long until fewer than {@code cap} sends are inside the window ending now; zero when already so. */
    private static Duration waitFor(List<Instant> sends, Duration window, int cap, Instant now) {
        var inside = sends.stream()
                .filter(t -> t.isAfter(now.minus(window)) && !t.isAfter(now))
                .sorted()
                .toList();
        if (inside.size() < cap) {
            return Duration.ZERO;
        }
        // the send whose leaving the window brings the count below the cap
        var freeing = inside.get(inside.size() - cap);
        return Duration.between(now, freeing.plus(window));
    }
}
