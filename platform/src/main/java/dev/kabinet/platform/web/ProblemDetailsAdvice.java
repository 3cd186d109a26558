package dev.kabinet.platform.web;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import io.micrometer.tracing.Tracer;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem detail with a stable {@code type}, a Russian {@code detail}, field
 * {@code errors} and the {@code traceId}. Services add their own advice for their domain exceptions or subclass
 * {@link ProblemException}; nothing here leaks a stack trace or SQL.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<ProblemStatuses> statuses;

    public ProblemDetailsAdvice(ObjectProvider<Tracer> tracer, ObjectProvider<ProblemStatuses> statuses) {
        this.tracer = tracer;
        this.statuses = statuses;
    }

    /** A domain outcome, with the status its feature's web adapter maps it to (ADR 0006). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(DomainProblem e) {
        var status = statuses.orderedStream()
                .flatMap(s -> s.statusOf(e.getClass()).stream())
                .findFirst();
        if (status.isEmpty()) {
            log.error("No HTTP status is mapped for {}: add it to the feature's ProblemStatuses", e.getClass(), e);
            return onUnexpected(e);
        }
        log.info("Refused with {}: {}", e.slug(), status.get().value());
        var problem = ProblemDetail.forStatusAndDetail(status.get(), e.getMessage());
        problem.setType(type(e.slug()));
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(ProblemException e) {
        log.info("Refused with {}: {}", e.slug(), e.status().value());
        var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return respond(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> onAccessDenied(RuntimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Недостаточно прав для этого действия.");
        problem.setType(type("forbidden"));
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onUnexpected(Exception e) {
        log.error("Unexpected failure", e);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Сервис временно не смог выполнить запрос. Повторите попытку позже.");
        problem.setType(type("internal"));
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return validation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err ->
                                new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return validation(errors);
    }

    private ResponseEntity<Object> validation(List<FieldProblem> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Проверьте введённые данные.");
        problem.setType(type("validation"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(decorate(problem));
    }

    /** Framework-level errors (unreadable JSON, wrong method, missing parameter ...) keep their status but get our shape. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null
                    || "about:blank".equals(problem.getType().toString())) {
                problem.setType(type(StatusProblems.slug(statusCode.value())));
            }
            problem.setDetail(StatusProblems.detail(statusCode.value()));
            decorate(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(decorate(problem));
    }

    private ProblemDetail decorate(ProblemDetail problem) {
        var current = tracer.getIfAvailable();
        if (current != null && current.currentSpan() != null) {
            problem.setProperty("traceId", current.currentSpan().context().traceId());
        }
        return problem;
    }

    static URI type(String slug) {
        return URI.create(ProblemException.TYPE_BASE + slug);
    }
}
