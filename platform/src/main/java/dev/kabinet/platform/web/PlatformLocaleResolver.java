package dev.kabinet.platform.web;

import dev.kabinet.problems.ProblemCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The resident's language from {@code Accept-Language}: Russian or English, Russian when the header names neither, is
 * absent or unreadable ({@link ProblemCatalog#language(String)}) — never the JVM's default locale. The same rule as the
 * gateway's and the servlet container's error report, so a refusal reads the same wherever it is made. Like Spring's
 * resolver it extends, the language follows the header only: it cannot be set.
 */
final class PlatformLocaleResolver extends AcceptHeaderLocaleResolver {

    PlatformLocaleResolver() {
        setSupportedLocales(ProblemCatalog.LANGUAGES);
        setDefaultLocale(ProblemCatalog.RUSSIAN);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return ProblemCatalog.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
