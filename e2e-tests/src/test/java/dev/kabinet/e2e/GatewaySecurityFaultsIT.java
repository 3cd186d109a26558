package dev.kabinet.e2e;

import static dev.kabinet.e2e.support.Json.items;
import static dev.kabinet.e2e.support.Json.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.e2e.support.MeterReadings;
import dev.kabinet.e2e.support.Reply;
import dev.kabinet.e2e.support.Resident;
import dev.kabinet.e2e.support.Stack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, "Security faults found at the gateway", each probe through the real gateway, Keycloak and services: a
 * planted CSRF pair, two login starts in one browser, internal addresses in answers, refusals without a problem body.
 */
@DisplayName("Issue 5 gateway faults: session-bound CSRF, two login starts, public addresses, every refusal a problem")
@TestInstance(Lifecycle.PER_CLASS)
class GatewaySecurityFaultsIT {

    private static final String ACCOUNT = "1000000011";
    private static final String READINGS = "/api/metering/v1/accounts/" + ACCOUNT + "/meters/101/readings";
    private static final String READINGS_LIST = "/api/metering/v1/accounts/" + ACCOUNT + "/readings";
    private static final String METERS = "/api/metering/v1/accounts/" + ACCOUNT + "/meters";

    private Resident ivanova;

    @BeforeAll
    void logIn() {
        ivanova = Resident.loggedIn("ivanova");
    }

    @AfterAll
    void closeBrowser() {
        if (ivanova != null) {
            ivanova.close();
        }
    }

    // ---- 1. CSRF token bound to the session ---------------------------------------------------------------------

    @Test
    @DisplayName("1. a planted XSRF-TOKEN cookie with the same value in X-XSRF-TOKEN is refused 403 csrf-rejected")
    void plantedCsrfPairIsRefused() throws Exception {
        List<String> before = readingIds();
        String body = MeterReadings.of(ivanova, ACCOUNT, "101").nextReadingBody(BigDecimal.ONE);
        String session = ivanova.cookie(Resident.SESSION_COOKIE).orElseThrow();

        HttpResponse<String> forged = raw(HttpRequest.newBuilder(Stack.resolve(READINGS))
                .header("Cookie", Resident.SESSION_COOKIE + "=" + session + "; " + Resident.CSRF_COOKIE + "=x")
                .header(Resident.CSRF_HEADER, "x")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Reply.JSON.readTree(forged.body()).path("type").asString())
                .isEqualTo(Stack.PROBLEM_TYPE_BASE + "csrf-rejected");
        assertThat(readingIds())
                .as("no reading was created by the forged write")
                .isEqualTo(before);
    }

