package dev.kabinet.identity.profiles.web;

import dev.kabinet.identity.profiles.Profile;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The caller's profile as the cabinet shows it (name top right, ID-10). */
@Schema(name = "Profile")
public record ProfileView(
        @Schema(example = "ivanova") String username,
        @Schema(example = "Анна") String firstName,
        @Schema(example = "Иванова") String lastName,
        @Schema(example = "ivanova@kabinet.local") String email,

        @Schema(example = "[\"1000000011\", \"1000000012\"]")
        List<String> accounts,

        @Schema(description = "Адрес подтверждён по ссылке из письма (ID-2, ID-8); до этого кабинет говорит об этом")
        boolean emailVerified,

        @Schema(
                description = "Телефон, подтверждённый кодом из SMS (ID-8), E.164; null — не указан",
                example = "+79123456789")
        @org.jspecify.annotations.Nullable
        String phone) {

    static ProfileView of(Profile profile) {
        return new ProfileView(
                profile.username(),
                profile.firstName(),
                profile.lastName(),
                profile.email(),
                profile.accounts(),
                profile.emailVerified(),
                profile.phone());
    }
}
