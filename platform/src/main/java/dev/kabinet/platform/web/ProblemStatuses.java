package dev.kabinet.platform.web;

import dev.kabinet.platform.problem.DomainProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of each domain outcome of a feature, declared by the feature's web adapter (ADR 0006):
 *
 * <pre>{@code
 * @ControllerAdvice
 * class ReadingProblems extends ProblemStatuses {
 *     ReadingProblems() {
 *         map(ReadingNotFound.class, HttpStatus.NOT_FOUND);
 *         map(ReadingInvalid.class, HttpStatus.UNPROCESSABLE_ENTITY);
 *     }
 * }
 * }</pre>
 *
 * It is controller advice without handler methods, so web slices pick it up like any advice. The platform's
 * {@link ProblemDetailsAdvice} renders a {@link DomainProblem} with the status mapped for its class or nearest mapped
 * superclass; an unmapped one is a programming error and answers 500 (the shared ArchUnit rules catch it earlier).
 */
public abstract class ProblemStatuses {

    private final Map<Class<? extends DomainProblem>, HttpStatus> statuses = new LinkedHashMap<>();

    protected final void map(Class<? extends DomainProblem> type, HttpStatus status) {
        statuses.put(type, status);
    }

    Optional<HttpStatus> statusOf(Class<?> type) {
        for (Class<?> c = type; c != null && DomainProblem.class.isAssignableFrom(c); c = c.getSuperclass()) {
            var status = statuses.get(c);
            if (status != null) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
