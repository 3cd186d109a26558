package dev.kabinet.identity.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.identity.TestResidents;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * ID-8 username and phone changes against the run's Keycloak, SMS sink, PostgreSQL and Kafka, and the notice after each
 * change (password, e-mail, username, phone): {@code identity.ProfileChanged.v1} on {@code identity.profiles}, keyed by
 * the login's id, conforming to its schema (ADR 0033). A throwaway login; records of other logins on the topic are
 * ignored.
 */
@KabinetIntegrationTest
@TestPropertySource(
        properties = {
            "kabinet.sms.url=${KABINET_SMS_SINK_URL:http://127.0.0.1:8026}/api/v1/messages",
            // every test run of the machine sends from 127.0.0.1 into the same send log
            "kabinet.phone-confirmation.per-ip-per-hour=1000",
            "kabinet.phone-confirmation.per-ip-per-day=1000"
        })
@DisplayName("ID-8 username and phone changes; a ProfileChanged notice after every change")
class ProfileChangesIT {

    private static final String PASSWORD = "Kabinet-2026";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    Keycloak keycloak;

    String username;
    String userId;

    @BeforeEach
    void setUp() {
        TestResidents.ensureIdentityDirectGrants();
        ensurePhoneInUserProfile();
        username = "it-prof-" + UUID.randomUUID().toString().substring(0, 8);
        userId = TestResidents.create(keycloak, username, PASSWORD, List.of());
    }

    @AfterEach
    void tearDown() {
        if (userId != null) {
            keycloak.realm("kabinet").users().delete(userId).close();
        }
    }

    @Test
    @DisplayName("ID-8 a new username: renamed in Keycloak, the token marked stale, a USERNAME notice to the e-mail")
    void changesUsername() throws Exception {
        String token = token();
        String renamed = "it-ren-" + UUID.randomUUID().toString().substring(0, 8);
        try (var profiles = KafkaProbe.listen("identity.profiles")) {
            var changed = TestResidents.call(
                    port,
                    "PUT",
                    "/api/v1/me/username",
                    token,
                    Map.of("username", renamed, "captcha", TestResidents.solveCaptcha(port)));

            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(changed.body()).contains(renamed);
            assertThat(changed.headers().firstValue("Kabinet-Token-Stale")).isPresent();
            assertThat(keycloak.realm("kabinet")
                            .users()
                            .get(userId)
                            .toRepresentation()
                            .getUsername())
                    .isEqualTo(renamed);
            assertThat(TestResidents.login(renamed, PASSWORD))
                    .as("the new name logs in")
                    .isNotNull();

            var notice = notice(profiles);
            assertThat(notice.get("change").asString()).isEqualTo("USERNAME");
            assertThat(notice.get("email").asString()).isEqualTo(username + "@kabinet.local");
            assertThat(notice.get("language").asString()).isEqualTo("ru");
            assertThat(notice.get("phone").isNull()).isTrue();
        }
    }

    @Test
    @DisplayName("ID-8 a username another login has, or not by the rules, is named next to the field; nothing changes")
    void refusesTakenAndInvalidUsernames() throws Exception {
        String token = token();

        var taken = TestResidents.call(
                port,
                "PUT",
                "/api/v1/me/username",
                token,
                Map.of("username", "ivanova", "captcha", TestResidents.solveCaptcha(port)));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(400);
        assertThat(taken.body()).contains("/username-change-invalid", "\"username\"", "Этот логин занят");

        var invalid = TestResidents.call(port, "PUT", "/api/v1/me/username", token, Map.of("username", "я не логин"));
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"username\"");

        var noCaptcha =
                TestResidents.call(port, "PUT", "/api/v1/me/username", token, Map.of("username", "it-free-name"));
        assertThat(noCaptcha.statusCode()).as(noCaptcha.body()).isEqualTo(400);
        assertThat(noCaptcha.body()).contains("/captcha-invalid");

