package dev.kabinet.acquirer.page;

/** Kopecks as the page shows them: {@code 123456} → {@code 1 234,56 ₽} (narrow no-break spaces between groups). */
final class Money {

    private Money() {}

    static String format(long kopecks) {
        String rubles = String.valueOf(kopecks / 100);
        var grouped = new StringBuilder();
        for (int i = 0; i < rubles.length(); i++) {
            if (i > 0 && (rubles.length() - i) % 3 == 0) {
                grouped.append('\u202F');
            }
            grouped.append(rubles.charAt(i));
        }
        return grouped + "," + String.format("%02d", kopecks % 100) + "\u00A0₽";
    }
}
