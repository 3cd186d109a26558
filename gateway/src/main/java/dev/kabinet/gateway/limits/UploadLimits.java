package dev.kabinet.gateway.limits;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kabinet.gateway.uploads.*}: the routes that take files (AC-5 appeals: up to 3 files of 5 MB) accept a larger
 * {@code multipart/form-data} body than {@code kabinet.gateway.max-request-size}; every other body keeps that limit.
 *
 * @param maxSize the largest multipart body on those routes (default 16MB: three 5 MB files and the form)
 * @param paths the gateway paths, as Spring path patterns (default the appeals of an account)
 */
@Validated
@ConfigurationProperties("kabinet.gateway.uploads")
public record UploadLimits(
        @DefaultValue("16MB") @NotNull DataSize maxSize,

        @DefaultValue("/api/account/v1/accounts/*/appeals") @NotEmpty
        List<String> paths) {}
