package dev.kabinet.billing.receipts;

/** Kopecks written as a Russian receipt writes roubles: {@code 1 572,00}, {@code −50,00} (a space between thousands). */
final class Money {

    private Money() {}

    static String rubles(long kopecks) {
        var abs = Math.abs(kopecks);
        var rubles = Long.toString(abs / 100);
        var grouped = new StringBuilder();
        for (int i = 0; i < rubles.length(); i++) {
            if (i > 0 && (rubles.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(rubles.charAt(i));
        }
        return (kopecks < 0 ? "−" : "") + grouped + "," + String.format("%02d", abs % 100);
    }
}
