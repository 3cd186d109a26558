package dev.kabinet.demodata;

import java.util.List;
import java.util.Locale;

/**
 * Russian owners as a utility's register writes them: surname, first name, patronymic, in the owner's gender (Иванов
 * Пётр Сергеевич, Иванова Анна Петровна; Шевченко is both), with a phone and an e-mail address under the reserved
 * example domains (RFC 2606), so a demo never writes to a real mailbox.
 */
final class People {

    /** A surname's masculine form; the feminine adds "а" (Иванов → Иванова), or is the same (Шевченко). */
    private static final List<String> SURNAMES = List.of(
            "Иванов",
            "Смирнов",
            "Кузнецов",
            "Попов",
            "Васильев",
            "Петров",
            "Соколов",
            "Михайлов",
            "Новиков",
            "Фёдоров",
            "Морозов",
            "Волков",
            "Алексеев",
            "Лебедев",
            "Семёнов",
            "Егоров",
            "Павлов",
            "Козлов",
            "Степанов",
            "Николаев",
            "Орлов",
            "Андреев",
            "Макаров",
            "Никитин",
            "Захаров",
            "Зайцев",
            "Соловьёв",
            "Борисов",
            "Яковлев",
            "Григорьев",
            "Романов",
            "Воробьёв",
            "Сергеев",
            "Кузьмин",
            "Фролов",
            "Александров",
            "Дмитриев",
            "Королёв",
            "Гусев",
            "Киселёв",
            "Ильин",
            "Максимов",
            "Поляков",
            "Сорокин",
            "Виноградов",
            "Ковалёв",
            "Белов",
            "Медведев",
            "Антонов",
            "Тарасов",
            "Жуков",
            "Баранов",
            "Филиппов",
            "Комаров",
            "Давыдов",
            "Беляев",
            "Герасимов",
            "Богданов",
            "Осипов",
            "Сидоров",
            "Матвеев",
            "Титов",
            "Марков",
            "Миронов",
            "Крылов",
            "Куликов",
            "Карпов",
            "Власов",
            "Мельников",
            "Денисов",
            "Гаврилов",
            "Тихонов",
            "Казаков",
            "Афанасьев",
            "Данилов",
            "Савельев",
            "Тимофеев",
            "Фомин",
            "Чернов",
            "Абрамов",
            "Мартынов",
            "Ефимов",
            "Щербаков",
            "Назаров",
            "Калинин",
            "Исаев",
            "Быков",
            "Маслов",
            "Родионов",
            "Коновалов",
            "Лазарев",
            "Воронин",
            "Климов",
            "Филатов",
            "Голубев",
            "Кудрявцев",
            "Прохоров",
            "Наумов",
            "Потапов",
            "Журавлёв",
            "Трофимов",
            "Леонов",
            "Соболев",
            "Ермаков",
            "Колесников",
            "Гончаров",
            "Емельянов");

    /** Surnames whose feminine form is the masculine one. */
    private static final List<String> INVARIABLE_SURNAMES =
            List.of("Шевченко", "Кравченко", "Бондаренко", "Ковальчук", "Мельниченко", "Черных", "Седых");

    /** Surnames in -ский / -ская. */
    private static final List<String> SKY_SURNAMES =
            List.of("Покровск", "Никольск", "Вознесенск", "Троицк", "Преображенск", "Успенск");

    private static final List<String> MALE_NAMES = List.of(
            "Александр",
            "Алексей",
            "Андрей",
            "Сергей",
            "Дмитрий",
            "Иван",
            "Михаил",
            "Николай",
            "Владимир",
            "Пётр",
            "Юрий",
            "Виктор",
            "Павел",
            "Олег",
            "Евгений",
            "Игорь",
            "Константин",
            "Василий",
            "Анатолий",
            "Григорий",
            "Фёдор",
            "Борис",
            "Геннадий",
            "Валерий",
            "Роман",
            "Артём",
            "Максим",
            "Степан",
            "Илья",
            "Никита");

    private static final List<String> FEMALE_NAMES = List.of(
            "Анна",
            "Мария",
            "Елена",
            "Ольга",
            "Наталья",
            "Татьяна",
            "Ирина",
            "Светлана",
            "Екатерина",
            "Людмила",
            "Галина",
            "Юлия",
            "Марина",
            "Валентина",
            "Нина",
            "Любовь",
            "Надежда",
            "Вера",
            "Евгения",
            "Оксана",
            "Дарья",
            "Ксения",
            "Алина",
            "Виктория",
            "Полина",
            "Софья",
            "Зинаида",
            "Раиса",
            "Тамара",
            "Лариса");