    @Test
    @DisplayName("1. a planted _csrf form field does not log the resident out")
    void plantedLogoutFieldIsRefused() throws Exception {
        try (Resident petrov = Resident.loggedIn("petrov")) {
            String session = petrov.cookie(Resident.SESSION_COOKIE).orElseThrow();
            HttpResponse<String> forged = raw(HttpRequest.newBuilder(Stack.resolve("/logout"))
                    .header("Cookie", Resident.SESSION_COOKIE + "=" + session + "; " + Resident.CSRF_COOKIE + "=x")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=x")));

            assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
            petrov.get("/bff/me").expectStatus(200);
        }
    }

    @Test
    @DisplayName("1. #5 fault C: a form-encoded /api write with the session's token only as _csrf is 403 csrf-rejected,"
            + " not a 504 after the service waited for a body the gateway had read")
    void formEncodedApiWriteWithOnlyTheFormFieldIsRefused() throws Exception {
        String token = ivanova.csrfToken();
        HttpResponse<String> form = raw(HttpRequest.newBuilder(
                        Stack.resolve("/api/notification/v1/accounts/" + ACCOUNT + "/messages/read"))
                .header("Cookie", Resident.SESSION_COOKIE + "=" + session() + "; " + Resident.CSRF_COOKIE + "=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)));

        assertThat(form.statusCode()).as(form.body()).isEqualTo(403);
        assertThat(form.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(Reply.JSON.readTree(form.body()).path("type").asString())
                .isEqualTo(Stack.PROBLEM_TYPE_BASE + "csrf-rejected");
    }

    // ---- 1 and 3: the web client's write still works, and its Location is public -------------------------------

    @Test
    @DisplayName("1+3. the web client's write (token from the cookie) is created, and Location names the public path")
    void webClientWriteIsCreatedWithAPublicLocation() {
        String body = MeterReadings.of(ivanova, ACCOUNT, "101").nextReadingBody(new BigDecimal("0.3"));

        Reply created = ivanova.post(READINGS, body);

        created.expectStatus(201);
        String location = created.header("Location").orElseThrow(() -> new AssertionError(created.describe()));
        assertThat(location).as(created::describe).startsWith("/api/metering/v1/accounts/" + ACCOUNT + "/");
        // the services' own addresses: their host, their ports 8081..8086 and their internal /api/v1 paths
        assertThat(created.answer())
                .as(created::describe)
                .doesNotContain("127.0.0.1", "/api/v1/")
                .doesNotContainPattern(":808[1-6]\\b");
        ivanova.get(location).expectStatus(200);
    }

    // ---- 2. two login starts -----------------------------------------------------------------------------------

    @Test
    @DisplayName("2. two login starts in one browser: finishing the first, then the second, both succeed")
    void twoLoginStartsBothFinish() {
        try (Resident browser = Resident.anonymous()) {
            URI first = loginStart(browser);
            URI second = loginStart(browser);

            Reply landed = browser.fillInLoginForm(browser.navigate(first.toString()), "ivanova", Stack.DEMO_PASSWORD);
            assertThat(landed.uri().toString()).as(landed::describe).doesNotContain("login=failed");
            assertThat(landed.hops()).as(landed::describe).anyMatch(h -> h.contains("/login/oauth2/code/keycloak"));
            browser.get("/bff/me").expectStatus(200);

            Reply again = browser.navigate(second.toString());
            assertThat(again.uri().toString()).as(again::describe).doesNotContain("login=failed");
            assertThat(Stack.isGateway(again.uri())).as(again::describe).isTrue();
            browser.get("/bff/me").expectStatus(200);
        }
    }

    private static URI loginStart(Resident browser) {
        Reply start = browser.send(HttpRequest.newBuilder(Stack.resolve(Resident.LOGIN_START))
                .header("Accept", "text/html")
                .GET()
                .build());
        start.expectStatus(302);
        return URI.create(start.header("Location").orElseThrow());
    }

    // ---- 3. internal addresses ---------------------------------------------------------------------------------

    @Test
    @DisplayName("3. a problem's instance names the public path")
    void problemInstanceIsPublic() {
        String path = READINGS_LIST + "/" + UUID.randomUUID();

        JsonNode problem = ivanova.get(path).expectProblem(404, null);

        assertThat(text(problem, "instance")).isEqualTo(path);
    }

    @ParameterizedTest(name = "/api/{0}/v1/...")
    @ValueSource(strings = {"identity", "account", "metering", "billing", "payment", "notification"})
    @DisplayName("3. every service's refusals name the public path")
    void everyServicesProblemNamesThePublicPath(String service) {
        String path = "/api/" + service + "/v1/no-such-resource-" + UUID.randomUUID();

        Reply reply = ivanova.get(path);

        JsonNode problem = reply.expectProblem(reply.status(), null);
        assertThat(reply.status()).as(reply::describe).isGreaterThanOrEqualTo(400);
        assertThat(text(problem, "instance")).as(reply::describe).isEqualTo(path);
        assertThat(reply.answer()).as(reply::describe).doesNotContain("127.0.0.1", "/api/v1/");
    }

    // ---- 4. refusals without a problem body --------------------------------------------------------------------

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(
            strings = {
                "/api/metering/v1/accounts%2F1000000011/meters",
                "/api/metering/v1/accounts/1000000011%25/meters",
                "/api/metering/v1/accounts;x=1/meters",
                "/api/metering/v1/accounts/1000000011/meters?q={",
                "/?q={}"
            })
    @DisplayName("4. a smuggled address is refused 400 with a problem in Russian, anonymous or logged in")
    void smuggledAddressIsAProblem(String target) throws IOException {
        for (String cookie : new String[] {"", "Cookie: KABINET_SESSION=" + session() + "\r\n"}) {
            RawReply reply = rawSocket("GET " + target + " HTTP/1.1\r\n" + cookie);
            reply.expectRussianProblem(400);
        }
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(
            strings = {
                "/api/metering/v1/accounts/1000000011/meters?q={",
                "/api/metering/v1/accounts/1000000011/meters?q=%",
                "/api/metering/v1/accounts/1000000011/meters?q=%zz"
            })
    @DisplayName("4. #5 fault F: an unparsable query is a 400 problem with Content-Language, instance and traceId")
    void unparsableQueryIsACompleteProblem(String target) throws IOException {
        RawReply reply =
                rawSocket("GET " + target + " HTTP/1.1\r\nCookie: KABINET_SESSION=" + session() + "\r\n", "en");

        assertThat(reply.head()).as(reply.text()).startsWith("http/1.1 400");
        assertThat(reply.head()).as(reply.text()).contains("\r\ncontent-language: en");
        JsonNode problem = Reply.JSON.readTree(reply.body());
        assertThat(text(problem, "instance")).as(reply.text()).isEqualTo(target.substring(0, target.indexOf('?')));
        assertThat(text(problem, "traceId")).as(reply.text()).matches("[0-9a-f]{32}");
    }

    @Test
    @DisplayName("4. #5 fault F: a service's 404 for an unknown /api path carries Content-Language, instance and"
            + " traceId")
    void unknownApiPathIsACompleteProblem() throws Exception {
        String path = "/api/account/v1/nope";
        HttpResponse<String> reply = raw(HttpRequest.newBuilder(Stack.resolve(path))
                .header("Cookie", Resident.SESSION_COOKIE + "=" + session())
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", "en")
                .header("X-Requested-With", "XMLHttpRequest")
                .GET());

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(404);
        assertThat(reply.headers().firstValue("Content-Language")).hasValue("en");
        JsonNode problem = Reply.JSON.readTree(reply.body());
        assertThat(text(problem, "instance")).as(reply.body()).isEqualTo(path);
        assertThat(text(problem, "traceId")).as(reply.body()).matches("[0-9a-f]{32}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TRACE", "TRACK", "CONNECT", "PROPFIND", "get"})
    @DisplayName("4. a method the gateway never serves is refused 405 method-not-allowed with Allow, anonymous or"
            + " logged in")
    void unservedMethodIs405WithAllow(String method) throws IOException {
        for (String cookie : new String[] {"", "Cookie: KABINET_SESSION=" + session() + "\r\n"}) {
            RawReply reply = rawSocket(method + " " + METERS + " HTTP/1.1\r\n" + cookie);
            reply.expectRussianProblem(405);
            assertThat(reply.head())
                    .as(reply.text())
                    .contains("\r\nallow: get, head, post, put, patch, delete, options");
            assertThat(Reply.JSON.readTree(reply.body()).path("type").asString())
                    .as(reply.text())
                    .isEqualTo(Stack.PROBLEM_TYPE_BASE + "method-not-allowed");
        }
    }

    @Test
    @DisplayName("4. headers within the gateway's limit still fit the service once the token is relayed")
    void headersJustUnderTheGatewaysLimitReachTheService() throws IOException {
        // just under the gateway's 16 KB; the relayed bearer token adds a few KB on the way to the service
        RawReply reply = rawSocket("GET " + METERS + " HTTP/1.1\r\n"
                + "Cookie: KABINET_SESSION=" + session() + "\r\n"
                + "Accept: application/json\r\n"
                + "X-Padding: " + "p".repeat(15_900) + "\r\n");

        assertThat(reply.head()).as(reply.text()).startsWith("http/1.1 200");
        assertThat(reply.head()).as(reply.text()).contains("content-type: application/json");
        assertThat(reply.head()).as(reply.text()).doesNotContain("\r\nserver:");
    }

    @Test
    @DisplayName("4. headers over the gateway's limit are refused 431 with a problem in Russian")
    void headersOverTheGatewaysLimitAreAProblem() throws IOException {
        RawReply reply = rawSocket("GET " + METERS + " HTTP/1.1\r\n"
                + "Cookie: KABINET_SESSION=" + session() + "\r\n"
                + "X-Padding: " + "p".repeat(20_000) + "\r\n");

        reply.expectRussianProblem(431);
    }

    @Test
    @DisplayName("4. a request line over the gateway's limit is refused 414 with a problem in Russian")
    void requestLineTooLongIsAProblem() throws IOException {
        rawSocket("GET /api/metering/v1/" + "a".repeat(9_000) + " HTTP/1.1\r\n").expectRussianProblem(414);
    }

    // ---- support -----------------------------------------------------------------------------------------------

    private String session() {
        return ivanova.cookie(Resident.SESSION_COOKIE).orElseThrow();
    }

    private List<String> readingIds() {
        return items(ivanova.get(READINGS_LIST).expectJson(200)).stream()
                .map(r -> text(r, "id"))
                .toList();
    }

    /** A request with exactly the cookies given (no cookie jar: what an attacker's planted pair looks like). */
    private static HttpResponse<String> raw(HttpRequest.Builder request) throws IOException, InterruptedException {
        try (var client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return client.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** Bytes on a socket: an HTTP client would refuse to send most of these requests. */
    private static RawReply rawSocket(String requestLineAndHeaders) throws IOException {
        return rawSocket(requestLineAndHeaders, "ru");
    }

    /** Bytes on a socket, the page's language in Accept-Language. */
    private static RawReply rawSocket(String requestLineAndHeaders, String language) throws IOException {
        URI base = Stack.BASE_URL;
        int port = base.getPort() < 0 ? 80 : base.getPort();
        try (var socket = new Socket(base.getHost(), port)) {
            socket.setSoTimeout(30_000);
            String request = requestLineAndHeaders + "Host: " + base.getHost() + ":" + port + "\r\n"
                    + "Accept-Language: " + language + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            return new RawReply(out.toString(StandardCharsets.UTF_8));
        }
    }

    record RawReply(String text) {

        String head() {
            int end = text.indexOf("\r\n\r\n");
            return (end < 0 ? text : text.substring(0, end)).toLowerCase();
        }

        String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }

        void expectRussianProblem(int status) {
            assertThat(head()).as(text).startsWith("http/1.1 " + status);
            assertThat(head()).as(text).contains("content-type: application/problem+json");
            assertThat(head()).as(text).doesNotContain("\r\nserver:");
            JsonNode problem = Reply.JSON.readTree(body());
            assertThat(problem.path("type").asString()).as(text).startsWith(Stack.PROBLEM_TYPE_BASE);
            assertThat(problem.path("status").asInt()).as(text).isEqualTo(status);
            assertThat(problem.path("detail").asString()).as(text).containsPattern("[А-Яа-яЁё]");
            assertThat(body().toLowerCase()).as(text).doesNotContain("tomcat", "netty", "<html");
        }
    }
}
