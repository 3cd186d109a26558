package dev.kabinet.notification.deliveries;

import dev.kabinet.platform.security.AccountAccess;

/** How a recipient is shown to residents and operators and written to logs: never whole. */
public final class Masking {

    private Masking() {}

    /**
     * {@code ivanova@kabinet.local} → {@code i***a@kabinet.local}; {@code +79161234567} → {@code +7 *** ***-**-67}; an
     * account number as the platform masks it.
     */
    public static String mask(Channel channel, String recipient) {
        return switch (channel) {
            case EMAIL -> email(recipient);
            case SMS -> phone(recipient);
            case CABINET -> AccountAccess.mask(recipient);
        };
    }

    static String email(String address) {
        int at = address.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        String local = address.substring(0, at);
        String kept = local.length() <= 2
                ? local.substring(0, 1) + "***"
                : local.charAt(0) + "***" + local.charAt(local.length() - 1);
        return kept + address.substring(at);
    }

    static String phone(String e164) {
        if (e164.length() < 4) {
            return "***";
        }
        return e164.substring(0, 2) + " *** ***-**-" + e164.substring(e164.length() - 2);
    }
}
