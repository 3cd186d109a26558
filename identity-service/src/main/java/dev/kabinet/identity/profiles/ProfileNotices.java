package dev.kabinet.identity.profiles;

import org.jspecify.annotations.Nullable;

/**
 * ID-8: "a notice after each change". identity-service only says what changed and where the notice goes; the notice
 * itself is notification-service's (ADR 0033). Never the new secret: no password, no code.
 */
public interface ProfileNotices {

    /**
     * Records that the login {@code subject} changed {@code change}.
     *
     * @param email where to send the notice: the address on record, for an e-mail change the OLD one (a hijacker's new
     *     address must not be the only one told); null when the login has none
     * @param phone the login's phone (E.164) or null
     * @param locale the login's language ({@code ru} unless it chose {@code en})
     */
    void changed(
            String subject,
            ProfileChange change,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String locale);
}
