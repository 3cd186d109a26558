package dev.kabinet.platform.problem;

import java.util.Arrays;
import java.util.List;

/**
 * An outcome of the domain a resident can act on: a reading below the previous one, a meter that takes no manual
 * readings, a preview not calculated yet. Services subclass it with exceptions named for the outcome; each carries a
 * stable {@link #slug() slug} (the problem type {@code https://kabinet.dev/problems/<slug>}), the arguments of its
 * detail and the field problems, but neither text nor HTTP status: the detail is the message {@code problem.<slug>} of
 * the service's bundle ({@code kabinet/problems/service.properties}, Russian, and {@code service_en.properties}),
 * written in the resident's language when the problem is answered, and the feature's web adapter says which status it
 * is ({@code ProblemStatuses}, ADR 0006), so the domain stays free of web types and of languages.
 *
 * <p>Arguments: numbers stay numbers (written {@code 12 345,6} in Russian, {@code 12,345.6} in English); a map is
 * written {@code key: value, key: value}; anything else by its {@code toString()}.
 */
public abstract class DomainProblem extends RuntimeException {

    private final String slug;
    private final List<FieldProblem> errors;
    private final Object[] arguments;

    protected DomainProblem(String slug, Object... arguments) {
        this(slug, List.of(), arguments);
    }

    protected DomainProblem(String slug, List<FieldProblem> errors, Object... arguments) {
        super(slug);
        this.slug = slug;
        this.errors = List.copyOf(errors);
        this.arguments = arguments.clone();
    }

    public String slug() {
        return slug;
    }

    /** The message of the detail in the service's bundle: {@code problem.<slug>}. */
    public String messageCode() {
        return "problem." + slug;
    }

    /** The arguments of the detail's message, in its order. */
    public List<Object> arguments() {
        return Arrays.asList(arguments.clone());
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
