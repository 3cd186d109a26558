package dev.kabinet.account.offices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface OfficeRepository extends Repository<Office, Long> {

    Office save(Office office);

    Optional<Office> findById(Long id);

    List<Office> findAllByOrderByPositionAscIdAsc();

    void delete(Office office);
}
