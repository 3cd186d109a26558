package dev.kabinet.account.appeals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.appeals.*}: the caps on an appeal's attachments (AC-5).
 *
 * @param maxFileSize the largest file (default 5MB; the servlet's multipart limits are set above it so that a larger
 *     file gets this feature's field problem, and the gateway's limit for this route above their sum)
 * @param maxFiles how many files an appeal takes (default 3)
 */
@Validated
@ConfigurationProperties("kabinet.appeals")
public record AppealsProperties(
        @DefaultValue("5MB") @NotNull DataSize maxFileSize,
        @DefaultValue("3") @Min(0) @Max(10) int maxFiles) {}
