package dev.kabinet.metering.system.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The problem responses every account-scoped operation may give: 400, 401 and 403. */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(
        responseCode = "400",
        description = "Malformed request (unreadable JSON, wrong parameter type or range): `malformed-request`"
                + " or `validation`",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemResponse.class)))
@ApiResponse(
        responseCode = "401",
        description = "No valid access token: `unauthorized`",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemResponse.class)))
@ApiResponse(
        responseCode = "403",
        description = "The account is not linked to the caller: `account-access-denied`",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemResponse.class)))
public @interface ApiErrors {}
