package dev.kabinet.identity.trial;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * ID-11 trial period ({@code kabinet.trial.*}), a utility's setting, off by default (manual 000): while {@code enabled},
 * a login made gets full access for {@code days} days, then the cabinet is limited until an operator records the signed
 * paper confirmation.
 */
@Validated
@ConfigurationProperties("kabinet.trial")
public record TrialProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("30") @Min(1) int days) {}
