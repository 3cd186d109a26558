package dev.kabinet.backoffice.tariffs;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo utility's tariffs and normatives (BL-4, BO-1), as its back office sends them on {@code backoffice.tariffs}
 * (contracts: {@code backoffice.TariffSet.v1}, {@code backoffice.NormativeSet.v1}). The tariffs are the ones
 * billing-service's demo seed ({@code db/demo/R__demo_tariffs.sql}) has always held, so the demo's figures do not move:
 * billing replaces a seeded tariff by the imported one starting the same day, and the seed stays only as the fallback
 * of a billing-service started without the back office. Kopecks per unit; a normative per resident per month.
 */
public final class TariffBook {

    /** The revision of every record here: raise it to make billing apply changed values. */
    public static final long REVISION = 1;

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private TariffBook() {}

    /** One tariff, as {@code backoffice.TariffSet.v1} carries it ({@code validTo} exclusive, null when open-ended). */
    public record TariffSetV1(
            String tariffId,
            long revision,
            String service,
            String scheme,
            String zone,
            String unit,
            long kopecksPerUnit,
            LocalDate validFrom,
            LocalDate validTo) {

        public static final String TYPE = "backoffice.TariffSet.v1";

        String json() {
            return "{\"tariffId\":\"" + tariffId + "\",\"revision\":" + revision + ",\"service\":\"" + service
                    + "\",\"scheme\":\"" + scheme + "\",\"zone\":\"" + zone + "\",\"unit\":\"" + unit
                    + "\",\"kopecksPerUnit\":" + kopecksPerUnit + ",\"validFrom\":\"" + validFrom + "\""
                    + (validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"") + "}";
        }
    }

    /** One normative, as {@code backoffice.NormativeSet.v1} carries it (units per resident per month, 3 decimals). */
    public record NormativeSetV1(
            String normativeId,
            long revision,
            String service,
            String unit,
            String perResidentPerMonth,
            LocalDate validFrom,
            LocalDate validTo) {

        public static final String TYPE = "backoffice.NormativeSet.v1";

        String json() {
            return "{\"normativeId\":\"" + normativeId + "\",\"revision\":" + revision + ",\"service\":\"" + service
                    + "\",\"unit\":\"" + unit + "\",\"perResidentPerMonth\":\"" + perResidentPerMonth
                    + "\",\"validFrom\":\"" + validFrom + "\""
                    + (validTo == null ? "" : ",\"validTo\":\"" + validTo + "\"") + "}";
        }
    }

    /** Electricity: single rate 6,43 ₽/kWh; day/night 7,25 and 3,10 ₽/kWh; from 01.01.2026. */
    public static List<TariffSetV1> tariffs() {
        return List.of(
                new TariffSetV1("EL-S-T1-2026", REVISION, "ELECTRICITY", "SINGLE", "T1", "KWH", 643, FROM, null),
                new TariffSetV1("EL-DN-T1-2026", REVISION, "ELECTRICITY", "DAY_NIGHT", "T1", "KWH", 725, FROM, null),
                new TariffSetV1("EL-DN-T2-2026", REVISION, "ELECTRICITY", "DAY_NIGHT", "T2", "KWH", 310, FROM, null));
    }

    /**
     * Normatives per resident per month (Decree 354 p. 60, for a meter not read for more than 3 periods or none):
     * electricity 94 kWh, natural gas 10 m³.
     */
    public static List<NormativeSetV1> normatives() {
        return List.of(
                new NormativeSetV1("EL-NORM-2026", REVISION, "ELECTRICITY", "KWH", "94.000", FROM, null),
                new NormativeSetV1("GAS-NORM-2026", REVISION, "GAS", "M3", "10.000", FROM, null));
    }
}
