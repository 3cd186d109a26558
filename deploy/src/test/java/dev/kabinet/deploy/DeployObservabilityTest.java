package dev.kabinet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * deploy/observability (docs/adr/0030): the alert rules pass {@code promtool check rules} and their unit tests
 * ({@code promtool test rules}); every Grafana dashboard is valid JSON whose every query parses as PromQL (promtool
 * checks them as recording rules); and alerts and dashboards name only metrics the apps export ({@code metrics.txt},
 * captured from running apps by {@code capture-metrics.sh}), which in turn holds every meter the services' code
 * declares. promtool is Debian's {@code prometheus} package, installed by ./kabinet test.
 */
@DisplayName("#12 alert rules and dashboards are checked by promtool and name only exported metrics")
class DeployObservabilityTest {

    static final Path OBSERVABILITY = Repository.ROOT.resolve("deploy/observability");
    static final Path RULES = OBSERVABILITY.resolve("alerts/kabinet.rules.yml");
    static final Path DASHBOARDS = OBSERVABILITY.resolve("dashboards");
    static final Yaml YAML = new Yaml(new SafeConstructor(new LoaderOptions()));

    /** PromQL words that are no metric: aggregations, functions, operators, modifiers. */
    static final Set<String> PROMQL = Set.of(
            "sum",
            "max",
            "min",
            "avg",
            "count",
            "rate",
            "irate",
            "increase",
            "deriv",
            "delta",
            "changes",
            "histogram_quantile",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "topk",
            "bottomk",
            "abs",
            "clamp_min",
            "clamp_max",
            "absent",
            "vector",
            "time",
            "max_over_time",
            "min_over_time",
            "avg_over_time",
            "inf",
            "nan");

    static String promtool(Path directory, String... arguments) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add("promtool");
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("promtool is missing: apt-get install prometheus (./kabinet test installs it)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("promtool %s:%n%s", arguments, output)
                .isZero();
        return output;
    }

    @Test
    @DisplayName("the alert rules pass promtool check rules and their unit tests")
    void alertRules() throws Exception {
        assertThat(promtool(OBSERVABILITY, "check", "rules", "alerts/kabinet.rules.yml"))
                .contains("SUCCESS");
        assertThat(promtool(OBSERVABILITY.resolve("alerts"), "test", "rules", "kabinet.rules.test.yml"))
                .contains("SUCCESS");
        assertThat(alerts().keySet())
                .as("the alerts the runbook explains")
                .contains(
                        "KabinetServiceDown",
                        "KabinetHighErrorRatio",
                        "KabinetSlowRequests",
                        "KabinetConsumerLagGrowing",
                        "KabinetDeadLetters",
                        "KabinetOutboxBacklog",
                        "KabinetPeriodCloseStalled",
                        "KabinetPaymentOutcomesUnknown");
        String runbook = Repository.read("docs/runbook.md");
        for (var alert : alerts().keySet()) {
            assertThat(runbook).as("the runbook's section on %s", alert).contains("#### " + alert);
        }
    }

    @Test
    @DisplayName("every dashboard is Grafana JSON whose every panel query parses as PromQL")
    void dashboardQueriesParse(@TempDir Path temp) throws Exception {
        var queries = dashboardQueries();
        assertThat(queries.keySet())
                .as("one overview per app and the business dashboard")
                .contains(
                        "kabinet-business.json",
                        "kabinet-gateway.json",
                        "kabinet-identity-service.json",
                        "kabinet-account-service.json",
                        "kabinet-metering-service.json",
                        "kabinet-billing-service.json",
                        "kabinet-payment-service.json",
                        "kabinet-notification-service.json");
        var rules = new ArrayList<Map<String, Object>>();
        queries.forEach((file, exprs) -> {
            assertThat(exprs).as("queries of %s", file).isNotEmpty();
            for (int i = 0; i < exprs.size(); i++) {
                var rule = new LinkedHashMap<String, Object>();
                rule.put("record", "dashboard:" + file.replace(".json", "").replace('-', '_') + ":" + i);
                rule.put("expr", exprs.get(i));
                rules.add(rule);
            }
        });
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(
                temp.resolve("dashboards.rules.yml"),
                new Yaml(options).dump(Map.of("groups", List.of(Map.of("name", "dashboards", "rules", rules)))));
        assertThat(promtool(temp, "check", "rules", "dashboards.rules.yml")).contains("SUCCESS");
    }

