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
 * are problem details in Russian, with no server name or version anywhere (#5).
 */
@DisplayName("Every refusal of a service's Tomcat is a problem detail (#5)")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = ProblemErrorPagesTest.App.class,
        properties = "server.max-http-request-header-size=8KB")
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
        ProblemErrorPagesConfiguration.class
    })
    // the services' advice: its catch-all turned Tomcat's decoding failure into a 500
    @org.springframework.context.annotation.Import(ProblemDetailsAdvice.class)
    static class App {

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

            @GetMapping("/api/v1/refused")
            void refused(HttpServletResponse response) throws IOException {
                response.sendError(404);
            }
        }
    }
}
