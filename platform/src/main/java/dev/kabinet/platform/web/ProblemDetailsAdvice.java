package dev.kabinet.platform.web;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import dev.kabinet.problems.ProblemCatalog;
import io.micrometer.tracing.Tracer;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into an RFC 9457 problem detail with a stable {@code type}, a {@code title} and {@code detail} in
 * the resident's language (Accept-Language, Russian first: {@link PlatformLocaleResolver}), field {@code errors}
 * ({@code [{"field", "message"}]}) and the {@code traceId}. Texts come from the service's problem bundle, then the
 * shared catalog ({@link ProblemCatalog#BUNDLE}); nothing here leaks a stack trace or SQL.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<ProblemStatuses> statuses;
    private final MessageSource messages;
    private final boolean strict;

    /**
     * @param strict a message missing from the bundles fails the request (500) instead of answering a generic detail:
     *     {@code kabinet.problems.strict}, on in every test run (root pom), off in production
     */
    public ProblemDetailsAdvice(
            ObjectProvider<Tracer> tracer,
            ObjectProvider<ProblemStatuses> statuses,
            MessageSource messages,
            @Value("${kabinet.problems.strict:false}") boolean strict) {
        this.tracer = tracer;
        this.statuses = statuses;
        this.messages = messages;
        this.strict = strict;
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
        var problem = problem(status.get(), e.slug(), text(e.messageCode(), e.arguments()));
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", messages(e.errors()));
        }
        return respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(ProblemException e) {
        log.info("Refused with {}: {}", e.slug(), e.status().value());
        var problem = problem(e.status(), e.slug(), text(e.messageCode(), List.of()));
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", messages(e.errors()));
        }
        return respond(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> onAccessDenied(RuntimeException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", text("problem.forbidden", List.of())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> onUnexpected(Exception e) {
        log.error("Unexpected failure", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("problem.internal", List.of())));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldMessage(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldMessage::field))
                .toList();
        return validation(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err ->
                                new FieldMessage(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return validation(errors);
    }

    /**
     * A body the request mapper ({@link RequestJson}) refused: over a limit (413 {@code payload-too-large}), a
     * forbidden character (400 {@code invalid-characters}), a key twice or a value of the wrong type — a fraction for
     * an integer, a number for a text — (400 {@code malformed-request}); each names the field in {@code errors[]}.
     * Anything else unreadable keeps the bare 400.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException cause = jacksonCause(ex);
        if (cause instanceof StreamConstraintsException) {
            log.info("Refused a body over the request limits: {}", cause.getOriginalMessage());
            return refusal(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", null, null);
        }
        if (cause instanceof RequestJson.InvalidCharacters) {
            log.info("Refused a body with a forbidden character at {}", path(cause));
            return refusal(HttpStatus.BAD_REQUEST, "invalid-characters", path(cause), "field.invalid-characters");
        }
        if (cause instanceof StreamReadException read
                && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate Object property")) {
            String field = read.processor() instanceof JsonParser parser ? path(parser.streamReadContext()) : "";
            log.info("Refused a body with a key twice: {}", field);
            return refusal(HttpStatus.BAD_REQUEST, "malformed-request", field, "field.json.duplicate");
        }
        if (cause instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            log.info("Refused a body with a value of the wrong type at {}", path(mismatch));
            return refusal(HttpStatus.BAD_REQUEST, "malformed-request", path(mismatch), expected(mismatch));
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    private ResponseEntity<Object> refusal(
            HttpStatus status, String slug, @Nullable String field, @Nullable String fieldMessage) {
        var problem = problem(status, slug, text("problem." + slug, List.of()));
        if (field != null && fieldMessage != null) {
            problem.setProperty(
                    "errors", List.of(new FieldMessage(field.isEmpty() ? "$" : field, text(fieldMessage, List.of()))));
        }
        return ResponseEntity.status(status)
                .header(HttpHeaders.CONTENT_LANGUAGE, language().toLanguageTag())
                .body(decorate(problem));
    }

    private static @Nullable JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** The field a Jackson failure names, the way {@code errors[]} write it: {@code lines[0].amountKopecks}. */
    static String path(JacksonException e) {
        var out = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(RequestText.printable(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The path of the parser's current place (a key given twice is the current name of its object). */
    static String path(TokenStreamContext context) {
        var parts = new java.util.ArrayDeque<String>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                parts.push("." + RequestText.printable(c.currentName()));
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** The field message for a value of the wrong type: what the field takes. */
    private static String expected(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "field.json.type";
        }
        if (target == String.class || CharSequence.class.isAssignableFrom(target)) {
            return "field.json.text";
        }
        if (List.of(
                        Long.class,
                        long.class,
                        Integer.class,
                        int.class,
                        Short.class,
                        short.class,
                        Byte.class,
                        byte.class,
                        java.math.BigInteger.class)
                .contains(target)) {
            return "field.json.integer";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "field.json.number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "field.json.boolean";
        }
        return "field.json.type";
    }

    private ResponseEntity<Object> validation(List<FieldMessage> errors) {
        var problem = problem(HttpStatus.BAD_REQUEST, "validation", text("problem.validation", List.of()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest()
                .header(HttpHeaders.CONTENT_LANGUAGE, language().toLanguageTag())
                .body(decorate(problem));
    }

    /** Framework-level errors (unreadable JSON, wrong method, missing parameter ...) keep their status but get our shape. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null
                    || "about:blank".equals(problem.getType().toString())) {
                problem.setType(type(ProblemCatalog.slug(statusCode.value())));
            }
            Locale language = language();
            problem.setTitle(ProblemCatalog.title(statusCode.value(), language));
            problem.setDetail(ProblemCatalog.detail(statusCode.value(), language));
            headers.set(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
            decorate(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatusCode status, String slug, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(ProblemCatalog.title(status.value(), language()));
        return problem;
    }

    /** The message in the resident's language, its arguments written the language's way. */
    private String text(String code, List<Object> arguments) {
        Locale language = language();
        String text =
                messages.getMessage(code, ProblemCatalog.arguments(arguments.toArray(), language), null, language);
        if (text == null) {
            if (strict) {
                throw new IllegalStateException("No message " + code + " in the problem bundles");
            }
            log.error(
                    "No message {} in the service's problem bundle nor the catalog: add it in Russian and English",
                    code);
            return ProblemCatalog.message("problem.client-error", language);
        }
        return text;
    }

    private List<FieldMessage> messages(List<FieldProblem> errors) {
        return errors.stream()
                .map(e -> new FieldMessage(e.field(), text(e.code(), e.arguments())))
                .toList();
    }

    private static Locale language() {
        return ProblemCatalog.language(LocaleContextHolder.getLocale());
    }

    /** One field's problem as the resident reads it. */
    record FieldMessage(String field, String message) {}

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.CONTENT_LANGUAGE, language().toLanguageTag())
                .body(decorate(problem));
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
