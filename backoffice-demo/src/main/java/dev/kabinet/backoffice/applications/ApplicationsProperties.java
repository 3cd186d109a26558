package dev.kabinet.backoffice.applications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.backoffice-demo.applications.*}: how the demo back office reviews access applications (BO-4, ID-4).
 *
 * @param decideAfter how long after an application arrives it is decided (default 5 s; a real utility takes up to 3
 *     business days)
 * @param submissionsTopic where applications come from (default {@code identity.access-applications}; tests use their
 *     own)
 * @param decisionsTopic where decisions go (default {@code backoffice.access-application-decisions}; tests use their
 *     own)
 */
@Validated
@ConfigurationProperties("kabinet.backoffice-demo.applications")
public record ApplicationsProperties(
        @DefaultValue("5s") @NotNull Duration decideAfter,

        @DefaultValue("identity.access-applications") @NotBlank
        String submissionsTopic,

        @DefaultValue("backoffice.access-application-decisions") @NotBlank
        String decisionsTopic) {}
