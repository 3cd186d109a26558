package dev.kabinet.account.links;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Links (ID-1, ID-9; {@code kabinet.links.*}): how many logins may register one account by themselves (a utility's
 * setting; 1 by default: the owner), how many accounts one login may have (10 by default, manual 003; a utility like
 * 002's sets 1) and which OAuth2 client (identity-service's service account) may call the internal link endpoints.
 */
@Validated
@ConfigurationProperties("kabinet.links")
public record LinkProperties(
        @DefaultValue("1") @Min(1) int maxLoginsPerAccount,
        @DefaultValue("10") @Min(1) int maxAccountsPerLogin,
        @DefaultValue("kabinet-identity") @NotBlank String identityClientId) {}
