package dev.kabinet.backoffice.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.backoffice-demo.*}: what the demo back office loads on start.
 *
 * @param generatedAccounts how many generated accounts to send besides the demo residents (0 … 10,000,000; default 50)
 * @param seed the generator's seed: the same seed sends the same records, byte for byte
 * @param revision the revision of the generated records (≥ 1): raise it to make account-service apply changed data
 * @param topic where account records go (default {@code backoffice.accounts}; tests use a topic of their own)
 */
@Validated
@ConfigurationProperties("kabinet.backoffice-demo")
public record AccountsProperties(
        @DefaultValue("50") @Min(0) @Max(10_000_000) long generatedAccounts,
        @DefaultValue("20261129") long seed,
        @DefaultValue("1") @Min(1) long revision,
        @DefaultValue("backoffice.accounts") @NotBlank String topic) {}
