package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Requests the gateway refuses before any route or controller sees them — by Spring Security's firewall, by Spring
 * WebFlux's URI parsing, by Netty's HTTP decoder — sent as raw bytes to the gateway's real port (an HTTP client
 * would refuse to send most of them). Each answer is a problem detail in Russian, without a server banner.
 */
@DisplayName("Every early refusal at the gateway is a problem detail (#5)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({GatewayTestSupport.LocalIdentityProvider.class, RefusalsTest.TestLogin.class})
class RefusalsTest {

    private static final Upstream UPSTREAM = Upstream.get();
    private static final String TEST_LOGIN = "/test-only/login-as-ivanova";

    @LocalServerPort
    int port;

    /** Ivanova's real session on the gateway's port: the {@code Cookie} header that carries it. */
    private String ivanovasSession;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : List.of("identity", "account", "metering", "billing", "payment", "notification")) {
            registry.add("kabinet.gateway.services." + service, UPSTREAM::url);
        }
        TestRedis.register(registry);
    }

    /**
     * Logs Ivanova in for real on the running gateway ({@code mockOidcLogin()} only works through
     * {@code WebTestClient}, and these requests are raw bytes): {@link TestLogin} stores what a finished Keycloak
     * login stores in the WebSession, and the gateway hands out its session cookie as after a login.
     */
    @BeforeEach
    void logIvanovaIn() throws IOException {
        UPSTREAM.clear();
        String response = send("GET " + TEST_LOGIN + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Matcher cookie =
                Pattern.compile("(?im)^set-cookie: (KABINET_SESSION=[^;\r\n]+)").matcher(response);
        assertThat(cookie.find()).as(response).isTrue();
        ivanovasSession = "Cookie: " + cookie.group(1) + "\r\n";
        String me = send("GET /bff/me HTTP/1.1\r\nHost: localhost\r\n" + ivanovasSession
                + "X-Requested-With: XMLHttpRequest\r\nConnection: close\r\n\r\n");
        assertThat(me).as("the session is logged in").startsWith("HTTP/1.1 200").contains("\"username\":\"ivanova\"");
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
                Arguments.of(
                        "control byte in a header", "GET " + account + "/meters HTTP/1.1", ok + "X-A: a\u0001b\r\n"),
                Arguments.of("NUL in a header", "GET " + account + "/meters HTTP/1.1", ok + "X-A: a\u0000b\r\n"),
                Arguments.of(
                        "hostile Accept-Language",
                        "GET " + account + "/meters HTTP/1.1",
                        ok + "Accept-Language: \u00e2\u0080\u008fru;q=NaN\r\n"),
                Arguments.of("request line over 4 KB", "GET " + account + "?q=" + "a".repeat(4_500) + " HTTP/1.1", ok),
                Arguments.of("path over 4 KB", "GET /api/metering/v1/" + "b".repeat(5_000) + " HTTP/1.1", ok));
    }

    /**
     * Sent in Ivanova's logged-in session, as the fuzz pass meant them: a session-less request would mostly get 401
     * from the login check and never reach the check it is about.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedRequestIsA4xxProblem(String what, String requestLine, String headers) throws IOException {
        String response = send(requestLine + "\r\n" + headers + ivanovasSession + "Connection: close\r\n\r\n");
        assertThat(response).as(what).contains("\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);

        assertThat(head).as(response).matches("(?s)http/1\\.1 4\\d\\d.*");
        int status = Integer.parseInt(head.substring(9, 12));
        assertThat(status)
                .as("refused by the check it is about, not by the login check: " + response)
                .isNotEqualTo(401);
        assertThat(head).as(response).contains("content-type: application/problem+json");
        assertThat(head).as(response).doesNotContain("\r\nserver:");
        assertThat(body).as(response).contains("\"type\":\"https://kabinet.dev/problems/");
        assertThat(body).as(response).contains("\"status\":" + status);
        assertThat(body).as(response).containsPattern("\"detail\":\"[А-Яа-яЁё]");
        assertThat(body.toLowerCase()).as(response).doesNotContain("netty", "tomcat", "<html");
    }

    /** Targets Spring WebFlux cannot parse (#5 fault F): their 400 is answered by {@code BareRefusalProblems}. */
    static Stream<Arguments> unparsableQueries() {
        String meters = "/api/metering/v1/accounts/1000000011/meters";
        return Stream.of(
                Arguments.of("brace in the query", meters + "?q={", meters),
                Arguments.of("bare percent in the query", meters + "?q=%", meters),
                Arguments.of("bad percent-escape in the query", meters + "?q=%zz", meters),
                Arguments.of("brace in a page's query", "/?q={}", "/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unparsableQueries")
    @DisplayName("#5: an address the gateway cannot parse is a 400 problem like its others: language, instance, trace")
    void anUnparsableAddressIsAProblemLikeTheGatewaysOthers(String what, String target, String path)
            throws IOException {
        String response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + ivanovasSession + "Connection: close\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);

        assertThat(head).as(response).startsWith("http/1.1 400");
        assertThat(head).as(response).contains("content-type: application/problem+json");
        assertThat(head).as(response).contains("\r\ncontent-language: en");
        assertThat(body).as(response).contains("\"type\":\"https://kabinet.dev/problems/malformed-request\"");
        assertThat(body).as(response).contains("\"detail\":\"The request could not be read");
        assertThat(body).as(response).contains("\"instance\":\"" + path + "\"");
        assertThat(body).as(response).containsPattern("\"traceId\":\"[0-9a-f]{32}\"");
    }

    /**
     * Netty refuses headers over the limit before it hands any of them on (the request it passes is a placeholder
     * with no headers), so the 431 cannot know the resident's language even when Accept-Language came first: it is
     * in Russian, the default, and says so (README, "Every refusal a problem").
     */
    @Test
    @DisplayName("#5: headers over the limit are a 431 in Russian, labelled as such, with a trace id")
    void headersTooLargeAreInRussianAndSaySo() throws IOException {
        String response = send("GET /api/metering/v1/me HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + big(20_000) + "Connection: close\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);

        assertThat(head).as(response).startsWith("http/1.1 431");
        assertThat(head).as(response).contains("\r\ncontent-language: ru");
        assertThat(body).as(response).contains("\"status\":431");
        assertThat(body).as(response).containsPattern("\"detail\":\"[А-Яа-яЁё]");
        assertThat(body).as(response).containsPattern("\"traceId\":\"[0-9a-f]{32}\"");
    }

    /**
     * Not every odd shape is the gateway's to refuse: square brackets in a query ({@code page[]=1}) are what browsers
     * send for arrays; in a logged-in session the request reaches the service, with her token, and the service judges
     * the parameter.
     */
    @Test
    void squareBracketsInTheQueryReachTheServiceInALoggedInSession() throws IOException, InterruptedException {
        String response =
                send("GET /api/metering/v1/accounts/1000000011/meters?page[]=1 HTTP/1.1\r\nHost: localhost\r\n"
                        + ivanovasSession + "Connection: close\r\n\r\n");
        assertThat(response).as(response).startsWith("HTTP/1.1 200");
        var received = UPSTREAM.take("/api/v1/");
        assertThat(received.uri()).startsWith("/api/v1/accounts/1000000011/meters?page");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + GatewayTestSupport.IVANOVA_TOKEN);
    }

    /** Methods the gateway never serves, logged in or not: 405 with the methods it does serve. */
    static Stream<Arguments> unservedMethods() {
        String account = "/api/metering/v1/accounts/1000000011/meters";
        return Stream.of(
                        "TRACE " + account,
                        "TRACE /",
                        "TRACK " + account,
                        "CONNECT " + account,
                        "CONNECT /",
                        "PROPFIND " + account,
                        "FOO " + account,
                        "get " + account)
                .flatMap(line -> Stream.of(Arguments.of(line, false), Arguments.of(line, true)));
    }

    @ParameterizedTest(name = "{0} (logged in: {1})")
    @MethodSource("unservedMethods")
    void aMethodTheGatewayNeverServesIs405WithAllow(String requestLine, boolean loggedIn)
            throws IOException, InterruptedException {
        String session = loggedIn ? ivanovasSession : "";
        String response =
                send(requestLine + " HTTP/1.1\r\nHost: localhost\r\n" + session + "Connection: close\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);

        assertThat(head).as(response).startsWith("http/1.1 405");
        assertThat(head).as(response).contains("\r\nallow: get, head, post, put, patch, delete, options");
        assertThat(head).as(response).contains("content-type: application/problem+json");
        assertThat(head).as(response).doesNotContain("\r\nserver:");
        assertThat(body).as(response).contains("\"type\":\"https://kabinet.dev/problems/method-not-allowed\"");
        assertThat(body).as(response).contains("\"status\":405");
        assertThat(body).as(response).containsPattern("\"detail\":\"[А-Яа-яЁё]");
        assertThat(body).as(response).doesNotContain("недопустимые символы");
        assertThat(UPSTREAM.nothingReceivedWithin(Duration.ofMillis(100))).isTrue();
    }

    /** A CONNECT naming a host (a proxy tunnel) is not an address of this gateway: 400, still as a problem. */
    @Test
    void aConnectTunnelRequestIsRefusedAsAProblem() throws IOException {
        String response = send("CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n" + ivanovasSession
                + "Connection: close\r\n\r\n");
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase();
        assertThat(head).as(response).matches("(?s)http/1\\.1 4\\d\\d.*");
        assertThat(head).as(response).contains("content-type: application/problem+json");
        assertThat(response).as(response).doesNotContain("example.org</");
    }

    /**
     * Test only: stores in the WebSession what the gateway stores after a finished Keycloak login (the security
     * context with Ivanova's OIDC user, and her authorized client with a valid access token), so a raw-socket test
     * can send requests in a real logged-in session.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestLogin {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        WebFilter testLogin(ServerOAuth2AuthorizedClientRepository authorizedClients) {
            return (exchange, chain) -> {
                if (!TEST_LOGIN.equals(exchange.getRequest().getPath().value())) {
                    return chain.filter(exchange);
                }
                Instant now = Instant.now();
                var idToken = OidcIdToken.withTokenValue("id-token-of-ivanova")
                        .subject("7d1c-ivanova")
                        .issuer(UPSTREAM.url() + "/idp")
                        .issuedAt(now)
                        .expiresAt(now.plus(Duration.ofHours(1)))
                        .claim("preferred_username", "ivanova")
                        .claim("name", "Анна Иванова")
                        .claim("accounts", List.of("1000000012", "1000000011"))
                        .build();
                var user = new DefaultOidcUser(
                        AuthorityUtils.createAuthorityList("OIDC_USER"), idToken, "preferred_username");
                var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak");
                var accessToken = new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER,
                        GatewayTestSupport.IVANOVA_TOKEN,
                        now,
                        now.plus(Duration.ofHours(1)));
                var client = new OAuth2AuthorizedClient(GatewayTestSupport.keycloak(), "ivanova", accessToken);
                exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
                return exchange.getSession()
                        .doOnNext(session -> session.getAttributes()
                                .put(
                                        WebSessionServerSecurityContextRepository
                                                .DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME,
                                        new SecurityContextImpl(authentication)))
                        .then(Mono.defer(
                                () -> authorizedClients.saveAuthorizedClient(client, authentication, exchange)))
                        // deferred: setComplete() commits the response as soon as it is called
                        .then(Mono.defer(() -> exchange.getResponse().setComplete()));
            };
        }
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
