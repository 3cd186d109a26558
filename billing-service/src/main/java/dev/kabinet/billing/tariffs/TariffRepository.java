package dev.kabinet.billing.tariffs;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface TariffRepository extends ListCrudRepository<Tariff, Long> {

    List<Tariff> findByService(UtilityService service);
}
