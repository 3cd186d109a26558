package dev.kabinet.platform.security;

import dev.kabinet.platform.web.ProblemErrorReportValve;
import dev.kabinet.problems.ProblemCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 raised by the filter chain get the same problem-detail shape as the controllers' errors, in the
 * resident's language.
 */
final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) ->
                write(request, response, 401, "unauthorized", "Bearer error=\"invalid_token\"");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, 403, "forbidden", null);
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String slug,
            @Nullable String challenge)
            throws IOException {
        response.setStatus(status);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Locale language = ProblemErrorReportValve.language(request);
        response.getWriter()
                .write(ProblemErrorReportValve.problem(
                        status, slug, ProblemCatalog.message("problem." + slug, language), null, language));
    }
}
