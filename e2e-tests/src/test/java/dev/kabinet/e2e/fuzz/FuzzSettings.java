package dev.kabinet.e2e.fuzz;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fuzz pass's knobs: each a system property ({@code -Dkabinet.fuzz.requests=10000} on the Maven command line),
 * else an environment variable, else the default of the quick run in {@code ./kabinet test}.
 */
record FuzzSettings(
        int requests,
        long seed,
        Set<Integer> only,
        double ratePerSession,
        int sessionsPerResident,
        String dbHost,
        int dbPort,
        String dbUser,
        String dbPassword,
        Path openApiSnapshots) {

    /** The seed of the default run: the same 1,000 requests every time, so a red run is red again on replay. */
    static final long DEFAULT_SEED = 20_261_105L;

    static FuzzSettings fromEnvironment() {
        String seedText = setting("kabinet.fuzz.seed", "KABINET_FUZZ_SEED", Long.toString(DEFAULT_SEED));
        long seed = seedText.equalsIgnoreCase("random") ? System.nanoTime() : Long.parseLong(seedText);
        String onlyText = setting("kabinet.fuzz.only", "KABINET_FUZZ_ONLY", "");
        Set<Integer> only = onlyText.isBlank()
                ? Set.of()
                : Arrays.stream(onlyText.split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .map(s -> Integer.parseInt(s.replace("#", "")))
                        .collect(Collectors.toUnmodifiableSet());
        return new FuzzSettings(
                Integer.parseInt(setting("kabinet.fuzz.requests", "KABINET_FUZZ_REQUESTS", "1000")),
                seed,
                only,
                // the gateway refills 20 tokens a second per session: stay under it, so requests reach the services
                Double.parseDouble(setting("kabinet.fuzz.ratePerSession", "KABINET_FUZZ_RATE_PER_SESSION", "16")),
                Integer.parseInt(setting("kabinet.fuzz.sessionsPerResident", "KABINET_FUZZ_SESSIONS", "2")),
                setting("kabinet.fuzz.dbHost", "KABINET_DB_HOST", "127.0.0.1"),
                Integer.parseInt(setting("kabinet.fuzz.dbPort", "KABINET_DB_PORT", "5432")),
                setting("kabinet.fuzz.dbUser", "KABINET_FUZZ_DB_USER", "postgres"),
                setting("kabinet.fuzz.dbPassword", "KABINET_FUZZ_DB_PASSWORD", ""),
                Path.of(setting(
                        "kabinet.fuzz.openApiSnapshots", "KABINET_FUZZ_OPENAPI_SNAPSHOTS", "../web-client/openapi")));
    }

    /** How to run exactly this pass again, or only the given requests of it. */
    String replayCommand(String ids) {
        return "./mvnw -B -f e2e-tests/pom.xml verify -Pe2e -Dit.test=HostileInputFuzzIT -Dkabinet.fuzz.seed=" + seed
                + " -Dkabinet.fuzz.requests=" + requests + (ids == null ? "" : " -Dkabinet.fuzz.only=" + ids);
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
