package dev.kabinet.account.appeals;

import static dev.kabinet.account.accounts.AccountBuilder.ivanovasFlat12;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.ServiceApi;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AC-5 against real Keycloak tokens, PostgreSQL and Kafka: ivanova writes an appeal to 1000000011 with a screenshot;
 * it goes to the back office on account.appeals, its file comes back only as a download; the back office's answer on
 * backoffice.appeals shows; hostile uploads are refused with nothing stored; operators answer and keep the FAQ, audited.
 */
@KabinetIntegrationTest
@DisplayName("AC-5 appeals: written with files, sent to the back office, answered")
class AppealsIT {

    static final String NUMBER = "1000000011";
    static final String PATH = "/api/v1/accounts/" + NUMBER + "/appeals";
    static final Duration PATIENCE = ServiceApi.PATIENCE;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;

    @BeforeEach
    void setUp() {
        api = ServiceApi.on(port);
        jdbc.update("delete from account where number = ?", NUMBER);
        accounts.save(ivanovasFlat12().build());
    }

    record Multipart(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    record Part(String name, String fileName, byte[] content) {}

    /** POSTs multipart/form-data as a browser does. */
    Multipart post(String user, String path, Map<String, String> fields, List<Part> files) throws Exception {
        var boundary = "----kabinet" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (var file : files) {
            body.write(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
                                    + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.write(file.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", KeycloakTokens.bearer(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Multipart(response.statusCode(), response.body());
    }

    static Map<String, String> fields(String text) {
        var map = new LinkedHashMap<String, String>();
        map.put("type", "PORTAL");
        map.put("addressee", "TECHNICAL_SUPPORT");
        map.put("text", text);
        return map;
    }

    long stored() {
        return jdbc.queryForObject("select count(*) from appeal where account_number = ?", Long.class, NUMBER)
                + jdbc.queryForObject(
                        "select count(*) from appeal_attachment a join appeal p on p.id = a.appeal_id"
                                + " where p.account_number = ?",
                        Long.class,
                        NUMBER);
    }

    @Test
    @DisplayName("AC-5 BO-5 an appeal with a screenshot goes to the back office; the file comes back only as a"
            + " download; the back office's answer shows")
    void anAppealRoundTrips() throws Exception {
        UUID id;
        String fileId;
        try (var toBackoffice = KafkaProbe.listen("account.appeals")) {
            var sent = post(
                    "ivanova",
                    PATH,
                    fields("Страница показаний показывает ошибку"),
                    List.of(new Part("files", "screen.png", AppealFormTest.PNG)));

            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            var appeal = sent.json();
            id = UUID.fromString(appeal.get("id").asString());
            assertThat(appeal.get("status").asString()).isEqualTo("SENT");
            fileId = appeal.get("attachments").get(0).get("id").asString();
            assertThat(appeal.get("attachments").get(0).get("contentType").asString())
                    .isEqualTo("image/png");

            var event = toBackoffice.await(record -> NUMBER.equals(record.key()), PATIENCE);
            EventContracts.assertConforms(AppealSentV1.TYPE, event.value());
            assertThat(event.value()).contains(id.toString(), "screen.png");
        }

        var download = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + PATH + "/" + id + "/attachments/" + fileId))
                        .header("Authorization", KeycloakTokens.bearer("ivanova"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(AppealFormTest.PNG);
        assertThat(download.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(api.as("petrov")
                        .get("/api/v1/accounts/" + NUMBER + "/appeals/" + id + "/attachments/" + fileId)
                        .status())
                .isEqualTo(403);

        KafkaProbe.publish(
                "backoffice.appeals",
                NUMBER,
                UUID.randomUUID(),
                GoldenEvent.of("backoffice.AppealUpdated.v1")
                        .with("appealId", id.toString())
                        .with("status", "IN_PROGRESS")
                        .without("answer"));
        api.as("ivanova").awaitGet(PATH + "/" + id, r -> r.body().contains("\"IN_PROGRESS\""));
        KafkaProbe.publish(
                "backoffice.appeals",
                NUMBER,
                UUID.randomUUID(),
                GoldenEvent.of("backoffice.AppealUpdated.v1").with("appealId", id.toString()));
        var answered = api.as("ivanova")
                .awaitGet(PATH + "/" + id, r -> r.body().contains("\"ANSWERED\""))
                .json();
        assertThat(answered.get("answer").asString()).startsWith("Спасибо за снимок экрана");
    }

    @ParameterizedTest
    @ValueSource(strings = {NUMBER, "9999999990"})
    @DisplayName("AC-5 petrov gets the same refusal on ivanova's account as on one that does not exist")
    void petrovIsRefused(String number) throws Exception {
        long before = stored();
        var path = "/api/v1/accounts/" + number + "/appeals";

        var write = post("petrov", path, fields("Вопрос"), List.of());
        var read = api.as("petrov").get(path);

        assertThat(write.status()).isEqualTo(403);
        assertThat(write.body()).contains("account-access-denied");
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.problemType()).isEqualTo("https://kabinet.dev/problems/account-access-denied");
        assertThat(stored()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc\u0000", "abc\u0007def", "abc\u202Edef"})
    @DisplayName("AC-5 #5 a NUL, a bell or an RTL override in the text is 400 invalid-characters naming it; nothing"
            + " stored or sent (the probe's NUL was a 500 from PostgreSQL, the others were stored)")
    void controlAndBidiCharactersInTheTextAreRefused(String text) throws Exception {
        long before = stored();
        try (var toBackoffice = KafkaProbe.listen("account.appeals")) {
            var refused = post("ivanova", PATH, fields(text), List.of());

            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            var problem = refused.json();
            assertThat(problem.get("type").asString()).isEqualTo("https://kabinet.dev/problems/invalid-characters");
            assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("text");
            assertThat(stored()).isEqualTo(before);
            assertThat(toBackoffice.drain()).noneMatch(record -> NUMBER.equals(record.key()));
        }
    }

    @Test
    @DisplayName("AC-5 hostile uploads — a PDF named .png, HTML named .pdf, ../../etc/passwd, over 5 MB — are refused"
            + " each next to its file, and nothing is stored or sent")
    void hostileUploadsAreRefused() throws Exception {
        long before = stored();
        byte[] big = Arrays.copyOf(AppealFormTest.PNG, 5 * 1024 * 1024 + 1);
        try (var toBackoffice = KafkaProbe.listen("account.appeals")) {
            var refused = post(
                    "ivanova",
                    PATH,
                    fields("Вопрос"),
                    List.of(
                            new Part("files", "screen.png", AppealFormTest.PDF),
                            new Part("files", "invoice.pdf", AppealFormTest.HTML),
                            new Part("files", "../../etc/passwd", AppealFormTest.PNG)));

            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            var problem = refused.json();
            assertThat(problem.get("type").asString()).isEqualTo("https://kabinet.dev/problems/appeal-invalid");
            assertThat(problem.get("errors").findValuesAsString("field"))
                    .containsExactly("files[0]", "files[1]", "files[2]");

            var oversized = post("ivanova", PATH, fields("Вопрос"), List.of(new Part("files", "big.png", big)));
            assertThat(oversized.status()).as(oversized.body()).isEqualTo(422);
            assertThat(oversized.body()).contains("files[0]", "5");

            assertThat(stored()).isEqualTo(before);
            assertThat(toBackoffice.drain()).noneMatch(record -> NUMBER.equals(record.key()));
        }
    }

    @Test
    @DisplayName("AC-5 an operator lists the appeals waiting and answers one; a resident may not; both audited")
    void operatorsAnswerAppeals() throws Exception {
        var sent = post("ivanova", PATH, fields("Когда придёт квитанция?"), List.of())
                .json();
        var id = sent.get("id").asString();

        var queue = api.as("operator").get("/api/v1/operator/appeals?status=SENT&size=100");
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        assertThat(queue.body()).contains(id);

        var answer = "{\"text\":\"Квитанция формируется после закрытия месяца.\"}";
        var byResident = api.as("ivanova").post("/api/v1/operator/appeals/" + id + "/answer", answer);
        assertThat(byResident.status()).isEqualTo(403);
        assertThat(byResident.problemType()).isEqualTo("https://kabinet.dev/problems/forbidden");

        var answered = api.as("operator").post("/api/v1/operator/appeals/" + id + "/answer", answer);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(api.as("ivanova").get(PATH + "/" + id).json().get("answer").asString())
                .startsWith("Квитанция формируется");
        assertThat(jdbc.queryForList(
                        "select actor, actor_role, fields from audit_entry where action = 'appeal.answered' and target = ?",
                        "appeal:" + id))
                .containsExactly(Map.of("actor", "operator", "actor_role", "OPERATOR", "fields", "answer"));
    }

    @Test
    @DisplayName("AC-5 the FAQ of a type is read by residents and kept by operators, audited")
    void faqIsKeptByOperators() {
        var added = api.as("operator")
                .post(
                        "/api/v1/operator/faq",
                        "{\"type\":\"METERS\",\"position\":9,\"question\":\"Тест: как заменить счётчик?\","
                                + "\"answer\":\"Оставьте заявку на вызов специалиста.\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long entry = added.json().get("id").asLong();
        try {
            var faq = api.as("ivanova").get("/api/v1/faq?type=METERS");
            assertThat(faq.status()).isEqualTo(200);
            assertThat(faq.body()).contains("Тест: как заменить счётчик?").doesNotContain("Не приходит письмо");
            assertThat(api.as("ivanova")
                            .post(
                                    "/api/v1/operator/faq",
                                    "{\"type\":\"METERS\",\"position\":1,\"question\":\"x\",\"answer\":\"y\"}")
                            .status())
                    .isEqualTo(403);
        } finally {
            assertThat(api.as("operator")
                            .delete("/api/v1/operator/faq/" + entry)
                            .status())
                    .isEqualTo(204);
        }
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where target = ? order by id", String.class, "faq:" + entry))
                .containsExactly("faq.added", "faq.removed");
    }
}
