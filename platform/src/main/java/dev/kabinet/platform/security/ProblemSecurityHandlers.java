package dev.kabinet.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 raised by the filter chain get the same problem-detail shape as the controllers' errors. */
final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> write(
                response, 401, "unauthorized", "Требуется вход в личный кабинет.", "Bearer error=\"invalid_token\"");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) ->
                write(response, 403, "forbidden", "Недостаточно прав для этого действия.", null);
    }

    private static void write(HttpServletResponse response, int status, String slug, String detail, String challenge)
            throws IOException {
        response.setStatus(status);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"https://kabinet.dev/problems/" + slug + "\",\"title\":\""
                        + (status == 401 ? "Unauthorized" : "Forbidden") + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }
}
