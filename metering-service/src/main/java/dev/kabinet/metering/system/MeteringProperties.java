package dev.kabinet.metering.system;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of metering-service ({@code kabinet.metering.*}).
 *
 * @param zone the utility's time zone: "today" for the meters' verification dates is the date there, not on the
 *     server
 */
@Validated
@ConfigurationProperties("kabinet.metering")
public record MeteringProperties(
        @DefaultValue("Europe/Moscow") @NotNull ZoneId zone) {}
