package dev.kabinet.identity.links;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The last-payment proof of ID-9 (manual 002: "Дата последнего платежа", "Сумма последнего платежа") as the resident
 * types it: the date as {@code ДД.ММ.ГГГГ}, the sum in roubles with a decimal comma ({@code 1 234,56}; spaces
 * between thousands allowed, a point is refused as the manuals' format is the comma).
 *
 * <p>Contract for when payments exist (ADR 0019 §3): identity-service sends {@code POST /internal/v1/payment-checks
 * {accountNumber, paidOn: "2026-11-20", amountKopecks: 123456}} to account-service, which asks its projection of
 * {@code payment.PaymentConfirmed} events whether the account's LAST confirmed payment was on that day (utility time
 * zone, Europe/Moscow) for exactly that sum; the answer and the link are as for the surname proof ({@code MATCH} /
 * {@code NO_MATCH}, a missing account answering like a wrong payment), with {@code how = LAST_PAYMENT}.
 *
 * @param paidOn the day of the payment
 * @param amountKopecks the sum in kopecks, above zero
 */
public record LastPayment(LocalDate paidOn, long amountKopecks) {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SUM = Pattern.compile("([0-9]{1,9})(,([0-9]{1,2}))?");

    /** The date as typed, {@code ДД.ММ.ГГГГ}; empty when it is not a real date in that form. */
    public static Optional<LocalDate> date(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(typed.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The sum as typed in roubles with a decimal comma ({@code 1 234,5} = 123450); empty unless above zero. */
    public static Optional<Long> kopecks(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var matcher = SUM.matcher(typed.replaceAll("[\\s\\u00a0\\u202f]", ""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long roubles = Long.parseLong(matcher.group(1));
        String fraction = matcher.group(3) == null ? "00" : (matcher.group(3) + "0").substring(0, 2);
        long kopecks = roubles * 100 + Long.parseLong(fraction);
        return kopecks > 0 ? Optional.of(kopecks) : Optional.empty();
    }
}
