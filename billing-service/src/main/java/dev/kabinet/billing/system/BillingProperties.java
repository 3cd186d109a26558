package dev.kabinet.billing.system;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Billing settings ({@code kabinet.billing.*}).
 *
 * @param timeZone the utility's time zone: a reading submitted at 23:30 UTC on 30 June is charged on Moscow's 1 July
 *     tariff.
 */
@Validated
@ConfigurationProperties("kabinet.billing")
public record BillingProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId timeZone) {}
