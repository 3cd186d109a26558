package dev.kabinet.platform.web;

import dev.kabinet.problems.ProblemCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The resident's language from {@code Accept-Language}: Russian or English, Russian when the header names neither, is
 * absent or unreadable ({@link ProblemCatalog#language(String)}) — never the JVM's default locale. The same rule as the
 * gateway's and the servlet container's error report, so a refusal reads the same wherever it is made.
 */
final class PlatformLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return ProblemCatalog.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language follows the request's Accept-Language header");
    }
}
