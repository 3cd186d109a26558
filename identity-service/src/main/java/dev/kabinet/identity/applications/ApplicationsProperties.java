package dev.kabinet.identity.applications;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Access applications reviewed by the utility (ID-4, BO-4; {@code kabinet.applications.*}), a utility's settings.
 *
 * @param submissionsTopic where applications go to the back office (tests use their own)
 * @param decisionsTopic where the back office's decisions come from (tests use their own)
 * @param perIp at most this many applications from one client address in {@code perIpWindow}
 * @param passwordLinkLifespan how long the one-time link to set the password works (Keycloak's execute-actions e-mail)
 * @param applyAgainLink the web client's application page, named in a rejection letter
 * @param statusLink the web client's status page, named in the letters
 * @param reviewDays how many business days the utility takes (manual 000: 3), said on the page and in the answer
 */
@Validated
@ConfigurationProperties("kabinet.applications")
public record ApplicationsProperties(
        @DefaultValue("identity.access-applications") @NotBlank
        String submissionsTopic,

        @DefaultValue("backoffice.access-application-decisions") @NotBlank
        String decisionsTopic,

        @DefaultValue("5") @Min(1) int perIp,
        @DefaultValue("24h") @NotNull Duration perIpWindow,
        @DefaultValue("72h") @NotNull Duration passwordLinkLifespan,

        @DefaultValue("http://localhost:8080/register/application") @NotBlank
        String applyAgainLink,

        @DefaultValue("http://localhost:8080/register/application/status") @NotBlank
        String statusLink,

        @DefaultValue("3") @Min(1) int reviewDays,
        @DefaultValue("no-reply@kabinet.local") @NotBlank String mailFrom,
        @DefaultValue("Личный кабинет") @NotBlank String mailFromName) {}
