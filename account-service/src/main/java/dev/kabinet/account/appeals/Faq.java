package dev.kabinet.account.appeals;

import dev.kabinet.account.audit.AuditTrail;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The FAQ (AC-5; manual 004: answers to similar questions per appeal type, shown before the resident writes).
 * Operators add, change and remove entries; each change is audited (who, which entry, which fields).
 */
@Component
public class Faq {

    private final FaqEntryRepository entries;
    private final AuditTrail audit;
    private final Clock clock;

    public Faq(FaqEntryRepository entries, AuditTrail audit, Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    /** The entries of one type in their order, or all of them by type. */
    @Transactional(readOnly = true)
    public List<FaqEntry> of(@Nullable AppealType type) {
        return type == null
                ? entries.findAllByOrderByTypeAscPositionAscIdAsc()
                : entries.findByTypeOrderByPositionAscIdAsc(type);
    }

    @Transactional
    public FaqEntry add(AppealType type, int position, String question, String answer) {
        var entry = entries.save(new FaqEntry(type, position, question, answer, clock.instant()));
        audit.record("faq.added", "faq:" + entry.id(), List.of("type", "position", "question", "answer"));
        return entry;
    }

    /** @throws FaqEntryNotFound when there is no such entry */
    @Transactional
    public FaqEntry change(long id, AppealType type, int position, String question, String answer) {
        var entry = entries.findById(id).orElseThrow(FaqEntryNotFound::new);
        var changed = new java.util.ArrayList<String>();
        if (entry.type() != type) {
            changed.add("type");
        }
        if (entry.position() != position) {
            changed.add("position");
        }
        if (!entry.question().equals(question)) {
            changed.add("question");
        }
        if (!entry.answer().equals(answer)) {
            changed.add("answer");
        }
        if (!changed.isEmpty()) {
            entry.change(type, position, question, answer, clock.instant());
            audit.record("faq.changed", "faq:" + id, changed);
        }
        return entry;
    }

    /** @throws FaqEntryNotFound when there is no such entry */
    @Transactional
    public void remove(long id) {
        var entry = entries.findById(id).orElseThrow(FaqEntryNotFound::new);
        entries.delete(entry);
        audit.record("faq.removed", "faq:" + id, List.of());
    }
}
