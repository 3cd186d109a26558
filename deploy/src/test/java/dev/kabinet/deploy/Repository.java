package dev.kabinet.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the launcher's shell files say about the suite, read as text: the table of parts (local-stack/bin/parts.sh),
 * the settings every app gets (apps.sh, export_stack_env), the servers' versions (common.sh) and the project's
 * version (the root pom).
 */
final class Repository {

    static final Path ROOT = findRoot();

    /** One row of PARTS_TABLE. */
    record Part(String name, String kind, int stage, int port, Map<String, Integer> extra, String health) {

        /** A deployed app: a service or the gateway (in the Helm chart). */
        boolean isApp() {
            return kind.equals("service") || kind.equals("gateway");
        }

        /** Dev and test only (the demo back office): started like the apps, never deployed. */
        boolean isDemo() {
            return kind.equals("demo");
        }

        /** identity-service -> identity (its database kabinet_identity, its KABINET_IDENTITY_URL) */
        String serviceName() {
            return name.replaceFirst("-service$", "");
        }

        /** The main port and every extra one. */
        Set<Integer> ports() {
            var all = new LinkedHashSet<Integer>();
            all.add(port);
            all.addAll(extra.values());
            return all;
        }
    }

    private Repository() {}

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("local-stack/bin/parts.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "local-stack/bin/parts.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static String read(String relative) {
        try {
            return Files.readString(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts in table order; $PG_PORT is PostgreSQL's default port, as the launcher's KABINET_DB_PORT default. */
    static List<Part> parts() {
        String sh = read("local-stack/bin/parts.sh");
        Matcher table = Pattern.compile("(?s)PARTS_TABLE=\"(.*?)\"").matcher(sh);
        if (!table.find()) {
            throw new IllegalStateException("no PARTS_TABLE in local-stack/bin/parts.sh");
        }
        String pgPort = variableDefault(sh, "PG_PORT", "KABINET_DB_PORT");
        var parts = new ArrayList<Part>();
        for (String line : table.group(1).split("\n")) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] f = row.replace("$PG_PORT", pgPort).split("\\s+");
            if (f.length != 8) {
                throw new IllegalStateException("parts.sh row with " + f.length + " columns: " + row);
            }
            var extra = new LinkedHashMap<String, Integer>();
            if (!f[4].equals("-")) {
                for (String entry : f[4].split(",")) {
                    String[] labelPort = entry.split(":");
                    extra.put(labelPort[0], Integer.parseInt(labelPort[1]));
                }
            }
            parts.add(new Part(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), extra, f[7]));
        }
        return parts;
    }

    static List<Part> apps() {
        return parts().stream().filter(Part::isApp).toList();
    }

    static List<Part> demos() {
        return parts().stream().filter(Part::isDemo).toList();
    }

    static List<Part> services() {
        return parts().stream().filter(p -> p.kind().equals("service")).toList();
    }

    /** PG_PORT=${KABINET_DB_PORT:-5432} -> 5432 */
    private static String variableDefault(String sh, String variable, String env) {
        Matcher m = Pattern.compile(variable + "=\\$\\{" + env + ":-([^}]+)}").matcher(sh);
        if (!m.find()) {
            throw new IllegalStateException("no " + variable + " default in local-stack/bin/parts.sh");
        }
        return m.group(1);
    }

    /**
     * The KABINET_* variables ./kabinet gives every app (export_stack_env in apps.sh): the fixed ones and, per service,
     * KABINET_<SVC>_URL.
     */
    static Set<String> appEnvironment() {
        String sh = read("local-stack/bin/apps.sh");
        Matcher body = Pattern.compile("(?s)export_stack_env\\(\\) \\{(.*?)\n}").matcher(sh);
        if (!body.find()) {
            throw new IllegalStateException("no export_stack_env() in local-stack/bin/apps.sh");
        }
        var names = new LinkedHashSet<String>();
        Matcher m = Pattern.compile("\\b(KABINET_[A-Z_]+)=").matcher(body.group(1));
        while (m.find()) {
            names.add(m.group(1));
        }
        if (!body.group(1).contains("KABINET_${svc^^}_URL")) {
            throw new IllegalStateException("export_stack_env no longer exports KABINET_${svc^^}_URL");
        }
        services().forEach(s -> names.add("KABINET_" + s.serviceName().toUpperCase() + "_URL"));
        return names;
    }

    /** KAFKA_VERSION=4.4.0 in common.sh */
    static String version(String variable) {
        Matcher m = Pattern.compile("(?m)^" + variable + "=([^\\s]+)$").matcher(read("local-stack/bin/common.sh"));
        if (!m.find()) {
            throw new IllegalStateException("no " + variable + " in local-stack/bin/common.sh");
        }
        return m.group(1);
    }

    /** The root pom's own version, the images' tag. */
    static String projectVersion() {
        Matcher m = Pattern.compile("(?s)<artifactId>kabinet</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read("pom.xml"));
        if (!m.find()) {
            throw new IllegalStateException("no project version in pom.xml");
        }
        return m.group(1);
    }
}
