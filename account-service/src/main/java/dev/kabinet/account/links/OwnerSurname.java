package dev.kabinet.account.links;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A surname compared the way a resident types it (ID-1): case-insensitive, {@code ё} the same as {@code е}, spaces
 * around and inside collapsed, any dash ({@code ‐ – —}) the same as a hyphen. The owner's surname is the first word
 * of the account's owner name ({@code Иванова Анна Сергеевна}, as the back office records it).
 */
public final class OwnerSurname {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private OwnerSurname() {}

    /** The form two surnames are compared in; empty for null or blank input. */
    public static String normalise(String surname) {
        if (surname == null) {
            return "";
        }
        String text = Normalizer.normalize(surname, Normalizer.Form.NFC)
                .replace('\u00A0', ' ')
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replaceAll("\\s*-\\s*", "-")
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(RUSSIAN);
        return text.replace('ё', 'е');
    }

    /** The owner's surname out of a full owner name: its first word, normalised. */
    public static String ofOwner(String ownerName) {
        String normalised = normalise(ownerName);
        int space = normalised.indexOf(' ');
        return space < 0 ? normalised : normalised.substring(0, space);
    }

    /** Whether what the resident typed is the owner's surname. A blank entry never matches. */
    public static boolean matches(String typed, String ownerName) {
        String surname = normalise(typed);
        return !surname.isEmpty() && surname.equals(ofOwner(ownerName));
    }

    /** A meter's serial number compared without case, spaces or dashes ({@code 01-234 567} = {@code 01234567}). */
    public static String serial(String serialNumber) {
        return serialNumber == null
                ? ""
                : serialNumber.replaceAll("[\\s\\u2010-\\u2015\\u2212-]", "").toUpperCase(Locale.ROOT);
    }
}
