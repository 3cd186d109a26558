package dev.kabinet.platform.web;

import dev.kabinet.platform.problem.FieldProblem;
import dev.kabinet.problems.ProblemCatalog;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal of the web edge itself, with its HTTP status: the account number in the path is malformed or not the
 * caller's. Its detail is the message {@code problem.<slug>} of the shared problem catalog
 * ({@link ProblemCatalog#BUNDLE}) or of the service's bundle, in the resident's language. Domain outcomes are
 * {@link dev.kabinet.platform.problem.DomainProblem}s instead, mapped to a status by their feature's web adapter
 * ({@link ProblemStatuses}, ADR 0006).
 */
public abstract class ProblemException extends RuntimeException {

    public static final String TYPE_BASE = ProblemCatalog.TYPE_BASE;

    private final HttpStatus status;
    private final String slug;
    private final List<FieldProblem> errors;

    protected ProblemException(HttpStatus status, String slug) {
        this(status, slug, List.of());
    }

    protected ProblemException(HttpStatus status, String slug, List<FieldProblem> errors) {
        super(slug);
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

    /** The message of the detail: {@code problem.<slug>}. */
    public String messageCode() {
        return "problem." + slug;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
