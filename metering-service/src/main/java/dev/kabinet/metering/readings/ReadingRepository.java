package dev.kabinet.metering.readings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReadingRepository extends JpaRepository<Reading, UUID>, JpaSpecificationExecutor<Reading> {

    /** The meter's newest readings of a status, newest first (MT-2: the previous accepted one and its history). */
    List<Reading> findByMeterIdAndStatusOrderBySubmittedAtDesc(long meterId, ReadingStatus status, Limit limit);

    /** The newest accepted reading of each meter (ties on the instant are resolved by the caller). */
    @Query("""
            select r from Reading r
            where r.meterId in :meterIds
              and r.status = dev.kabinet.metering.readings.ReadingStatus.ACCEPTED
              and r.submittedAt = (select max(n.submittedAt) from Reading n where n.meterId = r.meterId
                                   and n.status = dev.kabinet.metering.readings.ReadingStatus.ACCEPTED)
            """)
    List<Reading> findNewestAcceptedOfMeters(Collection<Long> meterIds);

    Optional<Reading> findFirstByMeterIdAndStatusOrderBySubmittedAtDesc(long meterId, ReadingStatus status);

    Page<Reading> findByAccountNumber(String accountNumber, Pageable pageable);

    Optional<Reading> findByIdAndAccountNumber(UUID id, String accountNumber);

    /**
     * Deletes the reading only while it is in processing (MT-4), in one statement, so a decision committed in between
     * wins; its values go with it ({@code on delete cascade}). Returns how many rows were deleted (0 or 1).
     */
    @Modifying
    @Query("delete from Reading r where r.id = :id and r.accountNumber = :accountNumber"
            + " and r.status = dev.kabinet.metering.readings.ReadingStatus.IN_PROCESSING")
    int deleteInProcessing(UUID id, String accountNumber);

    /** The reading's status as committed now (a query, not the persistence context's copy). */
    @Query("select r.status from Reading r where r.id = :id")
    Optional<ReadingStatus> statusOf(UUID id);

    /** The newest reading of each meter, whatever its status (ties on the instant are resolved by the caller). */
    @Query("""
            select r from Reading r
            where r.meterId in :meterIds
              and r.submittedAt = (select max(n.submittedAt) from Reading n where n.meterId = r.meterId)
            """)
    List<Reading> findNewestOfMeters(Collection<Long> meterIds);
}
