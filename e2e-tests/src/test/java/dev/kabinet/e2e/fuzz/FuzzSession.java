package dev.kabinet.e2e.fuzz;

import dev.kabinet.e2e.support.Resident;
import dev.kabinet.e2e.support.Stack;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One browser session the fuzz sends through: the cookies a real login through Keycloak's form left (see
 * {@link Resident}), sent by {@link RawHttp} with the web client's headers, at a pace under the gateway's rate limit
 * for one session (it refills 20 a second), so the requests reach the services instead of a 429.
 */
final class FuzzSession {

    private final String name;
    private final String username;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final RawHttp http;
    private final long intervalNanos;
    private long nextSlot = System.nanoTime();
    private int cookieChanges;
    private String token = "";

    private FuzzSession(String name, String username, RawHttp http, double ratePerSecond) {
        this.name = name;
        this.username = username;
        this.http = http;
        this.intervalNanos = (long) (1_000_000_000L / ratePerSecond);
    }

    /** Logs {@code username} in through Keycloak's form and keeps the session's cookies (and its CSRF token). */
    static FuzzSession loggedIn(
            String name, String username, RawHttp http, double ratePerSecond, Consumer<Resident> atLogin) {
        var session = new FuzzSession(name, username, http, ratePerSecond);
        try (Resident resident = Resident.loggedIn(username)) {
            atLogin.accept(resident);
            // the token the web client echoes (Resident knows how the gateway hands it out), and the cookies it holds
            session.token = resident.csrfToken();
            session.cookies.put(
                    Resident.SESSION_COOKIE,
                    resident.cookie(Resident.SESSION_COOKIE)
                            .orElseThrow(() -> new AssertionError(
                                    "no " + Resident.SESSION_COOKIE + " cookie after the login of " + username)));
            resident.cookie(Resident.CSRF_COOKIE).ifPresent(value -> session.cookies.put(Resident.CSRF_COOKIE, value));
        }
        return session;
    }

    static FuzzSession anonymous(RawHttp http, double ratePerSecond) {
        return new FuzzSession("anonymous", "anonymous", http, ratePerSecond);
    }

    String name() {
        return name;
    }

    String username() {
        return username;
    }

    String csrfToken() {
        return token;
    }

    int cookieChanges() {
        return cookieChanges;
    }

    /** Sends the case as this session, waiting for its turn first; {@code otherToken} is another session's token. */
    RawHttp.Answer send(FuzzCase c, String otherToken) throws IOException {
        pace();
        Map<String, String> jar = new LinkedHashMap<>(cookies);
        List<RawHttp.Header> headers = new ArrayList<>();
        headers.add(new RawHttp.Header("Accept", "application/json, application/problem+json"));
        headers.add(new RawHttp.Header("X-Requested-With", "XMLHttpRequest"));
        headers.add(new RawHttp.Header("Accept-Language", "ru"));
        headers.add(new RawHttp.Header("User-Agent", "kabinet-e2e-fuzz"));
        headers.add(new RawHttp.Header("Origin", Stack.BASE_URL.toString().replaceAll("/$", "")));
        String token =
                switch (c.csrf()) {
                    case SESSION -> csrfToken();
                    case NONE -> null;
                    case WRONG -> "x" + Long.toHexString(c.id() * 0x9E3779B97F4A7C15L);
                    case OTHER_SESSION -> otherToken;
                    case PLANTED -> {
                        String planted = "planted-" + c.id();
                        jar.put(Resident.CSRF_COOKIE, planted);
                        yield planted;
                    }
                };
        if (token != null && !token.isEmpty()) {
            headers.add(new RawHttp.Header(Resident.CSRF_HEADER, token));
        }
        if (!jar.isEmpty()) {
            headers.add(new RawHttp.Header(
                    "Cookie",
                    jar.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; "))));
        }
        for (RawHttp.Header header : c.headers()) {
            headers.removeIf(h -> h.name().equalsIgnoreCase(header.name()) && isReplaceable(h.name()));
            headers.add(header);
        }
        RawHttp.Answer answer = http.exchange(c.method(), c.target(), headers, c.body());
        if (!username.equals("anonymous")) {
            RawHttp.cookiesFrom(answer).forEach((cookie, value) -> {
                if (cookies.containsKey(cookie) && !value.equals(cookies.get(cookie))) {
                    cookieChanges++;
                    if (value.isEmpty()) {
                        cookies.remove(cookie);
                    } else {
                        if (cookie.equals(Resident.CSRF_COOKIE) && this.token.equals(cookies.get(cookie))) {
                            this.token = value;
                        }
                        cookies.put(cookie, value);
                    }
                }
            });
        }
        return answer;
    }

    /** Whether the session still is one: {@code GET /bff/me} answers 200. */
    boolean stillLoggedIn() throws IOException {
        pace();
        List<RawHttp.Header> headers = new ArrayList<>();
        headers.add(new RawHttp.Header("Accept", "application/json"));
        headers.add(new RawHttp.Header("X-Requested-With", "XMLHttpRequest"));
        headers.add(new RawHttp.Header(
                "Cookie",
                cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "))));
        return http.exchange("GET", "/bff/me".getBytes(), headers, null).status() == 200;
    }

    private static boolean isReplaceable(String name) {
        return List.of("Accept", "Accept-Language", "Content-Type").stream().anyMatch(name::equalsIgnoreCase);
    }

    private void pace() {
        long now = System.nanoTime();
        long wait = nextSlot - now;
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        nextSlot = Math.max(now, nextSlot) + intervalNanos;
    }
}
