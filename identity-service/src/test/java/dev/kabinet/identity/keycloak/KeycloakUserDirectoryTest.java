package dev.kabinet.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.identity.profiles.IdentityProviderUnavailable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.UserRepresentation;

/** What the resident gets when Keycloak is not there or does not answer: real sockets, short timeouts. */
@DisplayName("ID-10 the Keycloak user directory")
class KeycloakUserDirectoryTest {

    private static final String SUBJECT = "6f1c2f1e-0000-4000-8000-000000000001";

    @Test
    void reportsTheIdentityProviderUnavailableWhenNothingListens() throws IOException {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        try (var keycloak = KeycloakAdmin.client(settings(port, Duration.ofSeconds(2)))) {
            var directory = new KeycloakUserDirectory(keycloak, settings(port, Duration.ofSeconds(2)));

            assertThatThrownBy(() -> directory.find(SUBJECT, "ivanova"))
                    .isInstanceOf(IdentityProviderUnavailable.class)
                    .satisfies(e -> assertThat(((IdentityProviderUnavailable) e).slug())
                            .isEqualTo("identity-provider-unavailable"));
        }
    }

    @Test
    void givesUpAfterTheReadTimeoutWhenKeycloakHangs() throws Exception {
        try (var silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        accepted.add(silent.accept()); // hold the connection, never answer
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            var settings = settings(silent.getLocalPort(), Duration.ofMillis(300));
            try (var keycloak = KeycloakAdmin.client(settings)) {
                var directory = new KeycloakUserDirectory(keycloak, settings);
                long started = System.nanoTime();

                assertThatThrownBy(() -> directory.find(SUBJECT, "ivanova"))
                        .isInstanceOf(IdentityProviderUnavailable.class);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            }
            for (var socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void readsTheLinkedAccountsFromTheUsersAttribute() {
        var user = new UserRepresentation();
        user.setUsername("ivanova");
        user.setFirstName("Анна");
        user.setLastName("Иванова");
        user.setEmail("ivanova@kabinet.local");
        user.setAttributes(Map.of("accounts", List.of("1000000011", "1000000012"), "locale", List.of("ru")));

        var profile = KeycloakUserDirectory.profile(user);

        assertThat(profile.username()).isEqualTo("ivanova");
        assertThat(profile.email()).isEqualTo("ivanova@kabinet.local");
        assertThat(profile.accounts()).containsExactly("1000000011", "1000000012");
    }

    @Test
    void aUserWithoutAttributesHasNoLinkedAccounts() {
        var user = new UserRepresentation();
        user.setUsername("operator");

        assertThat(KeycloakUserDirectory.profile(user).accounts()).isEmpty();
    }

    private static KeycloakProperties settings(int port, Duration readTimeout) {
        return new KeycloakProperties(
                URI.create("http://127.0.0.1:" + port),
                "kabinet",
                "kabinet-identity",
                "secret",
                Duration.ofMillis(500),
                readTimeout);
    }
}
