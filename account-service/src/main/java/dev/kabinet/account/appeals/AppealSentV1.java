package dev.kabinet.account.appeals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Event {@code account.AppealSent.v1} on topic {@code account.appeals}, key = account number: a resident wrote an
 * appeal (AC-5). Carries the text and the attachments' names, types and sizes, not their bytes (an operator downloads
 * them through Kabinet's operator API). The back office answers on {@code backoffice.appeals} with {@code
 * backoffice.AppealUpdated.v1}. docs/adr/0016.
 */
public record AppealSentV1(
        UUID appealId,
        String accountNumber,
        Instant sentAt,
        AppealType type,
        Addressee addressee,
        String text,
        List<AttachmentV1> attachments) {

    public static final String TYPE = "account.AppealSent.v1";
    public static final String TOPIC = "account.appeals";

    /** @param size bytes */
    public record AttachmentV1(UUID id, String fileName, String contentType, int size) {}

    static AppealSentV1 of(Appeal appeal, List<AppealAttachment> attachments) {
        return new AppealSentV1(
                appeal.id(),
                appeal.accountNumber(),
                appeal.sentAt(),
                appeal.type(),
                appeal.addressee(),
                appeal.text(),
                attachments.stream()
                        .map(a -> new AttachmentV1(a.id(), a.fileName(), a.contentType(), a.size()))
                        .toList());
    }
}
