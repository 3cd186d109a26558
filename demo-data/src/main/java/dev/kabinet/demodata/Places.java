package dev.kabinet.demodata;

import java.util.List;
import java.util.Locale;

/**
 * Where the generated accounts are: flats in apartment buildings of Moscow, Tver and the small towns of the Tver region,
 * and private houses in its villages and towns. A building is the same for every account in it (its floors, entrances
 * and total area come from the generator's seed and the building's address, not from the account), so two flats of
 * one house report one house area.
 */
final class Places {

    /** A settlement: how its addresses start, how tall its buildings are, how many of its homes are houses. */
    private record Settlement(
            String prefix, int weight, List<Integer> floors, int housesPercent, List<Street> streets) {}

    private record Street(String type, String name) {
        @Override
        public String toString() {
            return type + " " + name;
        }
    }

    private static final List<Street> TOWN_STREETS = List.of(
            new Street("ул.", "Советская"),
            new Street("ул.", "Лесная"),
            new Street("пр.", "Мира"),
            new Street("пр.", "Ленина"),
            new Street("ул.", "Московская"),
            new Street("ул.", "Садовая"),
            new Street("ул.", "Школьная"),
            new Street("ул.", "Молодёжная"),
            new Street("ул.", "Набережная"),
            new Street("ул.", "Победы"),
            new Street("ул.", "Гагарина"),
            new Street("ул.", "Октябрьская"),
            new Street("ул.", "Пушкинская"),
            new Street("ул.", "Первомайская"),
            new Street("ул.", "Заводская"),
            new Street("ул.", "Комсомольская"),
            new Street("ул.", "Строителей"),
            new Street("б-р", "Цанова"),
            new Street("пер.", "Трудовой"),
            new Street("ш.", "Петербургское"));

    private static final List<Street> VILLAGE_STREETS = List.of(
            new Street("ул.", "Луговая"),
            new Street("ул.", "Центральная"),
            new Street("ул.", "Садовая"),
            new Street("ул.", "Полевая"),
            new Street("ул.", "Заречная"),
            new Street("ул.", "Новая"),
            new Street("ул.", "Лесная"),
            new Street("ул.", "Школьная"));

    private static final List<Settlement> SETTLEMENTS = List.of(
            new Settlement("г. Москва", 20, List.of(9, 12, 14, 16, 17, 22), 0, TOWN_STREETS),
            new Settlement("г. Тверь", 25, List.of(5, 5, 9, 9, 10, 12, 16), 4, TOWN_STREETS),
            new Settlement("Тверская обл., г. Ржев", 8, List.of(2, 3, 5, 5, 9), 20, TOWN_STREETS),
            new Settlement("Тверская обл., г. Торжок", 7, List.of(2, 3, 5, 5, 9), 20, TOWN_STREETS),
            new Settlement("Тверская обл., г. Кимры", 6, List.of(2, 3, 5, 5), 25, TOWN_STREETS),
            new Settlement("Тверская обл., г. Конаково", 6, List.of(3, 5, 5, 9), 15, TOWN_STREETS),
            new Settlement("Тверская обл., г. Вышний Волочёк", 6, List.of(2, 3, 5, 5), 25, TOWN_STREETS),
            new Settlement("Тверская обл., г. Бежецк", 4, List.of(2, 3, 5), 30, TOWN_STREETS),
            new Settlement("Тверская обл., Калининский р-н, д. Кривцово", 5, List.of(1), 100, VILLAGE_STREETS),
            new Settlement("Тверская обл., Конаковский р-н, с. Селихово", 4, List.of(1), 100, VILLAGE_STREETS),
            new Settlement("Тверская обл., Торжокский р-н, д. Мошки", 3, List.of(1), 100, VILLAGE_STREETS),
            new Settlement("Тверская обл., Ржевский р-н, д. Хорошево", 2, List.of(1), 100, VILLAGE_STREETS));

    private static final int[] WEIGHTS =
            SETTLEMENTS.stream().mapToInt(Settlement::weight).toArray();

    private Places() {}

    /**
     * A home: its postal address, the flat number (null for a house), the flat's and the building's total area in
     * hundredths of a m², and its rooms.
     */
    record Home(
            String address, String flatNumber, long flatArea, long houseArea, int rooms, boolean apartmentBuilding) {}

    static Home home(Dice dice, long seed) {
        int settlementIndex = dice.weighted(WEIGHTS);
        Settlement settlement = SETTLEMENTS.get(settlementIndex);
        int streetIndex = dice.below(settlement.streets().size());
        Street street = settlement.streets().get(streetIndex);
        boolean house = dice.chance(settlement.housesPercent());
        if (house) {
            int number = dice.between(1, 80);
            int rooms = dice.between(2, 6);
            long area = (long) dice.between(35 + 15 * rooms, 60 + 25 * rooms) * 100 + dice.below(10) * 10;
            return new Home(settlement.prefix() + ", " + street + ", д. " + number, null, area, area, rooms, false);
        }
        int number = dice.between(1, 120);
        // the building's own dice: the same house on every account in it
        var building = new Dice(seed, 0x0B11D, settlementIndex, streetIndex, number);
        int floors = building.pick(settlement.floors());
        int entrances = building.between(1, floors >= 12 ? 4 : 8);
        int flats = floors * entrances * 4;
        long houseArea = (long) flats * building.between(5200, 6800) + building.below(100);
        String corpus = building.chance(12) ? ", к. " + building.between(1, 3) : "";
        int flat = dice.between(1, flats);
        int rooms = 1 + dice.weighted(30, 40, 24, 6);
        long flatArea = (long) dice.between(
                                List.of(28, 42, 56, 75).get(rooms - 1),
                                List.of(42, 62, 85, 110).get(rooms - 1))
                        * 100
                + dice.below(10) * 10;
        String address = settlement.prefix() + ", " + street + ", д. " + number + corpus + ", кв. " + flat;
        return new Home(address, String.valueOf(flat), flatArea, houseArea, rooms, true);
    }

    /** Hundredths of a m² as the contract writes an area: {@code 5430} → {@code 54.30}. */
    static String area(long hundredths) {
        return String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
    }
}
