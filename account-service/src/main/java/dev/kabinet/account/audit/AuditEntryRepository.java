package dev.kabinet.account.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByTargetOrderByOccurredAtDesc(String target);
}
