package dev.kabinet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service's Tomcat with the platform's error pages, on a real port: what Tomcat refuses before Spring MVC (an
 * encoded slash, headers over the limit, a request line it cannot parse) and what a filter sends to {@code /error}
 * are problem details in the resident's language (Russian first, English when Accept-Language asks for it), with no
 * server name or version anywhere (#5).
 */
@DisplayName("Every refusal of a service's Tomcat is a problem detail in the resident's language (#5)")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = ProblemErrorPagesTest.App.class,
        properties = {
            "server.max-http-request-header-size=8KB",
            "spring.messages.basename=kabinet/problems/test-service,kabinet/problems/common",
            "spring.messages.fallback-to-system-locale=false",
            "spring.messages.always-use-message-format=true"
        })
class ProblemErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void anEncodedSlashIsAProblem() throws IOException {
        Raw reply = send("GET /api/v1/accounts%2F1000000011/meters HTTP/1.1\r\n");
        reply.expectRussianProblem(400, "malformed-request");
        assertThat(reply.body()).contains("\"instance\":\"/api/v1/accounts%2F1000000011/meters\"");
    }

    @Test
    void headersOverTheLimitAreAProblem() throws IOException {
        send("GET /api/v1/ok HTTP/1.1\r\nX-Padding: " + "p".repeat(10_000) + "\r\n")
                .expectRussianProblem(400, "malformed-request");
    }

    @Test
    void anUnparsableRequestLineIsAProblem() throws IOException {
        send("GET /api/v1/ok?q={ HTTP/1.1\r\n").expectRussianProblem(400, "malformed-request");
    }

    @Test
    void aQueryThatIsNotUtf8IsAProblemNotAFailure() throws IOException {
        Raw reply = send("GET /api/v1/search?q=%ff%fe%c0%af HTTP/1.1\r\n");
        reply.expectRussianProblem(400, "malformed-request");
        assertThat(reply.body()).contains("\"instance\":\"/api/v1/search\"");
    }

    @Test
    void aBadPercentEscapeInTheQueryIsAProblem() throws IOException {
        send("GET /api/v1/search?q=%zz HTTP/1.1\r\n").expectRussianProblem(400, "malformed-request");
    }

    @Test
    void aQueryThatIsNotUtf8IsRefusedEvenWhereNoParameterIsRead() throws IOException {
        send("GET /api/v1/ok?q=%c0%af HTTP/1.1\r\n").expectRussianProblem(400, "malformed-request");
    }

    @Test
    void rawSquareBracketsInTheQueryAreAProblem() throws IOException {
        send("GET /api/v1/search?q=[0] HTTP/1.1\r\n").expectRussianProblem(400, "malformed-request");
        send("GET /api/v1/search?page[]=1 HTTP/1.1\r\n").expectRussianProblem(400, "malformed-request");
    }

    @Test
    void aWellFormedQueryPasses() throws IOException {
        Raw reply = send("GET /api/v1/search?q=%D1%81%D1%87%D1%91%D1%82%5B0%5D HTTP/1.1\r\n");
        assertThat(reply.head()).as(reply.text()).startsWith("http/1.1 200");
        assertThat(reply.body()).as(reply.text()).contains("счёт[0]");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "Accept: */*;q=NaN",
                "Accept: json",
                "Content-Type: application/json;q=2",
                "Content-Type: json",
                "Accept-Language: ru;q=NaN",
                "Accept-Language: *;q=2"
            })
    void anUnreadableHeaderIsAProblem(String header) throws IOException {
        Raw reply = send("GET /api/v1/ok HTTP/1.1\r\n" + header + "\r\n");
        reply.expectRussianProblem(400, "malformed-request");
        assertThat(reply.body()).contains(header.substring(0, header.indexOf(':')));
    }

    @Test
    void whatABrowserSendsParses() throws IOException {
        Raw reply = send("GET /api/v1/ok HTTP/1.1\r\n"
                + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8\r\n"
                + "Accept-Language: ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7\r\n");
        assertThat(reply.head()).as(reply.text()).startsWith("http/1.1 200");
    }

    @Test
    void anErrorSentToTheErrorPageIsAProblem() throws IOException {
        Raw reply = send("GET /api/v1/refused HTTP/1.1\r\n");
        reply.expectRussianProblem(404, "not-found");
        assertThat(reply.body()).contains("\"instance\":\"/api/v1/refused\"");
    }

    @Test
    @DisplayName("An English page gets the container's refusals in English, title and detail")
    void containerRefusalsSpeakEnglishToAnEnglishPage() throws IOException {
        Raw reply = send("GET /api/v1/accounts%2F1000000011/meters HTTP/1.1\r\nAccept-Language: en-GB,en;q=0.9\r\n");
        assertThat(reply.head()).as(reply.text()).startsWith("http/1.1 400");
        assertThat(reply.body())
                .as(reply.text())
                .contains("\"title\":\"Bad Request\"")
                .contains("\"detail\":\"The request could not be read: check the address and the data format.\"");
        Raw notFound = send("GET /api/v1/refused HTTP/1.1\r\nAccept-Language: en\r\n");
        assertThat(notFound.body()).as(notFound.text()).contains("\"detail\":\"There is no such page or resource.\"");
    }

    @Test
    @DisplayName("A language Kabinet does not speak gets Russian, with a Russian title")
    void otherLanguagesGetRussian() throws IOException {
        Raw reply = send("GET /api/v1/refused HTTP/1.1\r\nAccept-Language: de-DE\r\n");
        reply.expectRussianProblem(404, "not-found");
        assertThat(reply.body()).contains("\"title\":\"Не найдено\"");
    }

    @Test
    @DisplayName("MT-2: a domain problem reads in the resident's language, numbers written its way, fields too")
    void domainProblemsPerLanguage() throws IOException {
        Raw russian = send("GET /api/v1/below HTTP/1.1\r\n");
        russian.expectRussianProblem(422, "scale-below");
        assertThat(russian.body().replace('\u00a0', ' ').replace('\u202f', ' '))
                .as(russian.text())
                .contains("\"title\":\"Данные не приняты\"")
                .contains("Показание меньше предыдущего принятого (T1: 12 345,6, T2: 7 000).")
                .contains("{\"field\":\"values.T1\",\"message\":\"Меньше предыдущего принятого показания 12 345,6.\"}");
        Raw english = send("GET /api/v1/below HTTP/1.1\r\nAccept-Language: en-US,en;q=0.9,ru;q=0.8\r\n");
        assertThat(english.body())
                .as(english.text())
                .contains("\"title\":\"Unprocessable Content\"")
                .contains("The reading is lower than the previous accepted one (T1: 12,345.6, T2: 7,000)."
                        + " Check the digits on the meter's display.")
                .contains(
                        "{\"field\":\"values.T1\",\"message\":\"Lower than the previous accepted reading 12,345.6.\"}");
    }

    @Test
    void headersWithinTheLimitPass() throws IOException {
        Raw reply = send("GET /api/v1/ok HTTP/1.1\r\nX-Padding: " + "p".repeat(6_000) + "\r\n");
        assertThat(reply.head()).as(reply.text()).startsWith("http/1.1 200");
    }

    private Raw send(String requestLineAndHeaders) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = requestLineAndHeaders + "Host: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            var out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            return new Raw(out.toString(StandardCharsets.UTF_8));
        }
    }

    record Raw(String text) {

        String head() {
            int end = text.indexOf("\r\n\r\n");
            return (end < 0 ? text : text.substring(0, end)).toLowerCase();
        }

        String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }

        void expectRussianProblem(int status, String slug) {
            assertThat(head()).as(text).startsWith("http/1.1 " + status);
            assertThat(head()).as(text).contains("content-type: application/problem+json");
            assertThat(head()).as(text).doesNotContain("\r\nserver:");
            assertThat(body()).as(text).contains("\"type\":\"https://kabinet.dev/problems/" + slug + "\"");
            assertThat(body()).as(text).contains("\"status\":" + status);
            assertThat(body()).as(text).containsPattern("\"detail\":\"[А-Яа-яЁё]");
            assertThat(body().toLowerCase()).as(text).doesNotContain("tomcat", "<html");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration.class,
        ProblemErrorPagesConfiguration.class
    })
    // the services' advice: its catch-all turned Tomcat's decoding failure into a 500
    @org.springframework.context.annotation.Import(ProblemDetailsAdvice.class)
    static class App {

        @org.springframework.context.annotation.Bean(
                org.springframework.web.servlet.DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
        org.springframework.web.servlet.LocaleResolver localeResolver() {
            return new PlatformLocaleResolver();
        }

        @org.springframework.context.annotation.Bean
        ProblemStatuses statuses() {
            return new ProblemStatuses() {
                {
                    map(ScaleBelow.class, org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT);
                }
            };
        }

        static class ScaleBelow extends dev.kabinet.platform.problem.DomainProblem {
            ScaleBelow(java.util.Map<String, Object> previous) {
                super(
                        "scale-below",
                        java.util.List.of(dev.kabinet.platform.problem.FieldProblem.of(
                                "values.T1", "field.below", previous.get("T1"))),
                        previous);
            }
        }

        @RestController
        static class Endpoints {

            @GetMapping("/api/v1/ok")
            String ok() {
                return "ok";
            }

            @GetMapping(path = "/api/v1/search", produces = "text/plain;charset=UTF-8")
            String search(@org.springframework.web.bind.annotation.RequestParam(required = false) String q) {
                return "q=" + q;
            }

            @GetMapping("/api/v1/below")
            void below() {
                var previous = new java.util.LinkedHashMap<String, Object>();
                previous.put("T1", new java.math.BigDecimal("12345.6"));
                previous.put("T2", new java.math.BigDecimal("7000"));
                throw new ScaleBelow(previous);
            }

            @GetMapping("/api/v1/refused")
            void refused(HttpServletResponse response) throws IOException {
                response.sendError(404);
            }
        }
    }
}