    @Test
    @DisplayName("alerts and dashboards name only metrics the apps export, and metrics.txt holds every declared meter")
    void onlyExportedMetrics() throws Exception {
        var exported = exportedMetrics();
        var used = new TreeMap<String, String>();
        alerts().forEach((alert, expr) -> metricNames(expr).forEach(name -> used.putIfAbsent(name, alert)));
        dashboardQueries()
                .forEach((file, exprs) ->
                        exprs.forEach(expr -> metricNames(expr).forEach(name -> used.putIfAbsent(name, file))));
        assertThat(used).isNotEmpty();
        var unknown = used.entrySet().stream()
                .filter(e -> !exported.contains(e.getKey()) && !SCRAPE_SERIES.contains(e.getKey()))
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .toList();
        assertThat(unknown)
                .as("metrics no app exports (deploy/observability/metrics.txt)")
                .isEmpty();

        var declared = declaredMeters();
        assertThat(declared).as("meters declared in the services' code").isNotEmpty();
        var stale = declared.stream()
                .filter(base -> exported.stream().noneMatch(name -> name.startsWith(base)))
                .toList();
        assertThat(stale)
                .as("meters missing from metrics.txt: run the apps and deploy/observability/capture-metrics.sh")
                .isEmpty();
    }

    /** What Prometheus itself writes for every target it scrapes. */
    static final Set<String> SCRAPE_SERIES = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

    /** alert name -> expression. */
    @SuppressWarnings("unchecked")
    static Map<String, String> alerts() throws IOException {
        Map<String, Object> file = YAML.load(Files.readString(RULES));
        var alerts = new TreeMap<String, String>();
        for (var group : (List<Map<String, Object>>) file.get("groups")) {
            for (var rule : (List<Map<String, Object>>) group.get("rules")) {
                alerts.put((String) rule.get("alert"), (String) rule.get("expr"));
            }
        }
        return alerts;
    }

    /** dashboard file -> its panels' queries, checking each panel's shape on the way. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> dashboardQueries() throws IOException {
        var queries = new TreeMap<String, List<String>>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString();
                // JSON is YAML: SnakeYAML reads it, and refuses what is not well-formed
                Map<String, Object> dashboard = YAML.load(Files.readString(file));
                assertThat(dashboard).as(name).containsKeys("uid", "title", "panels", "schemaVersion");
                var exprs = new ArrayList<String>();
                var ids = new TreeSet<Integer>();
                for (var panel : (List<Map<String, Object>>) dashboard.get("panels")) {
                    assertThat(panel)
                            .as("%s panel %s", name, panel.get("title"))
                            .containsKeys("gridPos", "type");
                    assertThat(ids.add((Integer) panel.get("id")))
                            .as("%s: panel ids unique", name)
                            .isTrue();
                    var targets = (List<Map<String, Object>>) panel.get("targets");
                    assertThat(targets)
                            .as("%s panel %s", name, panel.get("title"))
                            .isNotEmpty();
                    targets.forEach(t -> exprs.add((String) t.get("expr")));
                }
                queries.put(name, exprs);
            }
        }
        return queries;
    }

    static final Pattern BRACES = Pattern.compile("\\{[^}]*}");
    static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    static final Pattern GROUPING =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_:.])[A-Za-z_:][A-Za-z0-9_:]*");

    /** The metric names an expression selects (label matchers, ranges, grouping labels and functions left out). */
    static Set<String> metricNames(String expr) {
        String bare = GROUPING.matcher(
                        RANGES.matcher(BRACES.matcher(expr).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        return NAME.matcher(bare)
                .results()
                .map(m -> m.group())
                .filter(name -> !PROMQL.contains(name.toLowerCase()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> exportedMetrics() throws IOException {
        return Files.readAllLines(OBSERVABILITY.resolve("metrics.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static final Pattern DECLARED = Pattern.compile(
            "(Counter|Timer|Gauge|MultiGauge|DistributionSummary)\\.builder\\(\\s*\"(kabinet\\.[a-z0-9.]+)\""
                    + "|\\.(counter|gauge|timer)\\(\\s*\"(kabinet\\.[a-z0-9.]+)\"");

    /** The Prometheus base names of the kabinet.* meters declared in the apps' main code. */
    static Set<String> declaredMeters() throws IOException {
        var bases = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Repository.ROOT)) {
            for (Path file : files.filter(DeployObservabilityTest::mainJava).toList()) {
                var matcher = DECLARED.matcher(Files.readString(file));
                while (matcher.find()) {
                    String name = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
                    bases.add(name.replace('.', '_'));
                }
            }
        }
        return bases;
    }

    static boolean mainJava(Path file) {
        String path = Repository.ROOT.relativize(file).toString().replace('\\', '/');
        return path.endsWith(".java")
                && path.contains("/src/main/java/")
                && !path.contains("node_modules")
                && !path.startsWith(".kabinet");
    }
}
