package dev.kabinet.demodata;

import dev.kabinet.demodata.AccountUpsertedV1.ChargeLine;
import dev.kabinet.demodata.AccountUpsertedV1.Meter;
import dev.kabinet.demodata.AccountUpsertedV1.Preferences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Realistic account records of a utility's back office (BO-1, issue #7 "Demo and test data"), deterministic by seed:
 * the same seed and index give the same record, byte for byte once written ({@link AccountJson}), on any machine, in
 * any order, on any thread. Each record is made from its own dice (seed, index), so {@link #accounts(long)} streams any
 * number in constant memory and a benchmark may generate in parallel.
 *
 * <p>What a record holds: an owner (Russian name in its gender), a flat in an apartment building of Moscow, Tver or a
 * town of the Tver region (or a private house in a village), its area, the building's area, rooms, residents, a phone
 * (usually) and an e-mail (often) with the owner's informing preferences; electricity always, with its common-house
 * (ОДН) line in apartment buildings and a penalty line; natural gas with VDGO on some; cold and hot water with
 * wastewater on some. Meters: one electricity meter (single-rate, day/night or three zones; a few read remotely), and
 * sometimes the retired one it replaced; a gas meter on most gas accounts; one or two cold and hot water meters. Each
 * current meter's verification is due some years after it was installed, so some are overdue at {@link #AS_OF}.
 *
 * <p>Account numbers are {@value #FIRST_NUMBER} + index (10 digits, never a demo resident's); meter ids {@value
 * #FIRST_METER_ID} + 16 × index + k, unique across all records. The seed changes the contents, not the numbers.
 */
public final class AccountGenerator {

    /** The first generated account number; record {@code i} is this + i. */
    public static final long FIRST_NUMBER = 3_000_000_000L;

    /** How many records there can be: numbers stay at 10 digits. */
    public static final long MAX_COUNT = 6_999_999_999L - FIRST_NUMBER;

    /** The first generated meter id (the demo residents' meters are 101, 102 and 201). */
    public static final long FIRST_METER_ID = 10_000_000L;

    /** The day the data describe: verification dates before it are overdue. Fixed, never the clock. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    /** When the back office changed the generated records. */
    public static final String CHANGED_AT = "2026-11-01T06:00:00Z";

    private static final ChargeLine EL = new ChargeLine("EL", "ELECTRICITY", "CONSUMPTION", "Электроэнергия");
    private static final ChargeLine EL_ODN =
            new ChargeLine("EL_ODN", "ELECTRICITY", "COMMON_HOUSE", "Электроэнергия ОДН");
    private static final ChargeLine EL_PENALTY = new ChargeLine("EL_PENALTY", "ELECTRICITY", "PENALTY", "Пени");
    private static final ChargeLine GAS = new ChargeLine("GAS", "GAS", "CONSUMPTION", "Природный газ");
    private static final ChargeLine GAS_PENALTY = new ChargeLine("GAS_PENALTY", "GAS", "PENALTY", "Пени за газ");
    private static final ChargeLine VDGO = new ChargeLine("VDGO", "GAS_EQUIPMENT_MAINTENANCE", "MAINTENANCE", "ВДГО");
    private static final ChargeLine CW = new ChargeLine("CW", "COLD_WATER", "CONSUMPTION", "Холодное водоснабжение");
    private static final ChargeLine CW_ODN = new ChargeLine("CW_ODN", "COLD_WATER", "COMMON_HOUSE", "ХВС ОДН");
    private static final ChargeLine HW = new ChargeLine("HW", "HOT_WATER", "CONSUMPTION", "Горячее водоснабжение");
    private static final ChargeLine HW_ODN = new ChargeLine("HW_ODN", "HOT_WATER", "COMMON_HOUSE", "ГВС ОДН");
    private static final ChargeLine WW = new ChargeLine("WW", "WASTEWATER", "CONSUMPTION", "Водоотведение");

    private static final List<List<String>> ZONES =
            List.of(List.of("T1"), List.of("T1", "T2"), List.of("T1", "T2", "T3"));

    private final long seed;
    private final long revision;

    /** Records at revision 1. */
    public AccountGenerator(long seed) {
        this(seed, 1);
    }

    /**
     * @param revision the revision every record carries (≥ 1): a later import of changed data needs a higher one, or
     *     account-service keeps what it has
     */
    public AccountGenerator(long seed, long revision) {
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be at least 1");
        }
        this.seed = seed;
        this.revision = revision;
    }

    /** Records 0 … count − 1, made one by one as the stream is read (lazily; constant memory; may run parallel). */
    public Stream<AccountUpsertedV1> accounts(long count) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 0 and " + MAX_COUNT);
        }
        return LongStream.range(0, count).mapToObj(this::account);
    }

    /** The same records as {@link #accounts(long)}, one at a time. */
    public Iterator<AccountUpsertedV1> iterator(long count) {
        return accounts(count).iterator();
    }

    /** Record number {@code index} (0-based): its account number is {@link #FIRST_NUMBER} + index. */
    public AccountUpsertedV1 account(long index) {
        if (index < 0 || index >= MAX_COUNT) {
            throw new IllegalArgumentException("index out of range");
        }
        var dice = new Dice(seed, index);
        var owner = People.owner(dice);
        var home = Places.home(dice, seed);
        int residents = home.apartmentBuilding() ? dice.weighted(5, 25, 30, 22, 12, 6) : dice.between(1, 6);
        String phone = dice.chance(93) ? People.phone(dice) : null;
        String email = dice.chance(65) ? People.email(dice, owner) : null;
        var preferences = new Preferences(
                phone != null && dice.chance(30),
                email != null && dice.chance(75),
                email != null && dice.chance(35) ? "EMAIL" : "PAPER");

        boolean gas = dice.chance(home.apartmentBuilding() ? 35 : 70);
        boolean vdgo = gas && dice.chance(90);
        boolean coldWater = dice.chance(home.apartmentBuilding() ? 40 : 20);
        boolean hotWater = coldWater && home.apartmentBuilding() && dice.chance(70);
        boolean wastewater = coldWater && dice.chance(80);

        var services = new ArrayList<String>();
        var lines = new ArrayList<ChargeLine>();
        services.add("ELECTRICITY");
        lines.add(EL);
        if (home.apartmentBuilding()) {
            lines.add(EL_ODN);
        }
        lines.add(EL_PENALTY);
        if (gas) {
            services.add("GAS");
            lines.add(GAS);
            if (dice.chance(50)) {
                lines.add(GAS_PENALTY);
            }
        }
        if (vdgo) {
            services.add("GAS_EQUIPMENT_MAINTENANCE");
            lines.add(VDGO);
        }
        if (coldWater) {
            services.add("COLD_WATER");
            lines.add(CW);
            if (home.apartmentBuilding()) {
                lines.add(CW_ODN);
            }
        }
        if (hotWater) {
            services.add("HOT_WATER");
            lines.add(HW);
            lines.add(HW_ODN);
        }
        if (wastewater) {
            services.add("WASTEWATER");
            lines.add(WW);
        }

        var meters = new Meters(FIRST_METER_ID + 16 * index, dice);
        meters.electricity();
        if (gas && dice.chance(75)) {
            meters.add("ГС", "GAS", ZONES.getFirst(), 5, 3, 10, 2013);
        }
        int risers = dice.chance(30) ? 2 : 1;
        for (int i = 0; coldWater && i < risers; i++) {
            meters.add("ХВ", "COLD_WATER", ZONES.getFirst(), 5, 3, 6, 2017);
        }
        for (int i = 0; hotWater && i < risers; i++) {
            meters.add("ГВ", "HOT_WATER", ZONES.getFirst(), 5, 3, 4, 2019);
        }

        return new AccountUpsertedV1(
                String.valueOf(FIRST_NUMBER + index),
                revision,
                CHANGED_AT,
                owner.fullName(),
                home.address(),
                home.flatNumber(),
                Places.area(home.flatArea()),
                Places.area(home.houseArea()),
                home.rooms(),
                residents,
                phone,
                email,
                preferences,
                services,
                lines,
                meters.list);
    }

    /** The meters of one account, numbered from its first id. */
    private static final class Meters {

        private final List<Meter> list = new ArrayList<>();
        private final Dice dice;
        private long nextId;

        Meters(long firstId, Dice dice) {
            this.nextId = firstId;
            this.dice = dice;
        }

        /** The electricity meter, and now and then the retired one it replaced. */
        void electricity() {
            var zones = ZONES.get(dice.weighted(45, 45, 10));
            boolean remote = dice.chance(zones.size() == 3 ? 40 : 3);
            int digits = List.of(5, 6, 6, 6, 7).get(dice.below(5));
            int decimals = dice.weighted(15, 60, 25);
            if (dice.chance(10)) {
                int retiredIn = dice.between(2008, 2024);
                long id = nextId++;
                list.add(new Meter(
                        id,
                        serial("ЭМ", id, retiredIn - dice.between(8, 16)),
                        "ELECTRICITY",
                        ZONES.get(dice.weighted(70, 30, 0)),
                        5,
                        dice.between(0, 1),
                        null,
                        false,
                        true));
            }
            add("ЭМ", "ELECTRICITY", zones, digits, decimals, 16, 2008, remote);
        }

        void add(String prefix, String service, List<String> zones, int digits, int decimals, int years, int since) {
            add(prefix, service, zones, digits, decimals, years, since, false);
        }

        /**
         * A working meter installed between {@code since} and 2026, its verification due {@code years} later (absent
         * now and then: not tracked).
         */
        void add(
                String prefix,
                String service,
                List<String> zones,
                int digits,
                int decimals,
                int years,
                int since,
                boolean remote) {
            var installed =
                    LocalDate.of(dice.between(since, AS_OF.getYear()), dice.between(1, 12), dice.between(1, 28));
            String due = dice.chance(3) ? null : installed.plusYears(years).toString();
            long id = nextId++;
            list.add(new Meter(
                    id, serial(prefix, id, installed.getYear()), service, zones, digits, decimals, due, remote, false));
        }

        private static String serial(String prefix, long id, int year) {
            return prefix + "-" + id + "-" + year;
        }
    }
}
