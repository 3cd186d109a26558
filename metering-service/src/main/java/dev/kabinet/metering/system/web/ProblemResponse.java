package dev.kabinet.metering.system.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The RFC 9457 problem detail every error of the API carries (rendered by the platform's advice). Documentation only:
 * it gives typed clients the shape of {@code application/problem+json}.
 */
@Schema(
        name = "Problem",
        description = "RFC 9457 problem detail. `detail` is in Russian and may be shown to the resident.")
public record ProblemResponse(
        @Schema(
                description = "Stable problem type: https://kabinet.dev/problems/<slug>",
                example = "https://kabinet.dev/problems/reading-invalid",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String type,

        @Schema(description = "Short English summary of the status", example = "Unprocessable Entity")
        String title,

        @Schema(example = "422", requiredMode = Schema.RequiredMode.REQUIRED)
        int status,

        @Schema(
                description = "What happened and what to do, in Russian",
                example = "Показания не приняты: исправьте отмеченные поля и отправьте снова.")
        String detail,

        @Schema(description = "The request path", example = "/api/v1/accounts/1000000011/meters/101/readings")
        String instance,

        @Schema(description = "Trace id to quote to support", example = "6650b0f2e5c4d7a1b2c3d4e5f6a7b8c9")
        String traceId,

        @Schema(description = "Field problems, one per field at fault; absent when none")
        List<FieldError> errors) {

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON path of the input at fault", example = "values.T1")
            String field,

            @Schema(
                    description = "What is wrong with it, in Russian",
                    example = "Показание может иметь не больше 6 цифр до запятой, как на табло счётчика.")
            String message) {}
}
