package dev.kabinet.metering.readings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReadingRepository extends JpaRepository<Reading, UUID> {

    Optional<Reading> findFirstByMeterIdAndStatusOrderBySubmittedAtDesc(long meterId, ReadingStatus status);

    Page<Reading> findByAccountNumber(String accountNumber, Pageable pageable);

    Optional<Reading> findByIdAndAccountNumber(UUID id, String accountNumber);

    /** The newest reading of each meter, whatever its status (ties on the instant are resolved by the caller). */
    @Query("""
            select r from Reading r
            where r.meterId in :meterIds
              and r.submittedAt = (select max(n.submittedAt) from Reading n where n.meterId = r.meterId)
            """)
    List<Reading> findNewestOfMeters(Collection<Long> meterIds);
}
