package dev.kabinet.account.appeals.web;

import dev.kabinet.account.appeals.AppealType;
import dev.kabinet.account.appeals.FaqEntry;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "FaqEntry")
public record FaqEntryView(long id, AppealType type, int position, String question, String answer) {

    static FaqEntryView of(FaqEntry entry) {
        return new FaqEntryView(entry.id(), entry.type(), entry.position(), entry.question(), entry.answer());
    }
}
