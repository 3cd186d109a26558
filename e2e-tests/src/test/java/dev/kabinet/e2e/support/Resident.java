package dev.kabinet.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A resident's browser, reduced to what the journeys need: a cookie jar and the two kinds of request a browser makes.
 * <ul>
 *   <li>{@link #navigate} — a page load: follows redirects, sends no XHR headers (Keycloak's pages, login, logout);
 *   <li>{@link #get} / {@link #post} — the web client's {@code fetch}: JSON, {@code X-Requested-With}, no redirects
 *       followed, the CSRF token echoed from the {@code XSRF-TOKEN} cookie into {@code X-XSRF-TOKEN} on writes.
 * </ul>
 * It logs in exactly as a person does — through the gateway's {@code /oauth2/authorization/keycloak} and Keycloak's
 * login form — and holds nothing but cookies: never a token.
 */
public final class Resident implements AutoCloseable {

    public static final String SESSION_COOKIE = "KABINET_SESSION";
    public static final String CSRF_COOKIE = "XSRF-TOKEN";
    public static final String CSRF_HEADER = "X-XSRF-TOKEN";
    public static final String LOGIN_START = "/oauth2/authorization/keycloak";

    private static final int MAX_REDIRECTS = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final CookieManager cookies = new LoopbackIsSecureCookieManager();
    private final HttpClient http;
    private String username;

    private Resident() {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
    }

    /** A browser nobody has logged in with. */
    public static Resident anonymous() {
        return new Resident();
    }

    /** A browser in which the demo user has just logged in with the demo password. */
    public static Resident loggedIn(String username) {
        var resident = new Resident();
        resident.logIn(username, Stack.DEMO_PASSWORD);
        return resident;
    }

    /** The login of whoever logged in last in this browser, or null. */
    public String username() {
        return username;
    }

    // ---- login / logout ---------------------------------------------------------------------------------------

    /**
     * Logs in like a browser: the gateway sends us to Keycloak, we fill in its login form, Keycloak sends us back
     * through {@code /login/oauth2/code/keycloak} and the gateway keeps the tokens in its session. Returns the page
     * the gateway finally served.
     */
    public Reply logIn(String username, String password) {
        Reply landed = fillInLoginForm(navigate(LOGIN_START), username, password);
        if (!Stack.isGateway(landed.uri())) {
            fail(
                    "Login of '%s' did not come back to the gateway %s; Keycloak says: %s%n%s",
                    username, Stack.BASE_URL, keycloakMessage(landed), landed.describe());
        }
        assertThat(landed.hops())
                .as(() -> "the way back to the gateway passes its OAuth2 callback\n" + landed.describe())
                .anyMatch(hop -> hop.contains("/login/oauth2/code/keycloak"));
        assertThat(cookie(SESSION_COOKIE))
                .as(() -> "session cookie " + SESSION_COOKIE + " after login; cookies held: " + cookieNames() + "\n"
                        + landed.describe())
                .isPresent();
        this.username = username;
        return landed;
    }

    /**
     * Logs out as the web client does: {@code POST /logout} with the CSRF token, then follows the redirects (through
     * Keycloak's end-session endpoint, back to the gateway).
     */
    public Reply logOut() {
        String token = csrfToken();
        var request = navigation(Stack.resolve("/logout"))
                .header(CSRF_HEADER, token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.noBody())
                .build();
        return follow(request);
    }

    /**
     * Fills in and submits Keycloak's login form shown on {@code loginPage}, then follows the redirects wherever they
     * lead (after a successful login: back to the gateway; after a refusal: Keycloak's form again, with its message).
     */
    public Reply fillInLoginForm(Reply loginPage, String username, String password) {
        Element form = loginForm(loginPage)
                .orElseThrow(() -> new AssertionError(
                        "Expected Keycloak's login form (form#kc-form-login)\n" + loginPage.describe()));
        return submit(form, Map.of("username", username, "password", password));
    }

    /** The message Keycloak shows on a page (a refused login ...), or a note that there is none. */
    public static String keycloakMessage(Reply page) {
        if (!page.contentType().contains("html")) {
            return "(not an HTML page)";
        }
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element message = document.selectFirst(
                "#input-error, #input-error-username, .kc-feedback-text, .pf-m-danger, .alert-error, .pf-c-alert__title");
        return message != null ? message.text() : "(no message; page title: " + document.title() + ")";
    }

    /** Keycloak's login form on the page, if the page is one. */
    public static Optional<Element> loginForm(Reply page) {
        if (!page.contentType().contains("html")) {
            return Optional.empty();
        }
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        return Optional.ofNullable(document.selectFirst("form#kc-form-login"));
    }

    // ---- what the web client does -----------------------------------------------------------------------------

    /** {@code GET} as the web client's {@code fetch}. */
    public Reply get(String path) {
        return send(api(path).GET().build());
    }

    /** {@code POST} of a JSON body as the web client's {@code fetch}, with the CSRF token. */
    public Reply post(String path, String json) {
        return postWithCsrfToken(path, json, csrfToken());
    }

    /** {@code POST} of a JSON body that echoes the given token (or none, when null) in {@code X-XSRF-TOKEN}. */
    public Reply postWithCsrfToken(String path, String json, String token) {
        var request = api(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
        if (token != null) {
            request.header(CSRF_HEADER, token);
        }
        return send(request.build());
    }

    /**
     * Any write ({@code PUT}, {@code DELETE}, ...) as the web client's {@code fetch}, with the CSRF token; a JSON body
     * unless {@code json} is null.
     */
    public Reply write(String method, String path, String json) {
        return write(method, path, json, java.util.Map.of());
    }

    /** {@link #write(String, String, String)} with more request headers (e.g. {@code Idempotency-Key}). */
    public Reply write(String method, String path, String json, java.util.Map<String, String> headers) {
        var request = api(path).header(CSRF_HEADER, csrfToken());
        headers.forEach(request::header);
        if (json == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    /** {@code POST} of a JSON body without the CSRF header, as a forged cross-site request would arrive. */
    public Reply postWithoutCsrfToken(String path, String json) {
        return postWithCsrfToken(path, json, null);
    }

    /**
     * The CSRF token the web client would echo: the gateway sets (and after login, renews) the {@code XSRF-TOKEN}
     * cookie on a {@code GET}, so this makes one first.
     */
    public String csrfToken() {
        get("/bff/me");
        Optional<String> token = cookie(CSRF_COOKIE);
        if (token.isEmpty()) {
            navigate("/");
            token = cookie(CSRF_COOKIE);
        }
        return token.orElseThrow(() -> new AssertionError("The gateway set no " + CSRF_COOKIE
                + " cookie after GET /bff/me and GET /; cookies held: " + cookieNames()));
    }

    // ---- what the browser does --------------------------------------------------------------------------------

    /** A page load of a gateway path or any absolute URL, following redirects like a browser. */
    public Reply navigate(String pathOrUrl) {
        return follow(navigation(Stack.resolve(pathOrUrl)).GET().build());
    }

    /** Sends a request built by the caller (no redirects followed). */
    public Reply send(HttpRequest request) {
        return new Reply(exchange(request), List.of());
    }

    /** A request builder for the web client's {@code fetch} of a gateway path. */
    public HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(Stack.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Accept-Language", "ru");
    }

    /** A cookie this browser would send to the gateway. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(Stack.BASE_URL).stream()
                .filter(c -> c.getName().equals(name) && !c.hasExpired())
                .map(HttpCookie::getValue)
                .findFirst();
    }

    @Override
    public void close() {
        http.close();
    }

    // ---- internals --------------------------------------------------------------------------------------------

    private Reply submit(Element form, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type").toLowerCase();
            if (!type.equals("submit")
                    && !type.equals("button")
                    && !(type.equals("checkbox") && !input.hasAttr("checked"))) {
                fields.put(input.attr("name"), input.val());
            }
        }
        fields.putAll(values);
        String action = form.absUrl("action");
        if (action.isEmpty()) {
            fail("Keycloak's login form has no action: %s", form.outerHtml());
        }
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = navigation(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(body))
                .build();
        return follow(request);
    }

    private Reply follow(HttpRequest first) {
        List<String> hops = new ArrayList<>();
        HttpRequest request = first;
        for (int i = 0; ; i++) {
            HttpResponse<String> response = exchange(request);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (!REDIRECTS.contains(status) || location.isEmpty()) {
                return new Reply(response, hops);
            }
            URI next = request.uri().resolve(URI.create(location.get().trim()));
            hops.add(request.method() + " " + request.uri() + " -> " + status + " " + next);
            if (i >= MAX_REDIRECTS) {
                fail("More than %d redirects:%n%s", MAX_REDIRECTS, String.join("\n", hops));
            }
            request = status == 307 || status == 308
                    ? HttpRequest.newBuilder(request, (name, value) -> true)
                            .uri(next)
                            .build()
                    : navigation(next).GET().build();
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(
                    "No answer to " + request.method() + " " + request.uri() + ": " + e
                            + " — is the stack up? (./kabinet up; ./kabinet status)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while calling " + request.uri(), e);
        }
    }

    private static HttpRequest.Builder navigation(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "ru,en;q=0.8")
                .header("User-Agent", "kabinet-e2e (JDK HttpClient)");
    }

    private String cookieNames() {
        return cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "@" + c.getDomain() + c.getPath())
                .toList()
                .toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Browsers treat {@code http://localhost} as a secure context and send it {@code Secure} cookies; the JDK's
     * cookie manager would not. This one does, so Keycloak's session cookies survive on the plain-HTTP local stack.
     */
    private static final class LoopbackIsSecureCookieManager extends CookieManager {

        LoopbackIsSecureCookieManager() {
            super(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return super.get(asSecureIfLoopback(uri), requestHeaders);
        }

        private static URI asSecureIfLoopback(URI uri) {
            String host = uri.getHost();
            boolean loopback = host != null
                    && (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]"));
            if (!loopback || !"http".equalsIgnoreCase(uri.getScheme())) {
                return uri;
            }
            return URI.create("https" + uri.toString().substring(uri.getScheme().length()));
        }
    }
}
