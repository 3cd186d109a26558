package dev.kabinet.identity.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.identity.TestResidents;
import dev.kabinet.identity.registration.AccountServiceDouble;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.TestServers;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Password recovery (ID-7, ID-5) against the run's Keycloak, PostgreSQL, GreenMail (the letter read over IMAP, as a
 * resident reads their mailbox) and the SMS sink; account-service's phone check is a real local HTTP server
 * ({@link AccountServiceDouble}). Throwaway logins {@code it-rec-<random>}; each test asks from its own address.
 */
@KabinetIntegrationTest
@DisplayName("ID-7 password recovery by e-mail link or SMS code, the same answer for nobody")
class RecoveryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SINK = System.getenv().getOrDefault("KABINET_SMS_SINK_URL", "http://127.0.0.1:8026");
    private static final Pattern LINK = Pattern.compile("https?://\\S+#token=([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final String OLD = "Kabinet-2026";
    private static final String NEW = "Novyi-parol-2027";
    private static final AccountServiceDouble ACCOUNTS = start();

    @LocalServerPort
    int port;

    @Autowired
    Keycloak keycloak;

    @Autowired
    JdbcTemplate jdbc;

    String address;
    String username;
    String account;
    String phone;
    final List<String> created = new ArrayList<>();

    private static AccountServiceDouble start() {
        try {
            return new AccountServiceDouble();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void accountService(DynamicPropertyRegistry registry) {
        registry.add("kabinet.account-service.url", ACCOUNTS::url);
    }

    @AfterAll
    static void stop() {
        ACCOUNTS.close();
    }

    @BeforeEach
    void setUp() {
        var random = ThreadLocalRandom.current();
        address = "203.0.113." + random.nextInt(1, 250);
        jdbc.update("delete from password_recovery where client_ip = ?", address);
        username = "it-rec-" + Long.toString(random.nextLong(1L << 40), 36);
        account = "93" + String.format("%08d", random.nextInt(100_000_000));
        phone = "+79" + String.format("%09d", random.nextInt(1_000_000_000));
        ACCOUNTS.phoneOutcomes.clear();
        TestResidents.create(keycloak, username, OLD, List.of(account));
        created.add(username);
    }

    @AfterEach
    void tearDown() {
        created.forEach(name -> TestResidents.remove(keycloak, name));
    }

    @Test
    @DisplayName("ID-7 by username: the letter names the login and carries a one-time link that sets a new password;"
            + " the old one stops working, the link then says it was used")
    void recoversByEmailLink() throws Exception {
        var started = post("/api/v1/recoveries", emailForm(username));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);

        String letter = letterTo(username + "@kabinet.local");
        assertThat(letter).contains(username).doesNotContain(OLD);
        var matcher = LINK.matcher(letter);
        assertThat(matcher.find()).as(letter).isTrue();
        String token = matcher.group(1);

        var check = post("/api/v1/recoveries/link-checks", Map.of("token", token));
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(JSON.readTree(check.body()).get("username").asString()).isEqualTo(username);

        var mismatch =
                post("/api/v1/recoveries/by-link", Map.of("token", token, "newPassword", NEW, "repeatPassword", "x"));
        assertThat(mismatch.statusCode()).as(mismatch.body()).isEqualTo(400);
        assertThat(JSON.readTree(mismatch.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("repeatPassword");

        var done =
                post("/api/v1/recoveries/by-link", Map.of("token", token, "newPassword", NEW, "repeatPassword", NEW));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).get("username").asString()).isEqualTo(username);
        assertThat(TestResidents.login(username, NEW))
                .as("the new password works")
                .isNotNull();
        assertThat(TestResidents.login(username, OLD))
                .as("the old password does not")
                .isNull();

        var again =
                post("/api/v1/recoveries/by-link", Map.of("token", token, "newPassword", NEW, "repeatPassword", NEW));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("type").asString()).endsWith("/recovery-link-used");
    }

    @Test
    @DisplayName("ID-7 by account number: the letter recovers a forgotten login; a request for nobody gets the same"
            + " answer")
    void recoversAForgottenLoginByAccountNumber() throws Exception {
        var started = post("/api/v1/recoveries", emailForm(account.substring(0, 4) + " " + account.substring(4)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(letterTo(username + "@kabinet.local")).contains("Ваш логин: " + username);

        var nobody = post("/api/v1/recoveries", emailForm("nobody-" + username + "@kabinet.local"));
        assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(202);
        assertThat(fieldNames(JSON.readTree(nobody.body()))).isEqualTo(fieldNames(JSON.readTree(started.body())));

        var soon = post("/api/v1/recoveries", emailForm("nobody-" + username + "@kabinet.local"));
        assertThat(soon.statusCode()).as("the cooldown holds for nobody too").isEqualTo(429);
        assertThat(soon.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    @DisplayName("ID-5 an expired link and one replaced by a newer request are refused with the way forward")
    void expiredAndSupersededLinks() throws Exception {
        assertThat(post("/api/v1/recoveries", emailForm(username)).statusCode()).isEqualTo(202);
        String first = token(letterTo(username + "@kabinet.local"));
        jdbc.update(
                "update password_recovery set created_at = created_at - interval '2 minutes' where client_ip = ?",
                address);
        assertThat(post("/api/v1/recoveries", emailForm(username + "@kabinet.local"))
                        .statusCode())
                .isEqualTo(202);
        String second = awaitAnotherToken(username + "@kabinet.local", first);

        var superseded = post("/api/v1/recoveries/link-checks", Map.of("token", first));
        assertThat(superseded.statusCode()).as(superseded.body()).isEqualTo(410);
        var problem = JSON.readTree(superseded.body());
        assertThat(problem.get("type").asString()).endsWith("/recovery-link-expired");
        assertThat(problem.get("detail").asString()).contains("Запросите восстановление заново");

        jdbc.update(
                "update password_recovery set expires_at = now() - interval '1 minute' where token_hash is not null"
                        + " and client_ip = ? and status = 'PENDING'",
                address);
        assertThat(post("/api/v1/recoveries/link-checks", Map.of("token", second))
                        .statusCode())
                .isEqualTo(410);
        assertThat(post("/api/v1/recoveries/link-checks", Map.of("token", "not-a-token"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("ID-7 by SMS: the code to the phone on record sets a new password and a new username (manual 004)")
    void recoversBySmsCodeWithANewUsername() throws Exception {
        ACCOUNTS.phoneOutcomes.put(account + "/" + phone, "ALREADY_REGISTERED");
        var started = post("/api/v1/recoveries", smsForm());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = JSON.readTree(started.body()).get("recoveryId").asString();
        String code = awaitCode();
        String renamed = username + "-new";
        created.add(renamed);

        String wrongCode = code.equals("000000") ? "111111" : "000000";
        var wrong = post("/api/v1/recoveries/by-code", codeForm(id, wrongCode, renamed));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);

        var done = post("/api/v1/recoveries/by-code", codeForm(id, code, renamed));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).get("username").asString()).isEqualTo(renamed);
        assertThat(TestResidents.login(renamed, NEW))
                .as("the new username and password work")
                .isNotNull();

        var again = post("/api/v1/recoveries/by-code", codeForm(id, code, null));
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    @DisplayName("ID-7 by SMS for a phone not on record: the same answer, no SMS, and codes are refused until locked")
    void smsForAPhoneNotOnRecord() throws Exception {
        var started = post("/api/v1/recoveries", smsForm());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = JSON.readTree(started.body()).get("recoveryId").asString();
        Thread.sleep(500);
        assertThat(inbox()).isEmpty();

        for (int attempt = 1; attempt < 5; attempt++) {
            var wrong = post("/api/v1/recoveries/by-code", codeForm(id, "123456", null));
            assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
            assertThat(JSON.readTree(wrong.body()).get("type").asString()).endsWith("/confirmation-code-wrong");
        }
        var locked = post("/api/v1/recoveries/by-code", codeForm(id, "123456", null));
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(410);
    }

    @Test
    @DisplayName("ID-7 the start form needs a captcha and says which field is wrong")
    void captchaAndFields() throws Exception {
        var form = new LinkedHashMap<String, Object>(emailForm(username));
        form.remove("captcha");
        var noCaptcha = post("/api/v1/recoveries", form);
        assertThat(noCaptcha.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noCaptcha.body()).get("type").asString()).endsWith("/captcha-invalid");

        var noPhone = post("/api/v1/recoveries", Map.of("channel", "SMS", "accountNumber", account, "phone", "12"));
        assertThat(noPhone.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noPhone.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("phone");
    }

    private Map<String, Object> emailForm(String identifier) throws Exception {
        var form = new LinkedHashMap<String, Object>();
        form.put("channel", "EMAIL");
        form.put("identifier", identifier);
        form.put("captcha", TestResidents.solveCaptcha(port));
        return form;
    }

    private Map<String, Object> smsForm() throws Exception {
        var form = new LinkedHashMap<String, Object>();
        form.put("channel", "SMS");
        form.put("accountNumber", account);
        form.put("phone", "8" + phone.substring(2));
        form.put("captcha", TestResidents.solveCaptcha(port));
        return form;
    }

    private static Map<String, Object> codeForm(String id, String code, String newUsername) {
        var form = new LinkedHashMap<String, Object>();
        form.put("recoveryId", id);
        form.put("code", code);
        form.put("newPassword", NEW);
        form.put("repeatPassword", NEW);
        if (newUsername != null) {
            form.put("newUsername", newUsername);
        }
        return form;
    }

    private static List<String> fieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private HttpResponse<String> post(String path, Map<String, ?> body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "ru")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String letter) {
        var matcher = LINK.matcher(letter);
        assertThat(matcher.find()).as(letter).isTrue();
        return matcher.group(1);
    }

    private String awaitAnotherToken(String mailbox, String known) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (String letter : letters(mailbox)) {
                String token = token(letter);
                if (!token.equals(known)) {
                    return token;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no second letter to " + mailbox);
    }

    /** The newest recovery letter to the mailbox, waiting up to 10 s for it. */
    private static String letterTo(String mailbox) throws Exception {
        for (int i = 0; i < 100; i++) {
            var letters = letters(mailbox);
            if (!letters.isEmpty()) {
                return letters.getLast();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no letter to " + mailbox);
    }

    private static List<String> letters(String mailbox) throws Exception {
        var servers = TestServers.get();
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect(servers.smtpHost(), servers.imapPort(), mailbox, "any-password");
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                var found = new ArrayList<String>();
                for (Message message : inbox.getMessages()) {
                    if (String.valueOf(message.getSubject()).contains("восстановление пароля")) {
                        found.add(String.valueOf(message.getContent()));
                    }
                }
                return found;
            } finally {
                inbox.close(false);
            }
        }
    }

    private List<JsonNode> inbox() throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(SINK + "/api/inbox/" + phone)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).values().stream().toList();
    }

    private String awaitCode() throws Exception {
        for (int i = 0; i < 100; i++) {
            var messages = inbox();
            if (!messages.isEmpty()) {
                var matcher = CODE.matcher(messages.getLast().get("text").asString());
                assertThat(matcher.find()).isTrue();
                return matcher.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no SMS to " + phone);
    }
}
