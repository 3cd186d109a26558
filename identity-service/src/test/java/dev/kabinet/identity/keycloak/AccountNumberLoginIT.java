package dev.kabinet.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.TestServers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * ID-6 against the run's real Keycloak: the login page of realm kabinet takes an account number (as a resident types
 * it, with spaces and dashes) and the password of the one login linked to it (the {@code kabinet-username-password-form}
 * authenticator of local-stack/keycloak/extension, bound in the realm's browser flow, ADR 0033). The authorization-code
 * flow is walked as a browser walks it: the page, the form post, the redirect with a code. An unknown number, a number
 * two logins hold and a wrong password all get the usual "wrong login or password", and the page never shows the login
 * behind the number. Throwaway logins with account numbers of their own; needs a Keycloak started by {@code ./kabinet
 * up} from this checkout (realm, extension and theme of local-stack/keycloak).
 */
@DisplayName("ID-6 log in with the account number + password on Keycloak's page; ambiguous or unknown numbers refused")
class AccountNumberLoginIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final String PASSWORD =
            "Schet-2026-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String WRONG_LOGIN = "Неверный логин или пароль";

    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> userIds = new ArrayList<>();
    private String admin;

    @BeforeEach
    void adminToken() throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak() + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                                "password",
                                System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        admin = JSON.readTree(response.body()).get("access_token").asString();
    }

    @AfterEach
    void removeUsers() throws Exception {
        for (String id : userIds) {
            HTTP.send(
                    HttpRequest.newBuilder(URI.create(keycloak() + "/admin/realms/kabinet/users/" + id))
                            .header("Authorization", "Bearer " + admin)
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    @DisplayName("ID-6 the account number typed with spaces and a dash and the password log the resident in")
    void logsInWithTheAccountNumberAsTyped() throws Exception {
        String account = accountNumber();
        String username = user(List.of(accountNumber(), account));
        String typed = account.substring(0, 2) + " " + account.substring(2, 5) + "-" + account.substring(5);

        var answer = logIn(typed, PASSWORD);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow())
                .startsWith("http://localhost:8080/login/oauth2/code/keycloak")
                .contains("code=");
        assertThat(username).isNotBlank();
    }

    @Test
    @DisplayName("ID-6 a wrong password with the account number: the usual refusal, the login behind it is not shown")
    void aWrongPasswordDoesNotTellTheLogin() throws Exception {
        String account = accountNumber();
        String username = user(List.of(account));

        var answer = logIn(account, "Wrong-password-1");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(WRONG_LOGIN).doesNotContain(username);
    }

    @Test
    @DisplayName("ID-6 an account number two logins hold, and one nobody holds, are refused like an unknown login")
    void ambiguousAndUnknownNumbersAreRefusedAlike() throws Exception {
        String shared = accountNumber();
        String first = user(List.of(shared));
        String second = user(List.of(shared));

        var ambiguous = logIn(shared, PASSWORD);
        assertThat(ambiguous.statusCode()).isEqualTo(200);
        assertThat(ambiguous.body()).contains(WRONG_LOGIN).doesNotContain(first).doesNotContain(second);

        cookies.clear();
        var unknown = logIn(accountNumber(), PASSWORD);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains(WRONG_LOGIN);
    }

    @Test
    @DisplayName("ID-6 the username and the e-mail still log in as before")
    void usernameAndEmailStillWork() throws Exception {
        String username = user(List.of(accountNumber()));

        assertThat(logIn(username, PASSWORD).statusCode()).isEqualTo(302);
        cookies.clear();
        assertThat(logIn(username + "@kabinet.local", PASSWORD).statusCode()).isEqualTo(302);
    }

    @Test
    @DisplayName("ID-6 the page names all three identifiers and leads to the cabinet's recovery and registration pages")
    void thePageOffersRecoveryAndRegistration() throws Exception {
        var page = get(authorize());

        assertThat(page.body())
                .contains("Логин, e-mail или номер лицевого счёта")
                .contains("href=\"http://localhost:8080/recovery\"")
                .contains("href=\"http://localhost:8080/register\"")
                .contains("Забыли пароль?", "Регистрация");
    }

    /** The authorization-code flow's first two steps: the login page, then the form post. */
    private HttpResponse<String> logIn(String username, String password) throws Exception {
        var page = get(authorize());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        var action = FORM_ACTION.matcher(page.body());
        assertThat(action.find()).as("the login form").isTrue();
        var request = HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", username, "password", password, "credentialId", ""))));
        return send(request);
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
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

    /** A throwaway login holding {@code accounts}; returns its username. */
    private String user(List<String> accounts) throws Exception {
        String username = "it-acc-login-" + UUID.randomUUID().toString().substring(0, 8);
        var created = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak() + "/admin/realms/kabinet/users"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                                "username",
                                username,
                                "email",
                                username + "@kabinet.local",
                                "firstName",
                                "Тест",
                                "lastName",
                                "Счёт",
                                "enabled",
                                true,
                                "emailVerified",
                                true,
                                "attributes",
                                Map.of("accounts", accounts, "locale", List.of("ru")),
                                "credentials",
                                List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        userIds.add(location.substring(location.lastIndexOf('/') + 1));
        return username;
    }

    /** 10 digits starting with 97: no demo account has such a number. */
    private static String accountNumber() {
        return "97" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private static URI authorize() {
        return URI.create(keycloak() + "/realms/kabinet/protocol/openid-connect/auth?client_id=kabinet-gateway"
                + "&response_type=code&scope=openid&state=s"
                + "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Flogin%2Foauth2%2Fcode%2Fkeycloak"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");
    }

    private static String keycloak() {
        return TestServers.get().keycloakUrl();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
