package dev.kabinet.identity.profiles.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.kabinet.identity.profiles.IdentityProviderUnavailable;
import dev.kabinet.identity.profiles.Passwords;
import dev.kabinet.identity.profiles.Profile;
import dev.kabinet.identity.profiles.ProfileChanges;
import dev.kabinet.identity.profiles.Profiles;
import dev.kabinet.identity.profiles.UserDirectory;
import dev.kabinet.platform.security.ResourceServerSecurityConfiguration;
import dev.kabinet.platform.web.PlatformWebConfiguration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ProfileController.class)
@Import({Profiles.class, ProfileControllerTest.Fixtures.class})
@ImportAutoConfiguration({PlatformWebConfiguration.class, ResourceServerSecurityConfiguration.class})
@DisplayName("ID-10 profile API: shape of answers and problems")
class ProfileControllerTest {

    /** ID-8/ID-10 changes are proven against the real Keycloak (PasswordChangeIT); this slice covers reading. */
    @MockitoBean
    Passwords passwords;

    @MockitoBean
    ProfileChanges changes;

    @Autowired
    MockMvcTester mvc;

    @TestConfiguration
    static class Fixtures {
        /** A directory with one user, and one subject for which Keycloak is down. */
        @Bean
        UserDirectory userDirectory() {
            return (subject, username) -> switch (subject) {
                case "subject-ivanova" ->
                    Optional.of(new Profile(
                            "ivanova",
                            "Анна",
                            "Иванова",
                            "ivanova@kabinet.local",
                            List.of("1000000011", "1000000012"),
                            true,
                            "+79123456789",
                            "ru"));
                case "subject-keycloak-down" -> throw new IdentityProviderUnavailable(new RuntimeException("down"));
                default -> Optional.empty();
            };
        }
    }

    @Test
    void showsTheCallersProfile() {
        var result = mvc.get()
                .uri("/api/v1/me")
                .with(jwt().jwt(token -> token.subject("subject-ivanova").claim("preferred_username", "ivanova")))
                .exchange();

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"username": "ivanova", "firstName": "Анна", "lastName": "Иванова",
                 "email": "ivanova@kabinet.local", "accounts": ["1000000011", "1000000012"], "emailVerified": true,
                 "phone": "+79123456789"}""");
    }

    @Test
    void saysTheIdentityProviderIsUnavailableWhenKeycloakIsDown() {
        var result = mvc.get()
                .uri("/api/v1/me")
                .with(jwt().jwt(token -> token.subject("subject-keycloak-down")))
                .exchange();

        assertThat(result).hasStatus(503).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/identity-provider-unavailable");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("временно недоступен");
    }

    @Test
    void saysSoWhenTheUserIsGoneFromKeycloak() {
        var result = mvc.get()
                .uri("/api/v1/me")
                .with(jwt().jwt(token -> token.subject("subject-deleted")))
                .exchange();

        assertThat(result).hasStatus(404);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("https://kabinet.dev/problems/profile-not-found");
    }

    @Test
    void asksForALoginWithoutAToken() {
        var result = mvc.get().uri("/api/v1/me").exchange();

        assertThat(result).hasStatus(401);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://kabinet.dev/problems/unauthorized");
    }
}
