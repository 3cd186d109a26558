package dev.kabinet.account.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A frequently asked question with its answer, shown for its appeal type before the resident writes (AC-5). */
@Entity
@Table(name = "faq_entry")
public class FaqEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private AppealType type;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "question", nullable = false, length = 300)
    private String question;

    @Column(name = "answer", nullable = false, length = 3000)
    private String answer;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FaqEntry() {}

    FaqEntry(AppealType type, int position, String question, String answer, Instant now) {
        change(type, position, question, answer, now);
    }

    final void change(AppealType type, int position, String question, String answer, Instant now) {
        this.type = type;
        this.position = position;
        this.question = question;
        this.answer = answer;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public AppealType type() {
        return type;
    }

    public int position() {
        return position;
    }

    public String question() {
        return question;
    }

    public String answer() {
        return answer;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
