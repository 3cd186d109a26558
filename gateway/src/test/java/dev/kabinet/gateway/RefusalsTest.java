package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Requests the gateway refuses before any route or controller sees them — by Spring Security's firewall, by Spring
 * WebFlux's URI parsing, by Netty's HTTP decoder — sent as raw bytes to the gateway's real port (an HTTP client
 * would refuse to send most of them). Each answer is a problem detail in Russian, without a server banner.
 */
@DisplayName("Every early refusal at the gateway is a problem detail (#5)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GatewayTestSupport.LocalIdentityProvider.class)
class RefusalsTest {

    private static final Upstream UPSTREAM = Upstream.get();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : List.of("identity", "account", "metering", "billing", "payment", "notification")) {
            registry.add("kabinet.gateway.services." + service, UPSTREAM::url);
        }
    }

    static Stream<Arguments> refusals() {
        String ok = "Host: localhost\r\n";
        return Stream.of(
                Arguments.of("encoded slash", "GET /api/metering/v1/accounts%2F1000000011/meters HTTP/1.1", ok, 400),
                Arguments.of("encoded percent", "GET /api/metering/v1/accounts/1000000011%25/meters HTTP/1.1", ok, 400),
                Arguments.of("path parameter", "GET /api/metering/v1/accounts;x=1/meters HTTP/1.1", ok, 400),
                Arguments.of("brace in the query", "GET /api/metering/v1/accounts?q={ HTTP/1.1", ok, 400),
                Arguments.of("brace in a page's query", "GET /?q={} HTTP/1.1", ok, 400),
                Arguments.of("headers too large", "GET /api/metering/v1/me HTTP/1.1", ok + big(20_000), 431),
                Arguments.of(
                        "request line too long", "GET /api/metering/v1/" + "a".repeat(9_000) + " HTTP/1.1", ok, 414),
                Arguments.of("malformed request line", "GET / HTTP/1.1 junk", ok, 400),
                Arguments.of("malformed header", "GET / HTTP/1.1", ok + "Bad Header: x\r\n", 400));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("refusals")
    void isAProblemInRussianWithoutAServerBanner(String what, String requestLine, String headers, int status)
            throws IOException {
        String response = send(requestLine + "\r\n" + headers + "Connection: close\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);

        assertThat(head).as(response).startsWith("http/1.1 " + status);
        assertThat(head).as(response).contains("content-type: application/problem+json");
        assertThat(head).as(response).doesNotContain("\r\nserver:");
        assertThat(body).as(response).contains("\"type\":\"https://kabinet.dev/problems/");
        assertThat(body).as(response).contains("\"status\":" + status);
        assertThat(body).as(response).containsPattern("\"detail\":\"[А-Яа-яЁё]");
        assertThat(body.toLowerCase()).as(response).doesNotContain("netty", "tomcat", "<html");
    }

    /** What the fuzz pass sent (#5): each answered with some 4xx, always as a problem. */
    static Stream<Arguments> malformed() {
        String ok = "Host: localhost\r\n";
        String account = "/api/metering/v1/accounts/1000000011";
        return Stream.of(
                Arguments.of("double slash", "GET /api/metering/v1//accounts/1000000011/meters HTTP/1.1", ok),
                Arguments.of("dot segment", "GET /api/metering/v1/./accounts/1000000011/meters HTTP/1.1", ok),
                Arguments.of("dot-dot", "GET /api/metering/v1/accounts/../accounts/2000000021 HTTP/1.1", ok),
                Arguments.of("encoded dot-dot", "GET /api/metering/v1/accounts/%2e%2e/2000000021 HTTP/1.1", ok),
                Arguments.of("backslash", "GET /api/metering/v1/accounts\\1000000011 HTTP/1.1", ok),
                Arguments.of("bare percent", "GET " + account + "% HTTP/1.1", ok),
                Arguments.of("bad percent-escape", "GET " + account + "%zz HTTP/1.1", ok),
                Arguments.of("encoded NUL", "GET " + account + "%00 HTTP/1.1", ok),
                Arguments.of("raw control byte", "GET " + account + "\u0007 HTTP/1.1", ok),
                Arguments.of("raw RTL mark (UTF-8)", "GET " + account + "\u00e2\u0080\u008f HTTP/1.1", ok),
                Arguments.of("raw UTF-8", "GET " + account + "\u00d1\u0081 HTTP/1.1", ok),
                Arguments.of("overlong UTF-8", "GET " + account + "%c0%af HTTP/1.1", ok),
                Arguments.of("angle brackets in the query", "GET " + account + "/meters?q=<x> HTTP/1.1", ok),
                Arguments.of("quote in the query", "GET " + account + "/meters?q=\"x\" HTTP/1.1", ok),
                Arguments.of("pipe, caret, backtick", "GET " + account + "/meters?q=|^` HTTP/1.1", ok),
                Arguments.of("backslash in the query", "GET " + account + "/meters?q=\\ HTTP/1.1", ok),
                Arguments.of("bad percent-escape in the query", "GET " + account + "/meters?q=%zz HTTP/1.1", ok),
                Arguments.of("bare percent in the query", "GET " + account + "/meters?q=% HTTP/1.1", ok),
                Arguments.of("square brackets in the query", "GET " + account + "/meters?page[]=1 HTTP/1.1", ok),
                Arguments.of(
                        "control byte in a header", "GET " + account + "/meters HTTP/1.1", ok + "X-A: a\u0001b\r\n"),
                Arguments.of("NUL in a header", "GET " + account + "/meters HTTP/1.1", ok + "X-A: a\u0000b\r\n"),
                Arguments.of(
                        "hostile Accept-Language",
                        "GET " + account + "/meters HTTP/1.1",
                        ok + "Accept-Language: \u00e2\u0080\u008fru;q=NaN\r\n"),
                Arguments.of("unknown method", "FOO " + account + "/meters HTTP/1.1", ok),
                Arguments.of("lower-case method", "get " + account + "/meters HTTP/1.1", ok),
                Arguments.of("TRACE", "TRACE " + account + "/meters HTTP/1.1", ok),
                Arguments.of("request line over 4 KB", "GET " + account + "?q=" + "a".repeat(4_500) + " HTTP/1.1", ok),
                Arguments.of("path over 4 KB", "GET /api/metering/v1/" + "b".repeat(5_000) + " HTTP/1.1", ok));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedRequestIsA4xxProblem(String what, String requestLine, String headers) throws IOException {
        String response = send(requestLine + "\r\n" + headers + "Connection: close\r\n\r\n");
        assertThat(response).as(what).contains("\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);

        assertThat(head).as(response).matches("(?s)http/1\\.1 4\\d\\d.*");
        int status = Integer.parseInt(head.substring(9, 12));
        assertThat(head).as(response).contains("content-type: application/problem+json");
        assertThat(head).as(response).doesNotContain("\r\nserver:");
        assertThat(body).as(response).contains("\"type\":\"https://kabinet.dev/problems/");
        assertThat(body).as(response).contains("\"status\":" + status);
        assertThat(body).as(response).containsPattern("\"detail\":\"[А-Яа-яЁё]");
        assertThat(body.toLowerCase()).as(response).doesNotContain("netty", "tomcat", "<html");
    }

    private static String big(int size) {
        return "X-Big: " + "a".repeat(size) + "\r\n";
    }

    private String send(String request) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
