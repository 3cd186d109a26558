package dev.kabinet.account.appeals.web;

import dev.kabinet.account.appeals.Addressee;
import dev.kabinet.account.appeals.AppealType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** An appeal as the browser sends it, multipart/form-data (AC-5). */
@Schema(name = "SendAppealRequest")
public record SendAppealRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{field.appeal.type}")
        AppealType type,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{field.appeal.addressee}")
        Addressee addressee,

        @Schema(description = "1–5000 characters", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
        String text,

        @Schema(description = "Up to 3 JPEG, PNG or PDF files of at most 5 MB", nullable = true) @Nullable
        List<MultipartFile> files) {}
