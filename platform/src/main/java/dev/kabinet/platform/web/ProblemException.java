package dev.kabinet.platform.web;

import dev.kabinet.platform.problem.FieldProblem;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal of the web edge itself, with its HTTP status: the account number in the path is malformed or not the
 * caller's. Domain outcomes are {@link dev.kabinet.platform.problem.DomainProblem}s instead, mapped to a status by
 * their feature's web adapter ({@link ProblemStatuses}, ADR 0006).
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
}
