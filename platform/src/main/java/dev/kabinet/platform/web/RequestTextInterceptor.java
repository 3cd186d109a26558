package dev.kabinet.platform.web;

import dev.kabinet.platform.problem.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses, before any controller binds them, query, form and multipart text parameters (and the names of uploaded
 * files) that hold a character of {@link RequestText}: 400 {@code invalid-characters} naming each field. JSON bodies
 * are checked while they are read ({@link RequestJson}).
 */
public class RequestTextInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldProblem> errors = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            boolean bad = RequestText.firstForbidden(name) >= 0;
            for (String value : parameter.getValue()) {
                bad |= RequestText.firstForbidden(value) >= 0;
            }
            if (bad) {
                errors.add(FieldProblem.of(RequestText.printable(name), "field.invalid-characters"));
            }
        }
        if (request instanceof MultipartRequest multipart) {
            multipart.getMultiFileMap().forEach((name, files) -> {
                for (int i = 0; i < files.size(); i++) {
                    MultipartFile file = files.get(i);
                    if (RequestText.firstForbidden(name) >= 0
                            || RequestText.firstForbidden(file.getOriginalFilename()) >= 0) {
                        errors.add(FieldProblem.of(
                                RequestText.printable(name) + (files.size() > 1 ? "[" + i + "]" : ""),
                                "field.invalid-characters"));
                    }
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidCharactersInParameters(errors);
        }
        return true;
    }

    /** 400 {@code invalid-characters}: a text parameter holds a character no request text may carry. */
    static final class InvalidCharactersInParameters extends ProblemException {
        InvalidCharactersInParameters(List<FieldProblem> errors) {
            super(HttpStatus.BAD_REQUEST, "invalid-characters", errors);
        }
    }
}
