package dev.kabinet.account.appeals;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface FaqEntryRepository extends Repository<FaqEntry, Long> {

    FaqEntry save(FaqEntry entry);

    Optional<FaqEntry> findById(Long id);

    List<FaqEntry> findByTypeOrderByPositionAscIdAsc(AppealType type);

    List<FaqEntry> findAllByOrderByTypeAscPositionAscIdAsc();

    void delete(FaqEntry entry);
}