    /** A father's name and the patronymics it gives: his son's, his daughter's. */
    private record Father(String son, String daughter) {}

    private static final List<Father> PATRONYMICS = List.of(
            new Father("Александрович", "Александровна"),
            new Father("Алексеевич", "Алексеевна"),
            new Father("Андреевич", "Андреевна"),
            new Father("Сергеевич", "Сергеевна"),
            new Father("Дмитриевич", "Дмитриевна"),
            new Father("Иванович", "Ивановна"),
            new Father("Михайлович", "Михайловна"),
            new Father("Николаевич", "Николаевна"),
            new Father("Владимирович", "Владимировна"),
            new Father("Петрович", "Петровна"),
            new Father("Юрьевич", "Юрьевна"),
            new Father("Викторович", "Викторовна"),
            new Father("Павлович", "Павловна"),
            new Father("Олегович", "Олеговна"),
            new Father("Евгеньевич", "Евгеньевна"),
            new Father("Игоревич", "Игоревна"),
            new Father("Васильевич", "Васильевна"),
            new Father("Анатольевич", "Анатольевна"),
            new Father("Григорьевич", "Григорьевна"),
            new Father("Фёдорович", "Фёдоровна"),
            new Father("Борисович", "Борисовна"),
            new Father("Геннадьевич", "Геннадьевна"),
            new Father("Валерьевич", "Валерьевна"),
            new Father("Романович", "Романовна"),
            new Father("Степанович", "Степановна"),
            new Father("Ильич", "Ильинична"),
            new Father("Никитич", "Никитична"));

    private static final List<String> MAIL_DOMAINS = List.of("example.com", "example.net", "example.org");

    private People() {}

    /** An owner: the full name surname first, and the Latin handle their e-mail address starts with. */
    record Owner(String fullName, String handle) {}

    static Owner owner(Dice dice) {
        boolean female = dice.chance(52);
        int kind = dice.weighted(90, 6, 4);
        String surname =
                switch (kind) {
                    case 0 -> {
                        String male = dice.pick(SURNAMES);
                        yield female ? male + "а" : male;
                    }
                    case 1 -> dice.pick(INVARIABLE_SURNAMES);
                    default -> dice.pick(SKY_SURNAMES) + (female ? "ая" : "ий");
                };
        String name = dice.pick(female ? FEMALE_NAMES : MALE_NAMES);
        Father father = dice.pick(PATRONYMICS);
        String patronymic = female ? father.daughter() : father.son();
        String handle = latin(surname) + "." + latin(name.substring(0, 1)) + latin(patronymic.substring(0, 1));
        return new Owner(surname + " " + name + " " + patronymic, handle);
    }

    /** An e-mail address under a reserved example domain; a number tells namesakes apart. */
    static String email(Dice dice, Owner owner) {
        String suffix = dice.chance(50) ? "" : String.valueOf(dice.between(1950, 2005));
        return owner.handle() + suffix + "@" + dice.pick(MAIL_DOMAINS);
    }

    /**
     * A Russian mobile number, written as back-office clerks do: mostly E.164 ({@code +79161234567}), sometimes {@code 8
     * 916 123-45-67} or {@code +7 (916) 123-45-67}.
     */
    static String phone(Dice dice) {
        int code = dice.between(900, 999);
        int first = dice.between(100, 999);
        int second = dice.between(0, 99);
        int third = dice.between(0, 99);
        return switch (dice.weighted(75, 15, 10)) {
            case 0 -> String.format(Locale.ROOT, "+7%03d%03d%02d%02d", code, first, second, third);
            case 1 -> String.format(Locale.ROOT, "8 %03d %03d-%02d-%02d", code, first, second, third);
            default -> String.format(Locale.ROOT, "+7 (%03d) %03d-%02d-%02d", code, first, second, third);
        };
    }

    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
        "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };

    /** Cyrillic to Latin letters (the passport transliteration, simplified), lower case. */
    static String latin(String cyrillic) {
        var out = new StringBuilder();
        for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == 'ё') {
                out.append("e");
            } else if (c >= 'а' && c <= 'я') {
                out.append(LATIN[c - 'а']);
            } else if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
