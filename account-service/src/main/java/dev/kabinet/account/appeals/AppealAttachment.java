package dev.kabinet.account.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A file attached to an appeal (AC-5): its sanitised name, the media type its bytes were recognised as (never the
 * browser's), its size and the bytes, kept in the database (docs/adr/0016).
 */
@Entity
@Table(name = "appeal_attachment")
public class AppealAttachment implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "appeal_id", nullable = false)
    private UUID appealId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false, length = 100)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size", nullable = false)
    private int size;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Transient
    private boolean isNew;

    protected AppealAttachment() {}

    AppealAttachment(UUID appealId, int position, AppealForm.CheckedFile file) {
        this.id = UUID.randomUUID();
        this.appealId = appealId;
        this.position = position;
        this.fileName = file.fileName();
        this.contentType = file.type().mediaType();
        this.size = file.content().length;
        this.content = file.content().clone();
        this.isNew = true;
    }

    public UUID id() {
        return id;
    }

    public UUID appealId() {
        return appealId;
    }

    public int position() {
        return position;
    }

    public String fileName() {
        return fileName;
    }

    /** image/jpeg, image/png or application/pdf. */
    public String contentType() {
        return contentType;
    }

    /** Bytes. */
    public int size() {
        return size;
    }

    public byte[] content() {
        return content.clone();
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }
}
