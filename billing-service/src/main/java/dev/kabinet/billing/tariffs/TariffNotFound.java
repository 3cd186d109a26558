package dev.kabinet.billing.tariffs;

import java.time.LocalDate;

/**
 * No tariff prices this service and zone on that day: a gap in the tariff data, not in the event. The consumer
 * retries (the tariff may be loaded meanwhile), then parks the event on the dead-letter topic.
 */
public class TariffNotFound extends RuntimeException {

    public TariffNotFound(UtilityService service, ZoneScheme scheme, TariffZone zone, LocalDate day) {
        super("No tariff for " + service + " " + scheme + " zone " + zone + " on " + day);
    }
}
