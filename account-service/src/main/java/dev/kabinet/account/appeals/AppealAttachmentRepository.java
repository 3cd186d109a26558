package dev.kabinet.account.appeals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AppealAttachmentRepository extends Repository<AppealAttachment, UUID> {

    AppealAttachment save(AppealAttachment attachment);

    Optional<AppealAttachment> findByIdAndAppealId(UUID id, UUID appealId);

    @Query("select new dev.kabinet.account.appeals.AttachmentInfo(a.id, a.appealId, a.fileName, a.contentType, a.size)"
            + " from AppealAttachment a where a.appealId in :appeals order by a.position")
    List<AttachmentInfo> infoOf(Collection<UUID> appeals);
}
