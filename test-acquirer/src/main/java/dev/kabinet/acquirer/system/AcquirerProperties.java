package dev.kabinet.acquirer.system;

import dev.kabinet.acquirer.cards.CardBrand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.acquirer.*}: the one merchant this acquirer serves (its API login and password, where its callbacks
 * go and the key that signs them, the brands it refuses), the address of the hosted page as the payer's browser sees
 * it, how long an order waits for payment, and the time zone of the merchant register's days.
 */
@Validated
@ConfigurationProperties("kabinet.acquirer")
public record AcquirerProperties(
        @NotBlank String userName,
        @NotBlank String password,
        URI callbackUrl,
        String callbackMethod,
        @NotBlank String callbackSecret,
        Set<CardBrand> excludedBrands,
        @NotNull URI publicUrl,
        @NotNull Duration orderLifetime,
        @NotNull ZoneId zone,
        @NotBlank String merchantName) {

    public AcquirerProperties {
        excludedBrands = excludedBrands == null ? Set.of() : Set.copyOf(excludedBrands);
        callbackMethod = callbackMethod == null || callbackMethod.isBlank() ? "GET" : callbackMethod;
    }
}
