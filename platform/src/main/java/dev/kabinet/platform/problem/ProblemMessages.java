package dev.kabinet.platform.problem;

import dev.kabinet.problems.ProblemCatalog;
import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Problem texts outside a request, from the same bundles and with the same settings a service answers with
 * ({@code kabinet/problems/service}, then the shared catalog; Russian the base, no fallback to the JVM's locale): for
 * domain tests that read a field problem the way a resident will, and for texts written where no request is.
 */
public final class ProblemMessages {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("kabinet/problems/service", ProblemCatalog.BUNDLE);
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
        MESSAGES.setAlwaysUseMessageFormat(true);
    }

    private ProblemMessages() {}

    /** The message of {@code code} in the language, its arguments written the language's way. */
    public static String text(String code, List<Object> arguments, Locale language) {
        Locale lang = ProblemCatalog.language(language);
        return MESSAGES.getMessage(code, ProblemCatalog.arguments(arguments.toArray(), lang), lang);
    }

    /** The field problem's message in Russian. */
    public static String russian(FieldProblem problem) {
        return text(problem.code(), problem.arguments(), ProblemCatalog.RUSSIAN);
    }

    /** The field problem's message in English. */
    public static String english(FieldProblem problem) {
        return text(problem.code(), problem.arguments(), ProblemCatalog.ENGLISH);
    }

    /** The domain problem's detail in Russian. */
    public static String russianDetail(DomainProblem problem) {
        return text(problem.messageCode(), problem.arguments(), ProblemCatalog.RUSSIAN);
    }
}
