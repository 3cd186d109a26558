package dev.kabinet.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a problem response of an operation beyond the ones every operation gets from {@link ProblemDocumentation}
 * (400 for malformed input, 401, and 403 on an account-scoped endpoint): e.g.
 * {@code @ProblemResponse(status = 404, types = "reading-not-found", description = "No such reading on this account")}.
 * The response carries the shared {@code Problem} schema as {@code application/problem+json}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(ProblemResponse.List.class)
public @interface ProblemResponse {

    int status();

    /** The problem type slugs this status may carry ({@code https://kabinet.dev/problems/<slug>}). */
    String[] types();

    String description() default "";

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface List {
        ProblemResponse[] value();
    }
}
