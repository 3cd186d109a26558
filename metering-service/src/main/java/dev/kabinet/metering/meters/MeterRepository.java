package dev.kabinet.metering.meters;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeterRepository extends JpaRepository<Meter, Long> {

    Optional<Meter> findByIdAndAccountNumber(long id, String accountNumber);

    /** Working meters first, then retired ones, each in the order they were registered. */
    List<Meter> findByAccountNumberOrderByRetiredAscIdAsc(String accountNumber);
}