        assertThat(keycloak.realm("kabinet")
                        .users()
                        .get(userId)
                        .toRepresentation()
                        .getUsername())
                .isEqualTo(username);
    }

    @Test
    @DisplayName(
            "ID-8 a new phone gets an SMS code; a wrong code changes nothing, the right one stores it; PHONE notice")
    void changesPhoneWithSmsCode() throws Exception {
        String token = token();
        String phone = "+79" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));

        var sent = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/phone-codes",
                token,
                Map.of("phone", phone.substring(2), "captcha", TestResidents.solveCaptcha(port)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String confirmationId =
                TestResidents.JSON.readTree(sent.body()).get("confirmationId").asString();
        String code = latestCode(phone);

        var wrong = TestResidents.call(
                port,
                "PUT",
                "/api/v1/me/phone",
                token,
                Map.of("confirmationId", confirmationId, "code", code.equals("000000") ? "111111" : "000000"));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.body()).contains("/confirmation-code-wrong");
        assertThat(phoneAttribute()).isNull();

        try (var profiles = KafkaProbe.listen("identity.profiles")) {
            var changed = TestResidents.call(
                    port, "PUT", "/api/v1/me/phone", token, Map.of("confirmationId", confirmationId, "code", code));

            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(phoneAttribute()).isEqualTo(phone);
            var me = TestResidents.call(port, "GET", "/api/v1/me", token, null);
            assertThat(TestResidents.JSON.readTree(me.body()).get("phone").asString())
                    .isEqualTo(phone);

            var notice = notice(profiles);
            assertThat(notice.get("change").asString()).isEqualTo("PHONE");
            assertThat(notice.get("phone").asString()).isEqualTo(phone);
        }
    }

    @Test
    @DisplayName("ID-8 another login's phone code does not change this login's phone")
    void anotherLoginsCodeIsRefused() throws Exception {
        String other = "it-prof-o-" + UUID.randomUUID().toString().substring(0, 8);
        String otherId = TestResidents.create(keycloak, other, PASSWORD, List.of());
        try {
            String phone =
                    "+79" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            var sent = TestResidents.call(
                    port,
                    "POST",
                    "/api/v1/me/phone-codes",
                    TestResidents.login(other, PASSWORD).get("access_token").asString(),
                    Map.of("phone", phone.substring(2), "captcha", TestResidents.solveCaptcha(port)));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            String confirmationId = TestResidents.JSON
                    .readTree(sent.body())
                    .get("confirmationId")
                    .asString();

            var stolen = TestResidents.call(
                    port,
                    "PUT",
                    "/api/v1/me/phone",
                    token(),
                    Map.of("confirmationId", confirmationId, "code", latestCode(phone)));
            assertThat(stolen.statusCode()).as(stolen.body()).isEqualTo(404);
            assertThat(phoneAttribute()).isNull();
        } finally {
            keycloak.realm("kabinet").users().delete(otherId).close();
        }
    }

    @Test
    @DisplayName("ID-8 a password change and an e-mail change each send a notice; the e-mail one to the OLD address")
    void passwordAndEmailChangesSendNotices() throws Exception {
        String token = token();
        try (var profiles = KafkaProbe.listen("identity.profiles")) {
            var password = TestResidents.call(
                    port,
                    "POST",
                    "/api/v1/me/password",
                    token,
                    Map.of(
                            "currentPassword",
                            PASSWORD,
                            "newPassword",
                            "Novyi-parol-2027",
                            "repeatPassword",
                            "Novyi-parol-2027",
                            "captcha",
                            TestResidents.solveCaptcha(port)));
            assertThat(password.statusCode()).as(password.body()).isEqualTo(204);
            assertThat(notice(profiles).get("change").asString()).isEqualTo("PASSWORD");

            String email = username + "-new@kabinet.local";
            var changed = TestResidents.call(
                    port,
                    "PUT",
                    "/api/v1/me/email",
                    token,
                    Map.of("email", email, "repeatEmail", email, "captcha", TestResidents.solveCaptcha(port)));
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
            var notice = notice(profiles);
            assertThat(notice.get("change").asString()).isEqualTo("EMAIL");
            assertThat(notice.get("email").asString()).isEqualTo(username + "@kabinet.local");
        }
    }

    /** The next notice of this test's login: keyed by its id, conforming to the schema. */
    private JsonNode notice(KafkaProbe profiles) {
        ConsumerRecord<String, String> record = profiles.await(r -> userId.equals(r.key()), WAIT);
        EventContracts.assertConforms("identity.ProfileChanged.v1", record.value());
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("identity.ProfileChanged.v1");
        var notice = TestResidents.JSON.readTree(record.value());
        assertThat(notice.get("userId").asString()).isEqualTo(userId);
        return notice;
    }

    private String token() throws Exception {
        return TestResidents.login(username, PASSWORD).get("access_token").asString();
    }

    private String phoneAttribute() {
        var attributes =
                keycloak.realm("kabinet").users().get(userId).toRepresentation().getAttributes();
        return attributes == null || !attributes.containsKey("phone")
                ? null
                : attributes.get("phone").getFirst();
    }

    private static String latestCode(String phone) throws Exception {
        String sink = System.getenv().getOrDefault("KABINET_SMS_SINK_URL", "http://127.0.0.1:8026");
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sink + "/api/inbox/" + phone))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        var messages =
                TestResidents.JSON.readTree(response.body()).values().stream().toList();
        assertThat(messages).as("SMS to %s in the sink", phone).isNotEmpty();
        var matcher = Pattern.compile("\\b([0-9]{6})\\b")
                .matcher(messages.getLast().get("text").asString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /**
     * The realm file declares the {@code phone} attribute in the user profile (ADR 0033); a Keycloak started before it
     * gets it here, through the Admin API, as the realm file would.
     */
    static synchronized void ensurePhoneInUserProfile() {
        try (var admin = KeycloakBuilder.builder()
                .serverUrl(TestServers.get().keycloakUrl())
                .realm("master")
                .clientId("admin-cli")
                .username(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"))
                .password(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"))
                .build()) {
            var profile = admin.realm("kabinet").users().userProfile();
            var config = profile.getConfiguration();
            if (config.getAttribute("phone") == null) {
                var phone = new org.keycloak.representations.userprofile.config.UPAttribute("phone");
                phone.setDisplayName("Телефон");
                phone.setValidations(Map.of("pattern", Map.of("pattern", "^\\+[1-9][0-9]{7,14}$")));
                phone.setPermissions(new org.keycloak.representations.userprofile.config.UPAttributePermissions(
                        java.util.Set.of("admin", "user"), java.util.Set.of("admin")));
                config.addOrReplaceAttribute(phone);
                profile.update(config);
            }
        }
    }
}
