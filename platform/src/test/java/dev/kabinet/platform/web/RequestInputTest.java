package dev.kabinet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service reads its request bodies and text parameters through the platform (issue #5, faults A, B, D, E of the
 * security probe), here on a real Tomcat with Boot's Jackson, validation and multipart: a body over the limits is
 * refused while it is read (the 20,000-line payment that ran payment-service out of memory), binding is strict (no
 * fraction into an integer, no number into a text, no key twice), and no text carries NUL, another control character
 * or a bidi override — each a 4xx problem naming the field, and the controller never runs (nothing is stored).
 */
@DisplayName("#5 request bodies and text parameters: bounded, strictly bound, no control or bidi characters")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = RequestInputTest.App.class,
        properties = {
            "kabinet.service=test",
            "kabinet.problems.strict=true",
            "spring.messages.basename=kabinet/problems/test-service,kabinet/problems/common",
            "spring.messages.fallback-to-system-locale=false",
            "spring.messages.always-use-message-format=true"
        })
class RequestInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAYER =
            "\"payer\": {\"name\": \"Иванова Анна\", \"email\": \"a@b.ru\"}, \"consent\": true";

    @LocalServerPort
    int port;

    @Autowired
    List<Object> received;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forget() {
        received.clear();
    }

    // ---- A: bounded bodies ---------------------------------------------------------------------------------

    @Test
    @DisplayName("A: the probe's payment of 20,000 lines is refused while it is read (413), before validation")
    void refusesTheTwentyThousandLinePayment() throws Exception {
        String line = "{\"lineCode\":\"x\",\"amountKopecks\":-1}";
        String body = "{\"consent\":true,\"payer\":{\"name\":\"x\",\"email\":\"a@b.ru\"},\"lines\":["
                + String.join(",", java.util.Collections.nCopies(20_000, line)) + "]}";
        assertThat(body.length()).isGreaterThan(700_000).isLessThan(1_000_000); // under the gateway's 1 MB

        Reply reply = postJson("/api/v1/payments", body, "ru");

        reply.expectProblem(413, "payload-too-large");
        // refused by the parser: no validation ran, so no violation (let alone 40,000) was built or answered
        assertThat(reply.json().has("errors")).isFalse();
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("A: the largest legitimate body (a payment of 20 lines) is read and validated as before")
    void readsAPaymentOfTwentyLines() throws Exception {
        String lines =
                String.join(",", java.util.Collections.nCopies(20, "{\"lineCode\":\"EL\",\"amountKopecks\":157200}"));
        Reply reply = postJson("/api/v1/payments", "{\"lines\":[" + lines + "]," + PAYER + "}", "ru");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @Test
    @DisplayName("A: within the limits, too many lines still get the field's validation (not a wall of violations)")
    void tooManyLinesWithinTheLimitsAreAValidationProblem() throws Exception {
        String lines =
                String.join(",", java.util.Collections.nCopies(100, "{\"lineCode\":\"x\",\"amountKopecks\":-1}"));
        Reply reply = postJson("/api/v1/payments", "{\"lines\":[" + lines + "]," + PAYER + "}", "ru");

        reply.expectProblem(400, "validation");
        assertThat(reply.json().get("errors").size()).isLessThanOrEqualTo(2 * 100 + 1);
        assertThat(received).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"deep-nesting", "long-string", "long-number", "many-keys"})
    @DisplayName("A: deep nesting, a huge string or number, thousands of keys: 413 while reading")
    void refusesBodiesOverTheLimits(String kind) throws Exception {
        String body =
                switch (kind) {
                    // an unknown member is skipped token by token: its depth is what the limit guards
                    case "deep-nesting" ->
                        "{\"values\":{\"T1\":\"1\"},\"extra\":" + "[".repeat(100) + "]".repeat(100) + "}";
                    case "long-string" -> "{\"values\":{\"T1\":\"" + "9".repeat(30_000) + "\"}}";
                    case "long-number" -> "{\"values\":{\"T1\":" + "9".repeat(500) + "}}";
                    default -> {
                        var keys = new StringBuilder("{\"values\":{");
                        for (int i = 0; i < 5_000; i++) {
                            keys.append(i == 0 ? "" : ",")
                                    .append("\"k")
                                    .append(i)
                                    .append("\":\"1\"");
                        }
                        yield keys.append("}}").toString();
                    }
                };
        postJson("/api/v1/readings", body, "ru").expectProblem(413, "payload-too-large");
        assertThat(received).isEmpty();
    }

    // ---- D: strict binding ---------------------------------------------------------------------------------

    @Test
    @DisplayName("D: a fraction into an integer (amountKopecks 10.5) is 400 naming the field, not 10 kopecks")
    void refusesAFractionForAnInteger() throws Exception {
        Reply reply = postJson(
                "/api/v1/payments", "{\"lines\":[{\"lineCode\":\"EL\",\"amountKopecks\":10.5}]," + PAYER + "}", "ru");

        reply.expectProblem(400, "malformed-request");
        reply.expectField("lines[0].amountKopecks", "Нужно целое число, без дробной части.");
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("D: a number where text is expected (\"T1\": 4400) is 400 naming the field, not the text \"4400\"")
    void refusesANumberForAText() throws Exception {
        Reply reply = postJson("/api/v1/readings", "{\"values\":{\"T1\":4400}}", "ru");

        reply.expectProblem(400, "malformed-request");
        reply.expectField("values.T1", "Нужен текст (строка в кавычках), а не число или логическое значение.");
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("D: true where a line code is expected is 400 naming the field")
    void refusesABooleanForAText() throws Exception {
        postJson("/api/v1/payments", "{\"lines\":[{\"lineCode\":true,\"amountKopecks\":100}]," + PAYER + "}", "en")
                .expectField("lines[0].lineCode", "Text (a quoted string) is expected, not a number or true/false.");
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("D: a key given twice is 400 naming it, the last one does not silently win")
    void refusesAKeyGivenTwice() throws Exception {
        Reply reply = postJson("/api/v1/readings", "{\"values\":{\"T1\":\"1\"},\"values\":{\"T1\":\"2\"}}", "ru");
        reply.expectProblem(400, "malformed-request");
        reply.expectField("values", "Поле указано в запросе дважды.");

        postJson("/api/v1/readings", "{\"values\":{\"T1\":\"1\",\"T1\":\"2\"}}", "ru")
                .expectField("values.T1", "Поле указано в запросе дважды.");
        assertThat(received).isEmpty();
    }

    // ---- B, E: characters in JSON ----------------------------------------------------------------------------

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0007", "001B", "007F", "0085", "202E", "202A", "2066", "2069"})
    @DisplayName("B, E: NUL, a bell, ESC, DEL, a C1 control, an RTL override or an isolate in JSON text is 400")
    void refusesForbiddenCharactersInJson(String hex) throws Exception {
        String escaped = "\\u" + hex;
        Reply reply = postJson(
                "/api/v1/payments",
                "{\"lines\":[{\"lineCode\":\"EL\",\"amountKopecks\":100}]," + "\"payer\":{\"name\":\"abc" + escaped
                        + "def\",\"email\":\"a@b.ru\"},\"consent\":true}",
                "ru");

        reply.expectProblem(400, "invalid-characters");
        reply.expectField(
                "payer.name",
                "Недопустимый символ: управляющие символы и знаки смены направления текста не принимаются.");
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("B: NUL in a map's value or key (a reading's scale) is 400, in English for an English page")
    void refusesNulInMapValuesAndKeys() throws Exception {
        Reply value = postJson("/api/v1/readings", "{\"values\":{\"T1\":\"12\\u00003\"}}", "en");
        value.expectProblem(400, "invalid-characters");
        assertThat(value.json().get("detail").asString())
                .startsWith("The request holds characters that are not allowed");
        value.expectField(
                "values.T1",
                "A character that is not allowed: control and text-direction characters are not accepted.");

        postJson("/api/v1/readings", "{\"values\":{\"T1\\u0000\":\"123\"}}", "ru")
                .expectProblem(400, "invalid-characters");
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("Tabs, line breaks, Cyrillic, emoji and other bidi marks (LRM) are text and pass")
    void ordinaryTextPasses() throws Exception {
        Reply reply = postJson("/api/v1/readings", "{\"values\":{\"T1\":\"строка\\tодна\\r\\nдве 💡 \\u200E\"}}", "ru");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    // ---- B, E: characters in parameters --------------------------------------------------------------------------

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0007", "202E"})
    @DisplayName("B, E: NUL, a bell or an RTL override in a multipart text field (an appeal's text) is 400")
    void refusesForbiddenCharactersInMultipartText(String hex) throws Exception {
        String text = "abc" + (char) Integer.parseInt(hex, 16) + "def";
        Reply reply = multipart(text, "scan.pdf");

        reply.expectProblem(400, "invalid-characters");
        reply.expectField(
                "text", "Недопустимый символ: управляющие символы и знаки смены направления текста не принимаются.");
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("E: an RTL override in an uploaded file's name is 400 naming the part")
    void refusesAnRtlOverrideInAFileName() throws Exception {
        multipart("Добрый день", "scan\u202Efdp.exe")
                .expectField(
                        "files",
                        "Недопустимый символ: управляющие символы и знаки смены направления текста не принимаются.");
        assertThat(received).isEmpty();
    }

    @Test
    void aMultipartAppealWithOrdinaryTextPasses() throws Exception {
        Reply reply = multipart("Добрый день!\r\nСчётчик\tне работает.", "scan.pdf");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(received).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"abc%00", "abc%07def", "%E2%80%AEabc", "%C2%85"})
    @DisplayName("B, E: a forbidden character in a query parameter is 400 naming it")
    void refusesForbiddenCharactersInTheQuery(String value) throws Exception {
        Reply reply =
                send(HttpRequest.newBuilder(uri("/api/v1/search?q=" + value)).GET(), "ru");
        reply.expectProblem(400, "invalid-characters");
        reply.expectField(
                "q", "Недопустимый символ: управляющие символы и знаки смены направления текста не принимаются.");
        assertThat(received).isEmpty();
    }

    @Test
    @DisplayName("B: NUL in a url-encoded form field is 400 naming it")
    void refusesNulInAFormField() throws Exception {
        Reply reply = send(
                HttpRequest.newBuilder(uri("/api/v1/form"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("comment=abc%00def")),
                "ru");
        reply.expectProblem(400, "invalid-characters");
        reply.expectField(
                "comment", "Недопустимый символ: управляющие символы и знаки смены направления текста не принимаются.");
        assertThat(received).isEmpty();
    }

    @Test
    void anOrdinaryQueryPasses() throws Exception {
        Reply reply = send(
                HttpRequest.newBuilder(uri("/api/v1/search?q=%D1%81%D1%87%D1%91%D1%82%09x"))
                        .GET(),
                "ru");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Reply postJson(String path, String body, String language) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                language);
    }

    private Reply multipart(String text, String fileName) throws IOException, InterruptedException {
        String boundary = "kabinet-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"text\"\r\n\r\n"
                + text + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"files\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n"
                + "%PDF-1.4\r\n"
                + "--" + boundary + "--\r\n";
        return send(
                HttpRequest.newBuilder(uri("/api/v1/appeals"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                "ru");
    }

    private Reply send(HttpRequest.Builder request, String language) throws IOException, InterruptedException {
        var response = http.send(
                request.header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Language").orElse(""),
                response.body());
    }

    record Reply(int status, String contentType, String contentLanguage, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        void expectProblem(int expectedStatus, String slug) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).as(body).startsWith("application/problem+json");
            assertThat(contentLanguage).as(body).isNotEmpty();
            assertThat(json().get("type").asString()).isEqualTo("https://kabinet.dev/problems/" + slug);
        }

        void expectField(String field, String message) {
            assertThat(status).as(body).isEqualTo(400);
            JsonNode errors = json().get("errors");
            assertThat(errors).as(body).isNotNull();
            assertThat(errors.size()).as(body).isEqualTo(1);
            assertThat(errors.get(0).get("field").asString()).as(body).isEqualTo(field);
            assertThat(errors.get(0).get("message").asString()).as(body).isEqualTo(message);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        ValidationAutoConfiguration.class,
        MultipartAutoConfiguration.class,
        // Boot's request encoding (UTF-8) as in every service: a multipart text part without a charset is UTF-8
        HttpEncodingAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        MessageSourceAutoConfiguration.class,
        ProblemErrorPagesConfiguration.class,
        PlatformWebConfiguration.class
    })
    static class App {

        @Bean
        List<Object> received() {
            return new CopyOnWriteArrayList<>();
        }

        record Payment(
                @NotEmpty @Size(max = 20) List<@Valid @NotNull Line> lines,
                @NotNull @Valid Payer payer,
                @AssertTrue boolean consent) {}

        record Line(
                @NotNull @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,39}$")
                String lineCode,

                @Min(1) long amountKopecks) {}

        record Payer(@NotBlank String name, String email) {}

        record Reading(@NotNull Map<String, String> values) {}

        static final class Appeal {
            private String text;
            private List<MultipartFile> files;

            public String getText() {
                return text;
            }

            public void setText(String text) {
                this.text = text;
            }

            public List<MultipartFile> getFiles() {
                return files;
            }

            public void setFiles(List<MultipartFile> files) {
                this.files = files;
            }
        }

        @RestController
        static class Endpoints {

            private final List<Object> received;

            Endpoints(List<Object> received) {
                this.received = received;
            }

            @PostMapping("/api/v1/payments")
            void pay(@Valid @RequestBody Payment payment) {
                received.add(payment);
            }

            @PostMapping("/api/v1/readings")
            void read(@Valid @RequestBody Reading reading) {
                received.add(reading);
            }

            @PostMapping(path = "/api/v1/appeals", consumes = "multipart/form-data")
            void appeal(@ModelAttribute Appeal appeal) {
                received.add(appeal);
            }

            @PostMapping(path = "/api/v1/form", consumes = "application/x-www-form-urlencoded")
            void form(@RequestParam String comment) {
                received.add(comment);
            }

            @GetMapping("/api/v1/search")
            String search(@RequestParam(required = false) String q) {
                return "q";
            }
        }
    }
}
