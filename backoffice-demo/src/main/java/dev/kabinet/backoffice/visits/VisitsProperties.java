package dev.kabinet.backoffice.visits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.backoffice-demo.visits.*}: how the demo back office answers visit requests (AC-4, BO-5).
 *
 * @param acceptAfter how long after a request arrives it is accepted with a slot (default 5 s)
 * @param doneAfter how long after the acceptance the visit is done (default 20 s)
 * @param requestsTopic where requests come from (default {@code account.visit-requests}; tests use their own)
 * @param answersTopic where answers go (default {@code backoffice.visit-requests}; tests use their own)
 */
@Validated
@ConfigurationProperties("kabinet.backoffice-demo.visits")
public record VisitsProperties(
        @DefaultValue("5s") @NotNull Duration acceptAfter,
        @DefaultValue("20s") @NotNull Duration doneAfter,
        @DefaultValue("account.visit-requests") @NotBlank String requestsTopic,
        @DefaultValue("backoffice.visit-requests") @NotBlank String answersTopic) {}
