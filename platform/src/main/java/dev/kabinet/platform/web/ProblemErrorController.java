package dev.kabinet.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The service's error page ({@code /error}, where the servlet container forwards a {@code sendError}) answers the
 * same problem detail as {@link ProblemErrorReportValve} instead of Boot's white-label JSON: refusals of Spring
 * Security's firewall ({@code %25}, {@code ;} in the path) and of any other filter that runs before Spring MVC.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    @RequestMapping
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String body = ProblemErrorReportValve.problem(
                status, uri instanceof String s ? s : null, ProblemErrorReportValve.language(request));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }
}
