package dev.kabinet.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An outcome a caller can act on, rendered as an RFC 9457 problem detail. Services subclass it with exceptions
 * named for the outcome ({@code ReadingBelowPrevious}); the detail is written for a resident, in Russian.
 */
public abstract class ProblemException extends RuntimeException {

    public static final String TYPE_BASE = "https://kabinet.dev/problems/";

    private final HttpStatus status;
    private final String slug;
    private final List<FieldProblem> errors;

    protected ProblemException(HttpStatus status, String slug, String detail) {
        this(status, slug, detail, List.of());
    }

    protected ProblemException(HttpStatus status, String slug, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }

    public String slug() {
        return slug;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One field's problem: {@code field} is the JSON path of the input ({@code values.T1}). */
    public record FieldProblem(String field, String message) {}
}
