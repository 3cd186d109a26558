package dev.kabinet.notification.deliveries;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change of a login's credentials or contacts (NT-1, NT-2, from {@code identity.ProfileChanged.v1}): the owner is
 * told at the address given (for an e-mail change the old one), regardless of preferences and quiet hours.
 *
 * @param userId Keycloak's subject of the login
 */
public record ProfileChange(
        String userId,
        What what,
        Instant changedAt,
        @Nullable String email,
        @Nullable String phone,
        Language language) {

    public ProfileChange {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(language, "language");
    }

    /** What changed, as a resident reads it. */
    public enum What {
        PASSWORD("пароль", "password"),
        EMAIL("адрес электронной почты", "e-mail address"),
        USERNAME("логин", "username"),
        PHONE("номер телефона", "phone number");

        private final String ru;
        private final String en;

        What(String ru, String en) {
            this.ru = ru;
            this.en = en;
        }

        public String label(Language language) {
            return language == Language.EN ? en : ru;
        }
    }
}
