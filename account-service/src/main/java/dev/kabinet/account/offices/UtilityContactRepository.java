package dev.kabinet.account.offices;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface UtilityContactRepository extends Repository<UtilityContact, Long> {

    List<UtilityContact> findAllByOrderByPositionAscIdAsc();
}
