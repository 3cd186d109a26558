package dev.kabinet.billing.tariffs;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tariffs the utility set, as loaded into billing (by the demo seed now, by the back office later, BO-1). */
@Service
public class Tariffs {

    private final TariffRepository repository;

    Tariffs(TariffRepository repository) {
        this.repository = repository;
    }

    /** Every tariff of {@code service}, past, present and future. */
    @Transactional(readOnly = true)
    public TariffSchedule scheduleOf(UtilityService service) {
        return TariffSchedule.of(repository.findByService(service));
    }

    /**
     * The tariff for {@code zone} of a {@code scheme} meter on {@code day}.
     *
     * @throws TariffNotFound when none covers that day
     */
    @Transactional(readOnly = true)
    public Tariff applicable(UtilityService service, ZoneScheme scheme, TariffZone zone, LocalDate day) {
        return scheduleOf(service).applicable(service, scheme, zone, day);
    }
}
