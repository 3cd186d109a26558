package dev.kabinet.account.appeals.web;

import dev.kabinet.account.appeals.Addressee;
import dev.kabinet.account.appeals.AppealStatus;
import dev.kabinet.account.appeals.AppealType;
import dev.kabinet.account.appeals.Appeals.AppealWithFiles;
import dev.kabinet.account.appeals.AttachmentInfo;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An appeal with where it stands and, once answered, the answer (AC-5). */
@Schema(name = "Appeal")
public record AppealView(
        UUID id,
        @Schema(example = "1000000011") String accountNumber,
        AppealType type,
        Addressee addressee,
        String text,
        @Schema(description = "SENT, IN_PROGRESS, ANSWERED") AppealStatus status,
        @Schema(nullable = true) @Nullable String answer,
        @Schema(nullable = true) @Nullable Instant answeredAt,
        Instant sentAt,
        List<AttachmentView> attachments) {

    /** @param size bytes */
    @Schema(name = "AppealAttachment")
    public record AttachmentView(
            UUID id,
            String fileName,

            @Schema(description = "image/jpeg, image/png or application/pdf")
            String contentType,

            int size) {

        static AttachmentView of(AttachmentInfo info) {
            return new AttachmentView(info.id(), info.fileName(), info.contentType(), info.size());
        }
    }

    static AppealView of(AppealWithFiles found) {
        var appeal = found.appeal();
        return new AppealView(
                appeal.id(),
                appeal.accountNumber(),
                appeal.type(),
                appeal.addressee(),
                appeal.text(),
                appeal.status(),
                appeal.answer(),
                appeal.answeredAt(),
                appeal.sentAt(),
                found.files().stream().map(AttachmentView::of).toList());
    }
}
