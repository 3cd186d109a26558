package dev.kabinet.notification.deliveries;

import java.util.Locale;

/** The languages notices are written in; Russian unless the resident's account says otherwise. */
public enum Language {
    RU,
    EN;

    /** {@code ru}, {@code en}: the templates' file names and the column's value. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of {@code tag} ({@code ru}, {@code en}, any case); Russian for anything else. */
    public static Language of(String tag) {
        return tag != null && tag.equalsIgnoreCase("en") ? EN : RU;
    }
}
