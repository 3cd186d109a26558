package dev.kabinet.backoffice.appeals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.backoffice-demo.appeals.*}: how the demo back office answers appeals (AC-5, BO-5).
 *
 * @param takeAfter how long after an appeal arrives it is in progress (default 5 s)
 * @param answerAfter how long after that it is answered (default 15 s)
 * @param appealsTopic where appeals come from (default {@code account.appeals}; tests use their own)
 * @param updatesTopic where updates go (default {@code backoffice.appeals}; tests use their own)
 */
@Validated
@ConfigurationProperties("kabinet.backoffice-demo.appeals")
public record AppealsProperties(
        @DefaultValue("5s") @NotNull Duration takeAfter,
        @DefaultValue("15s") @NotNull Duration answerAfter,
        @DefaultValue("account.appeals") @NotBlank String appealsTopic,
        @DefaultValue("backoffice.appeals") @NotBlank String updatesTopic) {}
