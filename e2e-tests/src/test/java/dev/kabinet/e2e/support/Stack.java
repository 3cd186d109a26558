package dev.kabinet.e2e.support;

import java.net.URI;
import java.time.Duration;

/**
 * Where the running stack is. Each setting is read from a system property, then an environment variable, then falls
 * back to the local stack of {@code ./kabinet up}.
 */
public final class Stack {

    /** The gateway: the only door a resident's browser knocks on. */
    public static final URI BASE_URL = uri("kabinet.baseUrl", "KABINET_BASE_URL", "http://localhost:8080");

    /** GreenMail's REST API, where the e-mails sent to residents land. */
    public static final URI GREENMAIL_API =
            uri("kabinet.greenmailApi", "KABINET_GREENMAIL_API", "http://127.0.0.1:8025");

    /** How long an asynchronous step (Kafka -> billing -> notification -> SMTP) may take. */
    public static final Duration ASYNC_TIMEOUT =
            Duration.ofSeconds(Long.parseLong(setting("kabinet.asyncTimeoutSeconds", "KABINET_ASYNC_TIMEOUT", "30")));

    /** Every demo user's password (local-stack/keycloak/realm-kabinet.json). */
    public static final String DEMO_PASSWORD = setting("kabinet.demoPassword", "KABINET_DEMO_PASSWORD", "Kabinet-2026");

    public static final String PROBLEM_TYPE_BASE = "https://kabinet.dev/problems/";

    private Stack() {}

    public static URI resolve(String pathOrUrl) {
        return BASE_URL.resolve(pathOrUrl);
    }

    public static boolean isGateway(URI uri) {
        return BASE_URL.getHost().equalsIgnoreCase(uri.getHost()) && port(BASE_URL) == port(uri);
    }

    static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI uri(String property, String env, String fallback) {
        String value = setting(property, env, fallback);
        return URI.create(value.endsWith("/") ? value : value + "/");
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
