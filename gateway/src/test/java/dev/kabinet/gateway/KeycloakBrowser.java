package dev.kabinet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser for the login ITs: one cookie jar for {@code localhost} (the gateways under test and Keycloak), no
 * automatic redirects, and the BFF login through Keycloak's form.
 *
 * <p>The realm only accepts the redirect URI {@link #REALM_REDIRECT}; a gateway under test runs on a random port but
 * asks for that redirect URI, and the browser carries the code to the gateway's real port.
 */
final class KeycloakBrowser {

    static final String REALM_REDIRECT = "http://localhost:8080/login/oauth2/code/keycloak";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final CookieJar cookies = new CookieJar();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * Logs in at the gateway at {@code gateway} (e.g. {@code http://localhost:41234}) with Keycloak's form and lands
     * on its home page: afterwards the jar holds the gateway's session cookie.
     */
    void logIn(String gateway, String username, String password) throws IOException, InterruptedException {
        var start = get(URI.create(gateway + "/oauth2/authorization/keycloak"));
        assertThat(start.statusCode()).isEqualTo(302);
        var loginPage = get(URI.create(start.headers().firstValue("Location").orElseThrow()));
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        var loggedIn = post(
                URI.create(loginFormAction(loginPage.body())),
                "username=" + encode(username) + "&password=" + encode(password) + "&credentialId=",
                "application/x-www-form-urlencoded",
                null);
        assertThat(loggedIn.statusCode()).as(loggedIn.body()).isEqualTo(302);
        URI callback = URI.create(loggedIn.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(REALM_REDIRECT + "?");
        var landed = get(URI.create(gateway + callback.getRawPath() + "?" + callback.getRawQuery()));
        assertThat(landed.headers().firstValue("Location"))
                .as("the login lands on the home page, not /?login=failed")
                .hasValue("/");
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri)
                        .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(URI uri, String body, String contentType, String csrf)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpCookie cookie(String name) {
        HttpCookie cookie = cookies.byName.get(name);
        if (cookie == null) {
            throw new AssertionError("no cookie " + name + " in " + cookies.byName.keySet());
        }
        return cookie;
    }

    static String loginFormAction(String html) {
        var form = LOGIN_FORM.matcher(html);
        assertThat(form.find()).as("Keycloak's login form").isTrue();
        var action = ACTION.matcher(form.group());
        assertThat(action.find()).isTrue();
        return action.group(1).replace("&amp;", "&");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A browser's cookie jar for one host ({@code localhost}): unlike {@link java.net.CookieManager} it sends
     * cookies marked {@code Secure} over http too, as browsers do for localhost (Keycloak marks its own so), and it
     * sends the gateway's cookie to every port of localhost, as browsers do (cookies do not isolate ports).
     */
    private static final class CookieJar extends CookieHandler {

        final Map<String, HttpCookie> byName = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (byName.isEmpty()) {
                return Map.of();
            }
            return Map.of(
                    "Cookie",
                    List.of(byName.values().stream()
                            .map(c -> c.getName() + "=" + c.getValue())
                            .collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String header : values) {
                        for (HttpCookie cookie : HttpCookie.parse(header)) {
                            if (cookie.getMaxAge() == 0) {
                                byName.remove(cookie.getName());
                            } else {
                                byName.put(cookie.getName(), cookie);
                            }
                        }
                    }
                }
            });
        }
    }
}
