package dev.kabinet.notification.deliveries;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * Renders notices from the Mustache templates under {@code classpath:templates/<notice>/}: {@code subject},
 * {@code cabinet} (the in-cabinet text) and {@code email.txt} are plain text; {@code email.html} is HTML with every
 * value escaped. Dates read {@code ДД.ММ.ГГГГ} and decimals take a comma (UX-4).
 */
public class NoticeTemplates {

    static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ZoneId timeZone;
    private final Rendering readingReceived;

    public NoticeTemplates(ZoneId timeZone) {
        this.timeZone = timeZone;
        this.readingReceived = Rendering.load("reading-received");
    }

    /** "Показания приняты в обработку": the meter, its values per zone and the day they were given. */
    public Notice readingReceived(ReceivedReading reading) {
        var zones = reading.values().entrySet().stream()
                .map(e ->
                        Map.of("label", zoneLabel(e.getKey(), reading.values().size()), "value", decimal(e.getValue())))
                .toList();
        Map<String, Object> model = Map.of(
                "serialNumber", reading.serialNumber(),
                "accountNumber", reading.accountNumber(),
                "submittedDate", RUSSIAN_DATE.format(LocalDate.ofInstant(reading.submittedAt(), timeZone)),
                "zones", zones);
        return readingReceived.render(model);
    }

    /** T1 alone is the single rate; with T2 it is the day; with T3 the peak (the usual Russian zone names). */
    static String zoneLabel(String zone, int zoneCount) {
        return switch (zoneCount) {
            case 2 ->
                zone
                        + switch (zone) {
                            case "T1" -> " (день)";
                            case "T2" -> " (ночь)";
                            default -> "";
                        };
            case 3 ->
                zone
                        + switch (zone) {
                            case "T1" -> " (пик)";
                            case "T2" -> " (ночь)";
                            case "T3" -> " (полупик)";
                            default -> "";
                        };
            default -> zone;
        };
    }

    /** 5012.5 -> "5012,5": the decimals the meter gave, with a decimal comma. */
    static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private record Rendering(Template subject, Template cabinet, Template emailText, Template emailHtml) {

        static Rendering load(String notice) {
            var text = Mustache.compiler().escapeHTML(false).strictSections(true);
            var html = Mustache.compiler().escapeHTML(true).strictSections(true);
            return new Rendering(
                    text.compile(read(notice, "subject")),
                    text.compile(read(notice, "cabinet")),
                    text.compile(read(notice, "email.txt")),
                    html.compile(read(notice, "email.html")));
        }

        Notice render(Map<String, Object> model) {
            return new Notice(
                    subject.execute(model).strip(),
                    cabinet.execute(model).strip(),
                    emailText.execute(model),
                    emailHtml.execute(model));
        }

        private static String read(String notice, String part) {
            var resource = new ClassPathResource("templates/" + notice + "/" + part + ".mustache");
            try {
                return resource.getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Template " + resource.getPath() + " is missing", e);
            }
        }
    }
}
