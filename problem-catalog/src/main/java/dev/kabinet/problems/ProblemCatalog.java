package dev.kabinet.problems;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The problems every part of Kabinet answers alike (RFC 9457), in the resident's language: the {@code type} slug of a
 * bare HTTP status, its {@code title}, and the {@code detail} of every refusal the edge makes (login, CSRF, account
 * access, unreadable headers). Services resolve their own domain problems through Spring's {@code MessageSource}, with
 * this bundle ({@value #BUNDLE}) after theirs; the gateway and the servlet container's error report, which run outside
 * Spring MVC, resolve here.
 *
 * <p>Messages: {@code problem.<slug>} is the detail of the problem type {@code https://kabinet.dev/problems/<slug>};
 * {@code title.<status>} the title of a status. The base bundle is Russian, {@code _en} English (ARCHITECTURE.md:
 * Russian first). Arguments are formatted for the language: numbers as {@code 12 345,6} in Russian and
 * {@code 12,345.6} in English (see {@link #arguments}). Every message is a {@link MessageFormat} pattern, with or without
 * arguments: a single quote is written {@code ''}.
 */
public final class ProblemCatalog {

    /** The problem types' namespace: {@code type} is this followed by the slug. */
    public static final String TYPE_BASE = "https://kabinet.dev/problems/";

    /** The bundle with the shared messages, for {@code ResourceBundle} and Spring's {@code spring.messages.basename}. */
    public static final String BUNDLE = "kabinet/problems/common";

    public static final Locale RUSSIAN = Locale.of("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The languages Kabinet answers in, the first the default. */
    public static final List<Locale> LANGUAGES = List.of(RUSSIAN, ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemCatalog() {}

    /**
     * The language to answer in for an {@code Accept-Language} header: the first of {@link #LANGUAGES} it accepts,
     * Russian when it accepts none, is absent or cannot be read.
     */
    public static Locale language(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return RUSSIAN;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? RUSSIAN : chosen;
        } catch (IllegalArgumentException unreadable) {
            return RUSSIAN;
        }
    }

    /** The supported language closest to {@code locale} (its language, else Russian). */
    public static Locale language(@Nullable Locale locale) {
        if (locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return ENGLISH;
        }
        return RUSSIAN;
    }

    /** The slug of {@code https://kabinet.dev/problems/<slug>} for a refusal known only by its status. */
    public static String slug(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 431 -> "headers-too-large";
            case 500 -> "internal";
            case 503 -> "service-unavailable";
            case 504 -> "service-timeout";
            default -> "http-" + status;
        };
    }

    /** The title of a status in the language ({@code Bad Request}, {@code Неверный запрос}). */
    public static String title(int status, Locale language) {
        return find("title." + status, language)
                .orElseGet(() -> message(status < 500 ? "title.4xx" : "title.5xx", language));
    }

    /** The detail of a refusal known only by its status, in the language. */
    public static String detail(int status, Locale language) {
        return find("problem." + slug(status), language)
                .orElseGet(() -> message(status < 500 ? "problem.client-error" : "problem.server-error", language));
    }

    /**
     * The message {@code code} of the shared bundle in the language, with its arguments formatted for it.
     *
     * @throws MissingResourceException when the bundle has no such message (a programming error)
     */
    public static String message(String code, Locale language, Object... args) {
        return find(code, language, args)
                .orElseThrow(() -> new MissingResourceException("No message " + code, BUNDLE, code));
    }

    private static Optional<String> find(String code, Locale language, Object... args) {
        Locale lang = language(language);
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, lang, ProblemCatalog.class.getClassLoader(), NO_FALLBACK);
        if (!bundle.containsKey(code)) {
            return Optional.empty();
        }
        // every message is a MessageFormat pattern, with or without arguments
        // (spring.messages.always-use-message-format)
        return Optional.of(new MessageFormat(bundle.getString(code), lang).format(arguments(args, lang)));
    }

    /**
     * Arguments ready for {@link MessageFormat} in the language: numbers stay numbers (a plain {@code {0}} writes
     * them the language's way, up to three decimals); a {@link Map} becomes {@code key: value, key: value} with its
     * numbers written the same way (the values of a meter's scales: {@code T1: 12 345,6, T2: 7 000}).
     */
    public static Object[] arguments(Object[] args, Locale language) {
        return Arrays.stream(args)
                .map(arg -> arg instanceof Map<?, ?> map ? joined(map, language) : arg)
                .toArray();
    }

    private static String joined(Map<?, ?> map, Locale language) {
        NumberFormat numbers = NumberFormat.getNumberInstance(language);
        numbers.setMaximumFractionDigits(3);
        return map.entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue() instanceof Number n ? numbers.format(n) : e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
