package dev.kabinet.identity.applications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.identity.TestResidents;
import dev.kabinet.identity.registration.AccountServiceDouble;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.TestServers;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
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
 * Access applications reviewed by the utility (ID-4, BO-4) against the run's real Kafka, Keycloak, PostgreSQL and
 * GreenMail (letters read over IMAP, as the applicant reads them). The application is read off Kafka as the back office
 * would; the back office's decision is published to Kafka as the back office would. Topics of the test's own (the
 * service declares them at start), so no dev stack takes these records; account-service's internal link API is a real
 * local HTTP server ({@link AccountServiceDouble}). Throwaway logins named by random account numbers {@code 95…}.
 */
@KabinetIntegrationTest
@DisplayName("ID-4 BO-4 access applications: submitted over Kafka, decided over Kafka, a one-time link or the reason")
class AccessApplicationsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SUFFIX = ".test-" + UUID.randomUUID();
    private static final String SUBMISSIONS = "identity.access-applications" + SUFFIX;
    private static final String DECISIONS = "backoffice.access-application-decisions" + SUFFIX;
    private static final String DECIDED = "backoffice.AccessApplicationDecided.v1";
    private static final AccountServiceDouble ACCOUNTS = start();

    @LocalServerPort
    int port;

    @Autowired
    Keycloak keycloak;

    @Autowired
    JdbcTemplate jdbc;

    String address;
    String account;
    String extra;
    String email;
    final List<String> logins = new ArrayList<>();

    private static AccountServiceDouble start() {
        try {
            return new AccountServiceDouble();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("kabinet.account-service.url", ACCOUNTS::url);
        registry.add("kabinet.applications.submissions-topic", () -> SUBMISSIONS);
        registry.add("kabinet.applications.decisions-topic", () -> DECISIONS);
    }

    @AfterAll
    static void stop() {
        ACCOUNTS.close();
        // This test's topics (declared by the service at start, ApplicationTopics) are left on the broker: deleting
        // them
        // while an outbox row for them is still unpublished in the shared test database left that row unsendable, and
        // the relay of every later test context stalled behind it (identity.profiles saw nothing).
    }

    @BeforeEach
    void setUp() {
        KeycloakTokens.ensureIdentityAudience();
        var random = ThreadLocalRandom.current();
        address = "198.51.100." + random.nextInt(1, 250);
        jdbc.update("delete from access_application where client_ip = ?", address);
        account = "95" + String.format("%08d", random.nextInt(100_000_000));
        extra = "96" + String.format("%08d", random.nextInt(100_000_000));
        email = "it-app-" + Long.toString(random.nextLong(1L << 40), 36) + "@kabinet.local";
    }

    @AfterEach
    void tearDown() {
        logins.forEach(name -> TestResidents.remove(keycloak, name));
    }

    @Test
    @DisplayName("ID-4 BO-4 approved: the login exists with UPDATE_PASSWORD and no password, the accounts are linked,"
            + " Keycloak's one-time link and the letter with the login are in the mailbox; a later decision changes"
            + " nothing")
    void approvedApplicationMakesALoginWithAOneTimeLink() throws Exception {
        JsonNode submitted;
        ConsumerRecordView sent;
        try (var probe = KafkaProbe.listen(SUBMISSIONS)) {
            var response = post("/api/v1/access-applications", form(List.of(extra)));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            submitted = JSON.readTree(response.body());
            assertThat(submitted.get("reviewDays").asInt()).isEqualTo(3);
            var record = probe.await(r -> account.equals(r.key()), Duration.ofSeconds(30));
            sent = new ConsumerRecordView(KafkaProbe.header(record, "ce_type"), record.value());
        }
        assertThat(sent.type()).isEqualTo("identity.AccessApplicationSubmitted.v1");
        EventContracts.assertConforms(sent.type(), sent.value());
        var event = JSON.readTree(sent.value());
        assertThat(event.get("applicationNumber").asLong())
                .isEqualTo(submitted.get("applicationNumber").asLong());
        assertThat(event.get("phone").asString()).isEqualTo("+79123456789");
        assertThat(event.get("readings").toString()).contains("\"T1\"", "\"12345.6\"", "\"T2\"", "\"4321\"");
        assertThat(event.get("extraAccountNumbers").get(0).asString()).isEqualTo(extra);
        long number = submitted.get("applicationNumber").asLong();
        assertThat(jdbc.queryForObject(
                        "select count(*) from personal_data_consent where purpose = 'ACCESS_APPLICATION'"
                                + " and username = ? and client_ip = ?",
                        Integer.class,
                        "application-" + number,
                        address))
                .as("the consent is recorded with its text version, time and address")
                .isEqualTo(1);

        logins.add(account);
        var decisionId = UUID.randomUUID();
        KafkaProbe.publish(
                DECISIONS,
                account,
                decisionId,
                GoldenEvent.of(DECIDED)
                        .with("applicationId", event.get("applicationId").asString())
                        .with("accountNumber", account)
                        .with("decision", "APPROVED")
                        .with("accountNumbers", List.of(account, extra))
                        .without("reason"));

        var status = awaitStatus(number, "APPROVED");
        assertThat(status.get("reason").isNull()).isTrue();

        var users = keycloak.realm("kabinet").users().searchByUsername(account, true);
        assertThat(users).hasSize(1);
        var user = users.getFirst();
        assertThat(user.getEmail()).isEqualTo(email);
        assertThat(user.getRequiredActions()).containsExactly("UPDATE_PASSWORD");
        assertThat(keycloak.realm("kabinet").users().get(user.getId()).credentials())
                .as("no password was set: the resident sets it by the one-time link")
                .isEmpty();
        assertThat(ACCOUNTS.links)
                .anySatisfy(link -> {
                    assertThat(link.get("accountNumber").asString()).isEqualTo(account);
                    assertThat(link.get("subject").asString()).isEqualTo(user.getId());
                    assertThat(link.get("meterSerialNumber").asString()).isEqualTo("ЭМ-101-2019");
                })
                .anySatisfy(
                        link -> assertThat(link.get("accountNumber").asString()).isEqualTo(extra));

        String keycloakLetter = letter(text -> text.contains("action-token"));
        assertThat(keycloakLetter)
                .as("Keycloak's execute-actions letter carries a one-time link")
                .contains("key=");
        String ours = letter(text -> text.contains("№ " + number));
        assertThat(ours).contains("одобрена", "Ваш логин: " + account).doesNotContainIgnoringCase("пароль:");

        // a second decision (the back office changed its mind, or a duplicate) changes nothing
        KafkaProbe.publish(
                DECISIONS,
                account,
                UUID.randomUUID(),
                GoldenEvent.of(DECIDED)
                        .with("applicationId", event.get("applicationId").asString())
                        .with("accountNumber", account));
        var again = new LinkedHashMap<String, Object>();
        again.putAll(form(List.of()));
        again.put("captcha", TestResidents.solveCaptcha(port));
        // the account may apply again only once nothing waits: this one is decided, so a new one is taken
        assertThat(post("/api/v1/access-applications", again).statusCode()).isEqualTo(201);
        assertThat(status(number).get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    @DisplayName("ID-4 BO-4 rejected: the letter gives the reason and who corrects the data; the account may apply"
            + " again, but not while an application waits")
    void rejectedApplicationSaysWhyAndAllowsANewOne() throws Exception {
        String applicationId;
        long number;
        try (var probe = KafkaProbe.listen(SUBMISSIONS)) {
            var response = post("/api/v1/access-applications", form(List.of()));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            number = JSON.readTree(response.body()).get("applicationNumber").asLong();
            var record = probe.await(r -> account.equals(r.key()), Duration.ofSeconds(30));
            applicationId = JSON.readTree(record.value()).get("applicationId").asString();
        }

        var waiting = post("/api/v1/access-applications", form(List.of()));
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(409);
        assertThat(JSON.readTree(waiting.body()).get("type").asString()).endsWith("/access-application-waiting");
        assertThat(status(number).get("status").asString()).isEqualTo("SUBMITTED");

        String reason = "Заявитель не является владельцем лицевого счёта: неверно указаны ФИО или номер счётчика";
        KafkaProbe.publish(
                DECISIONS,
                account,
                UUID.randomUUID(),
                GoldenEvent.of(DECIDED)
                        .with("applicationId", applicationId)
                        .with("accountNumber", account)
                        .with("reason", reason));

        var status = awaitStatus(number, "REJECTED");
        assertThat(status.get("reason").asString()).isEqualTo(reason);
        String letter = letter(text -> text.contains("№ " + number));
        assertThat(letter).contains("отклонена", reason, "контролёр", "/register/application");
        assertThat(keycloak.realm("kabinet").users().searchByUsername(account, true))
                .as("no login for a rejected application")
                .isEmpty();

        var anew = post("/api/v1/access-applications", form(List.of()));
        assertThat(anew.statusCode()).as(anew.body()).isEqualTo(201);
        assertThat(JSON.readTree(anew.body()).get("applicationNumber").asLong()).isNotEqualTo(number);
    }

    @Test
    @DisplayName("ID-4 hostile and wrong input is refused field by field, stores nothing and sends nothing; the status"
            + " page tells nothing without the right e-mail")
    void refusesHostileInput() throws Exception {
        var form = new LinkedHashMap<String, Object>();
        form.put("accountNumber", "1000000011; drop table access_application");
        form.put("surname", "<script>alert(1)</script>");
        form.put("firstName", "");
        form.put("patronymic", "Сергеевна\r\nBcc: victim@example.org");
        form.put("phone", "+1 555 0100");
        form.put("email", "anna@example.ru\r\nBcc: victim@example.org");
        form.put("meterSerialNumber", "x".repeat(10_000));
        form.put("readings", Map.of("T1", "1e5", "T3", "1"));
        form.put("extraAccountNumbers", List.of("12", account));
        form.put("consent", false);
        form.put("captcha", TestResidents.solveCaptcha(port));
        var refused = post("/api/v1/access-applications", form);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        var problem = JSON.readTree(refused.body());
        assertThat(problem.get("type").asString()).endsWith("/access-application-invalid");
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields)
                .contains(
                        "accountNumber",
                        "surname",
                        "firstName",
                        "patronymic",
                        "phone",
                        "email",
                        "meterSerialNumber",
                        "readings",
                        "extraAccountNumbers[0]",
                        "consent");
        assertThat(refused.body()).doesNotContain("<script>", "drop table");

        var valid = form(List.of());
        valid.remove("captcha");
        var noCaptcha = post("/api/v1/access-applications", valid);
        assertThat(noCaptcha.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noCaptcha.body()).get("type").asString()).endsWith("/captcha-invalid");

        var notJson = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/access-applications"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"readings\": [1, 2"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notJson.statusCode()).isEqualTo(400);

        assertThat(jdbc.queryForObject(
                        "select count(*) from access_application where client_ip = ?", Integer.class, address))
                .isZero();

        var submitted = post("/api/v1/access-applications", form(List.of()));
        assertThat(submitted.statusCode()).isEqualTo(201);
        long number = JSON.readTree(submitted.body()).get("applicationNumber").asLong();
        var otherEmail = post(
                "/api/v1/access-applications/status-checks",
                Map.of("applicationNumber", number, "email", "someone-else@kabinet.local"));
        var noNumber = post(
                "/api/v1/access-applications/status-checks",
                Map.of("applicationNumber", Long.MAX_VALUE, "email", email));
        assertThat(otherEmail.statusCode()).isEqualTo(404);
        assertThat(noNumber.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(otherEmail.body()).get("detail"))
                .isEqualTo(JSON.readTree(noNumber.body()).get("detail"));
    }

    private Map<String, Object> form(List<String> extras) throws Exception {
        var form = new LinkedHashMap<String, Object>();
        form.put("accountNumber", account.substring(0, 4) + " " + account.substring(4));
        form.put("surname", "Иванова");
        form.put("firstName", "Анна");
        form.put("phone", "912 345-67-89");
        form.put("email", email);
        form.put("meterSerialNumber", "ЭМ-101-2019");
        form.put("readings", Map.of("T1", "12345,6", "T2", "4321"));
        form.put("extraAccountNumbers", extras);
        form.put("consent", true);
        form.put("captcha", TestResidents.solveCaptcha(port));
        return form;
    }

    private JsonNode status(long number) throws Exception {
        var response =
                post("/api/v1/access-applications/status-checks", Map.of("applicationNumber", number, "email", email));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode awaitStatus(long number, String expected) throws Exception {
        for (int i = 0; i < 300; i++) {
            var status = status(number);
            if (expected.equals(status.get("status").asString())) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("application " + number + " never became " + expected);
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

    /** The newest letter to the applicant whose text matches, waiting up to 20 s for it. */
    private String letter(Predicate<String> match) throws Exception {
        for (int i = 0; i < 200; i++) {
            var found = letters().stream().filter(match).toList();
            if (!found.isEmpty()) {
                return found.getLast();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such letter to " + email + ": " + letters());
    }

    private List<String> letters() throws Exception {
        var servers = TestServers.get();
        var session = Session.getInstance(new Properties());
        try (var store = session.getStore("imap")) {
            store.connect(servers.smtpHost(), servers.imapPort(), email, "any-password");
            var inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                var found = new ArrayList<String>();
                for (Message message : inbox.getMessages()) {
                    found.add(message.getSubject() + "\n" + text(message));
                }
                return found;
            } finally {
                inbox.close(false);
            }
        }
    }

    private static String text(Part part) throws Exception {
        var content = part.getContent();
        if (content instanceof Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private record ConsumerRecordView(String type, String value) {}
}
