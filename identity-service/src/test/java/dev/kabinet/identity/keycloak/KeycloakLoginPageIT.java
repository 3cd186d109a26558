package dev.kabinet.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The run's real Keycloak shows Kabinet's login page in Russian to a browser set to English, and in English when the
 * client asks for it ({@code ui_locales=en}) or the resident picks it on the page (then a cookie keeps the choice).
 * Needs a Keycloak started by {@code ./kabinet up} from this checkout (realm, theme and locale selector of
 * local-stack/keycloak).
 */
@DisplayName("ID-6 Keycloak login pages: Russian by default, English when chosen, Kabinet theme")
class KeycloakLoginPageIT {

    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\blang=\"([a-z]+)\"");
    private static final Pattern ENGLISH_SWITCH =
            Pattern.compile("\"(/realms/kabinet/login-actions/[^\"]*kc_locale=en)\"");

    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * The browser's cookies for Keycloak. Kept by hand: Keycloak marks them {@code Secure; SameSite=None}, which a
     * browser still sends to http://localhost (a secure context) but Java's {@code CookieManager} does not.
     */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    @Test
    void aBrowserSetToEnglishGetsTheRussianPage() throws Exception {
        var page = get(authorize(""), "en-US,en;q=0.9");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(lang(page.body())).isEqualTo("ru");
        assertThat(page.body()).contains("Вход в личный кабинет", "kabinet/css/kabinet.css");
    }

    @Test
    void theClientCanAskForEnglish() throws Exception {
        var page = get(authorize("&ui_locales=en"), "ru-RU");

        assertThat(lang(page.body())).isEqualTo("en");
        assertThat(page.body()).contains("Sign in to Kabinet");
    }

    @Test
    void theResidentPicksEnglishAndTheChoiceIsKept() throws Exception {
        var russian = get(authorize(""), "ru-RU");
        var matcher = ENGLISH_SWITCH.matcher(russian.body());
        assertThat(matcher.find()).as("the page offers English").isTrue();

        var english = get(URI.create(keycloak() + matcher.group(1).replace("&amp;", "&")), "ru-RU");
        assertThat(lang(english.body()))
                .as("status %d, cookies %s", english.statusCode(), cookies.keySet())
                .isEqualTo("en");

        var nextLogin = get(authorize(""), "ru-RU");
        assertThat(lang(nextLogin.body()))
                .as("the KEYCLOAK_LOCALE cookie keeps English")
                .isEqualTo("en");
    }

    private HttpResponse<String> get(URI uri, String acceptLanguage) throws Exception {
        var request = HttpRequest.newBuilder(uri).header("Accept-Language", acceptLanguage);
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")));
        }
        var response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private static URI authorize(String extra) {
        return URI.create(keycloak() + "/realms/kabinet/protocol/openid-connect/auth?client_id=kabinet-gateway"
                + "&response_type=code&scope=openid&state=s"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Flogin%2Foauth2%2Fcode%2Fkeycloak"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256" + extra);
    }

    private static String keycloak() {
        return TestServers.get().keycloakUrl();
    }

    private static String lang(String html) {
        var matcher = HTML_LANG.matcher(html);
        assertThat(matcher.find()).as("an HTML page").isTrue();
        return matcher.group(1);
    }
}
