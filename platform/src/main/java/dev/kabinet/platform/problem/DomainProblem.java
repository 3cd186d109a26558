package dev.kabinet.platform.problem;

import java.util.List;

/**
 * An outcome of the domain a resident can act on: a reading below the previous one, a meter that takes no manual
 * readings, a preview not calculated yet. Services subclass it with exceptions named for the outcome; each carries a
 * stable {@link #slug() slug} (the problem type {@code https://kabinet.dev/problems/<slug>}), a {@code detail} written
 * for a resident in Russian and the field problems, but no HTTP status: the feature's web adapter says which status
 * it is ({@code ProblemStatuses}, ADR 0006), so the domain stays free of web types.
 */
public abstract class DomainProblem extends RuntimeException {

    private final String slug;
    private final List<FieldProblem> errors;

    protected DomainProblem(String slug, String detail) {
        this(slug, detail, List.of());
    }

    protected DomainProblem(String slug, String detail, List<FieldProblem> errors) {
        super(detail);
        this.slug = slug;
        this.errors = List.copyOf(errors);
    }

    public String slug() {
        return slug;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
