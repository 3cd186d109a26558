package dev.kabinet.backoffice.readings;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo back office's rule for a submitted reading (BO-2, DOMAIN.md "Meter readings"): refused with code
 * {@code CONSUMPTION_TOO_HIGH} when, in any zone, the consumption since the previous accepted value is more than
 * {@code factor} (5) times the meter's average monthly consumption in its history; accepted otherwise (also a first
 * reading, and a rollover, which metering already checked).
 */
@Component
public class ReadingDecider {

    /** A refusal: the code and the Russian text for the resident. */
    public record Refusal(String code, String reason) {}

    private final ReadingHistories histories;
    private final ReadingsProperties properties;

    public ReadingDecider(ReadingHistories histories, ReadingsProperties properties) {
        this.histories = histories;
        this.properties = properties;
    }

    /** Null to accept, else why it is refused. */
    public @Nullable Refusal decide(
            String accountNumber, long meterId, Map<String, String> values, Map<String, String> previousValues) {
        var averages = histories.averageMonthly(accountNumber, meterId);
        for (var zone : values.keySet().stream().sorted().toList()) {
            var previous = previousValues.get(zone);
            if (previous == null) {
                continue;
            }
            var consumption = new BigDecimal(values.get(zone)).subtract(new BigDecimal(previous));
            var average = averages.getOrDefault(zone, properties.defaultMonthlyAverage());
            if (consumption.signum() > 0 && consumption.compareTo(average.multiply(properties.factor())) > 0) {
                return new Refusal(
                        "CONSUMPTION_TOO_HIGH",
                        "Расход по шкале " + zone + " (" + russian(consumption) + ") больше чем в "
                                + russian(properties.factor()) + " раз превышает средний месячный ("
                                + russian(average) + "). Проверьте показания на табло счётчика и передайте их снова.");
            }
        }
        return null;
    }

    /** 12 500,5: a space between thousands and a comma before the decimals, as Russian text writes numbers. */
    static String russian(BigDecimal number) {
        var symbols = new DecimalFormatSymbols(Locale.of("ru"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.###", symbols).format(number);
    }
}
