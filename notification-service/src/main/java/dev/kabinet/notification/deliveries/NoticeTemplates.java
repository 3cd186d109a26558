package dev.kabinet.notification.deliveries;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Renders notices from the Mustache templates versioned in the repository (NT-1):
 * {@code classpath:templates/<name>/<version>/<language>.<part>.mustache}, language {@code ru} or {@code en}, parts
 * {@code subject}, {@code cabinet} (the in-cabinet text), {@code txt} (the e-mail's plain text) and {@code sms} (plain
 * text, optional) and {@code html} (the e-mail's HTML, every value escaped). A changed wording is a new version
 * directory, so a delivery's {@code template} ({@code reading-refused/1}) tells which text the resident got. Russian
 * dates read {@code ДД.ММ.ГГГГ} with a decimal comma (UX-4); English ones {@code 22 Nov 2026} with a point. A template
 * missing for a language fails the start, not a delivery.
 */
public class NoticeTemplates {

    /** The current version of each template; every one exists in Russian and English. */
    public static final SortedMap<String, Integer> CURRENT = new TreeMap<>(Map.of(
            "reading-received", 1,
            "reading-accepted", 1,
            "reading-refused", 1,
            "e-bill", 1,
            "payment-receipt", 1,
            "security-notice", 1,
            "debt-reminder", 1,
            "broadcast", 1));

    static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter RUSSIAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    static final DateTimeFormatter RUSSIAN_MONTH =
            DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("ru"));
    static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final ZoneId timeZone;
    private final Map<String, Map<Language, Rendering>> renderings = new LinkedHashMap<>();

    public NoticeTemplates(ZoneId timeZone) {
        this.timeZone = timeZone;
        CURRENT.forEach((name, version) -> {
            var byLanguage = new EnumMap<Language, Rendering>(Language.class);
            for (Language language : Language.values()) {
                byLanguage.put(language, Rendering.load(name, version, language));
            }
            renderings.put(name, byLanguage);
        });
    }

    /** "Показания приняты в обработку": the meter, its values per zone and the day they were given. */
    public Notice readingReceived(ReceivedReading reading, Language language) {
        var model = readingModel(
                reading.accountNumber(), reading.serialNumber(), reading.values(), reading.submittedAt(), language);
        return render("reading-received", language, model);
    }

    /** "Показания учтены" or "Показания не приняты" with the back office's reason (MT-3). */
    public Notice readingDecided(DecidedReading reading, Language language) {
        var model = readingModel(
                reading.accountNumber(), reading.meterName(), reading.values(), reading.submittedAt(), language);
        if (reading.accepted()) {
            return render("reading-accepted", language, model);
        }
        model.put("reason", reading.reason());
        return render("reading-refused", language, model);
    }

    /** NT-4: the monthly bill by e-mail, the PDF attached when it leaves. */
    public Notice eBill(IssuedReceipt receipt, Language language) {
        var model = new LinkedHashMap<String, Object>();
        model.put("accountNumber", receipt.accountNumber());
        model.put("period", month(receipt.period(), language));
        model.put("total", money(receipt.totalKopecks(), language));
        model.put("dueDate", date(receipt.dueDate(), language));
        return render("e-bill", language, model);
    }

    /** NT-5: the payment received, with its fiscal e-receipt (54-FZ): sum, date, account, FD, FP, FN and the link. */
    public Notice paymentReceipt(FiscalReceipt receipt, Language language) {
        var model = new LinkedHashMap<String, Object>();
        model.put("accountNumber", receipt.accountNumber());
        model.put("amount", money(receipt.amountKopecks(), language));
        model.put("paidAt", time(receipt.issuedAt(), language));
        model.put("fiscalDocumentNumber", receipt.fiscalDocumentNumber());
        model.put("fiscalSign", receipt.fiscalSign());
        model.put("fiscalStorageNumber", receipt.fiscalStorageNumber());
        model.put("receiptUrl", receipt.receiptUrl());
        return render("payment-receipt", language, model);
    }

    /** NT-1, NT-2: a security notice after a change of the login's password, e-mail, username or phone. */
    public Notice securityNotice(ProfileChange change, Language language) {
        var model = new LinkedHashMap<String, Object>();
        model.put("what", change.what().label(language));
        model.put("changedAt", time(change.changedAt(), language));
        return render("security-notice", language, model);
    }

    /** NT-3: a debt left after the due date of the account's last bill. */
    public Notice debtReminder(
            String accountNumber, YearMonth period, long debtKopecks, LocalDate dueDate, Language language) {
        var model = new LinkedHashMap<String, Object>();
        model.put("accountNumber", accountNumber);
        model.put("period", month(period, language));
        model.put("debt", money(debtKopecks, language));
        model.put("dueDate", date(dueDate, language));
        return render("debt-reminder", language, model);
    }

    /** NT-3: an operator's broadcast, framed by its topic. */
    public Notice broadcast(BroadcastTopic topic, String title, String body, Language language) {
        var model = new LinkedHashMap<String, Object>();
        model.put("topic", topic.label(language));
        model.put("title", title);
        model.put("body", body);
        return render("broadcast", language, model);
    }

    /**
     * Template {@code name} (its current version) rendered in {@code language} with sample data, for an operator's
     * preview; empty for a template that does not exist.
     */
    public Optional<Notice> preview(String name, Language language) {
        var now = Instant.parse("2026-11-22T09:15:30Z");
        Map<String, BigDecimal> values = Map.of("T1", new BigDecimal("5012.5"), "T2", new BigDecimal("2004.0"));
        return switch (name) {
            case "reading-received" ->
                Optional.of(readingReceived(
                        new ReceivedReading(UUID.randomUUID(), "1000000000", "ЭМ-000-0000", values, now), language));
            case "reading-accepted", "reading-refused" ->
                Optional.of(readingDecided(
                        new DecidedReading(
                                UUID.randomUUID(),
                                "1000000000",
                                "ЭМ-000-0000",
                                values,
                                now,
                                name.equals("reading-accepted"),
                                name.equals("reading-accepted")
                                        ? null
                                        : "Показания превышают среднее потребление более чем в 5 раз"),
                        language));
            case "e-bill" ->
                Optional.of(eBill(
                        new IssuedReceipt(
                                "1000000000", YearMonth.of(2026, 10), 187861, LocalDate.of(2026, 11, 10), 187861),
                        language));
            case "payment-receipt" ->
                Optional.of(paymentReceipt(
                        new FiscalReceipt(
                                UUID.fromString("0b7c1f6e-3a2d-4c5b-9e8f-1a2b3c4d5e6f"),
                                "1000000000",
                                207200,
                                now,
                                "12345",
                                "3025117496",
                                "7281440500123456",
                                "https://kabinet.example/receipts/fiscal/0b7c1f6e-3a2d-4c5b-9e8f-1a2b3c4d5e6f",
                                "ivanova@example.test",
                                null),
                        language));
            case "security-notice" ->
                Optional.of(securityNotice(
                        new ProfileChange(
                                "0b7c1f6e-3a2d-4c5b-9e8f-1a2b3c4d5e6f",
                                ProfileChange.What.PASSWORD,
                                now,
                                "ivanova@example.test",
                                null,
                                language),
                        language));
            case "debt-reminder" ->
                Optional.of(debtReminder(
                        "1000000000", YearMonth.of(2026, 10), 187861, LocalDate.of(2026, 11, 10), language));
            case "broadcast" ->
                Optional.of(broadcast(
                        BroadcastTopic.TARIFF_CHANGE,
                        language == Language.EN ? "New tariffs from 1 July" : "Новые тарифы с 1 июля",
                        language == Language.EN
                                ? "Electricity tariffs change on 1 July 2027."
                                : "С 1 июля 2027 года меняются тарифы на электроэнергию.",
                        language));
            default -> Optional.empty();
        };
    }

    private Map<String, Object> readingModel(
            String accountNumber,
            String meter,
            Map<String, BigDecimal> values,
            Instant submittedAt,
            Language language) {
        var zones = values.entrySet().stream()
                .map(e -> Map.of(
                        "label", zoneLabel(e.getKey(), values.size(), language),
                        "value", decimal(e.getValue(), language)))
                .toList();
        var model = new LinkedHashMap<String, Object>();
        model.put("serialNumber", meter);
        model.put("accountNumber", accountNumber);
        model.put("submittedDate", date(submittedAt, language));
        model.put("zones", zones);
        return model;
    }

    private Notice render(String name, Language language, Map<String, Object> model) {
        return renderings.get(name).get(language).render(name + "/" + CURRENT.get(name), language, model);
    }

    String date(Instant instant, Language language) {
        return date(LocalDate.ofInstant(instant, timeZone), language);
    }

    static String date(LocalDate day, Language language) {
        return (language == Language.EN ? ENGLISH_DATE : RUSSIAN_DATE).format(day);
    }

    /** Date and time in the utility's zone: {@code 29.11.2026 13:05}, {@code 29 Nov 2026, 13:05}. */
    String time(Instant instant, Language language) {
        return (language == Language.EN ? ENGLISH_TIME : RUSSIAN_TIME).format(instant.atZone(timeZone));
    }

    /** {@code октябрь 2026}, {@code October 2026}. */
    static String month(YearMonth period, Language language) {
        return (language == Language.EN ? ENGLISH_MONTH : RUSSIAN_MONTH).format(period.atDay(1));
    }

    /**
     * Kopecks as residents read money: {@code 1 878,61 ₽} in Russian (a no-break space between thousands and before
     * the sign), {@code RUB 1,878.61} in English.
     */
    static String money(long kopecks, Language language) {
        var value = BigDecimal.valueOf(kopecks, 2);
        if (language == Language.EN) {
            return "RUB " + String.format(Locale.ENGLISH, "%,.2f", value);
        }
        var symbols = new java.text.DecimalFormatSymbols(Locale.forLanguageTag("ru"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        var format = new java.text.DecimalFormat("#,##0.00", symbols);
        return format.format(value) + "\u00a0₽";
    }

    /** T1 alone is the single rate; with T2 it is the day; with T3 the peak (the usual Russian zone names). */
    static String zoneLabel(String zone, int zoneCount, Language language) {
        boolean ru = language == Language.RU;
        String name =
                switch (zoneCount) {
                    case 2 ->
                        switch (zone) {
                            case "T1" -> ru ? "день" : "day";
                            case "T2" -> ru ? "ночь" : "night";
                            default -> null;
                        };
                    case 3 ->
                        switch (zone) {
                            case "T1" -> ru ? "пик" : "peak";
                            case "T2" -> ru ? "ночь" : "night";
                            case "T3" -> ru ? "полупик" : "half-peak";
                            default -> null;
                        };
                    default -> null;
                };
        return name == null ? zone : zone + " (" + name + ")";
    }

    static String zoneLabel(String zone, int zoneCount) {
        return zoneLabel(zone, zoneCount, Language.RU);
    }

    /** 5012.5 -> "5012,5" in Russian, "5012.5" in English: the decimals the meter gave. */
    static String decimal(BigDecimal value, Language language) {
        String plain = value.toPlainString();
        return language == Language.RU ? plain.replace('.', ',') : plain;
    }

    static String decimal(BigDecimal value) {
        return decimal(value, Language.RU);
    }

    private record Rendering(
            Template subject,
            Template cabinet,
            Template emailText,
            Template emailHtml,
            @Nullable Template sms) {

        static Rendering load(String name, int version, Language language) {
            var text = Mustache.compiler().escapeHTML(false).strictSections(true);
            var html = Mustache.compiler().escapeHTML(true).strictSections(true);
            String prefix = "templates/" + name + "/" + version + "/" + language.tag() + ".";
            var sms = new ClassPathResource(prefix + "sms.mustache");
            return new Rendering(
                    text.compile(read(prefix + "subject")),
                    text.compile(read(prefix + "cabinet")),
                    text.compile(read(prefix + "txt")),
                    html.compile(read(prefix + "html")),
                    sms.exists() ? text.compile(read(prefix + "sms")) : null);
        }

        Notice render(String template, Language language, Map<String, Object> model) {
            return new Notice(
                    template,
                    language,
                    subject.execute(model).strip(),
                    cabinet.execute(model).strip(),
                    emailText.execute(model),
                    emailHtml.execute(model),
                    sms == null ? "" : sms.execute(model).strip());
        }

        private static String read(String path) {
            var resource = new ClassPathResource(path + (path.endsWith(".mustache") ? "" : ".mustache"));
            try {
                return resource.getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Template " + resource.getPath() + " is missing", e);
            }
        }
    }

    /** The templates an operator may preview: name and current version. */
    public static List<Map.Entry<String, Integer>> catalog() {
        return List.copyOf(CURRENT.entrySet());
    }
}
