package dev.kabinet.backoffice.tariffs;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.backoffice-demo.tariffs.*}: the demo back office's tariff book (BL-4, BO-1).
 *
 * @param enabled whether the tariffs and normatives are sent on start (default true)
 * @param topic where they go (default {@code backoffice.tariffs}, declared by billing-service; tests use their own)
 */
@Validated
@ConfigurationProperties("kabinet.backoffice-demo.tariffs")
public record TariffsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("backoffice.tariffs") @NotBlank String topic) {}
