package dev.kabinet.e2e.fuzz;

import dev.kabinet.e2e.fuzz.Judge.Outcome;
import dev.kabinet.e2e.fuzz.Judge.Violation;
import dev.kabinet.e2e.support.Reply;
import dev.kabinet.e2e.support.Stack;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The summary the fuzz prints: what was sent where, what came back, and every violation with how to replay it. */
final class FuzzReport {

    private static final int EXAMPLES_PER_GROUP = 3;

    private FuzzReport() {}

    static String summary(
            FuzzSettings settings,
            ApiCatalog catalog,
            List<Outcome> outcomes,
            long millis,
            List<String> databaseDifferences,
            Map<String, String> sessionNotes) {
        var out = new StringBuilder();
        out.append("\n==================== Hostile input on every endpoint (issue 5) ====================\n");
        out.append(String.format(
                "seed %d, %d requests in %.1f s; replay: %s%n",
                settings.seed(), outcomes.size(), millis / 1000.0, settings.replayCommand(null)));
        out.append("OpenAPI: ");
        out.append(catalog.sources().stream()
                .map(s -> s.service() + " " + s.operations() + " ops from " + s.origin())
                .collect(Collectors.joining("; ")));
        out.append("\n\n");

        // per operation
        Map<String, List<Outcome>> byOperation = new TreeMap<>();
        outcomes.forEach(o -> byOperation
                .computeIfAbsent(o.fuzzCase().operation().key(), k -> new ArrayList<>())
                .add(o));
        out.append(String.format(
                "%-78s %5s %7s %5s %5s %5s %5s %5s %5s %5s%n",
                "operation", "sent", "reached", "2xx", "400", "403", "404", "4xx", "429", "5xx"));
        for (var e : byOperation.entrySet()) {
            out.append(row(e.getKey(), e.getValue()));
        }
        out.append(row("total", outcomes));

        // per service
        out.append("\nreached the service (answer carries the service's X-Trace-Id) per service: ");
        Map<String, List<Outcome>> byService = new TreeMap<>();
        outcomes.forEach(o -> byService
                .computeIfAbsent(o.fuzzCase().service(), k -> new ArrayList<>())
                .add(o));
        out.append(byService.entrySet().stream()
                .map(e -> e.getKey() + " "
                        + e.getValue().stream().filter(Outcome::reachedService).count() + "/"
                        + e.getValue().size())
                .collect(Collectors.joining(", ")));
        out.append("\n");

        // status counts
        Map<String, Long> statuses = outcomes.stream()
                .collect(Collectors.groupingBy(Outcome::statusText, TreeMap::new, Collectors.counting()));
        out.append("statuses: ").append(statuses).append("\n");
        sessionNotes.forEach((session, note) ->
                out.append("session ").append(session).append(": ").append(note).append("\n"));

        // per category (kind of hostility)
        out.append("\nby kind of hostility (sent / violations):\n");
        Map<String, List<Outcome>> byKind = new TreeMap<>();
        outcomes.forEach(o -> byKind.computeIfAbsent(kind(o.fuzzCase().category()), k -> new ArrayList<>())
                .add(o));
        byKind.forEach((kind, list) -> out.append(String.format(
                "  %-34s %5d / %d%n",
                kind,
                list.size(),
                list.stream().filter(o -> !o.violations().isEmpty()).count())));

        // violations
        List<Outcome> failing =
                outcomes.stream().filter(o -> !o.violations().isEmpty()).toList();
        long newFindings = failing.stream()
                .filter(o -> o.violations().stream().anyMatch(v -> v.knownOpen() == null))
                .count();
        out.append(String.format(
                "%nVIOLATIONS: %d requests broke a rule; %d of them in no category issue 5 already names%n",
                failing.size(), newFindings));
        out.append(groups("NEW (not named by issue 5)", outcomes, v -> v.knownOpen() == null, settings));
        out.append(groups("KNOWN-OPEN (issue 5, fixed in parallel)", outcomes, v -> v.knownOpen() != null, settings));

        long acceptedWrites = outcomes.stream()
                .filter(o ->
                        o.fuzzCase().mustRefuse() && o.fuzzCase().operation().isWrite())
                .filter(o -> o.answer() != null
                        && o.answer().status() < 300
                        && o.answer().status() >= 200)
                .count();
        out.append("\nDATABASES: ");
        if (databaseDifferences.isEmpty()) {
            out.append("no row of any table changed (excluded: ")
                    .append(DatabaseSnapshot.EXCLUDED.keySet())
                    .append("; columns a background job updates: ")
                    .append(DatabaseSnapshot.BACKGROUND_COLUMNS)
                    .append(")\n");
        } else {
            out.append(databaseDifferences.size())
                    .append(" tables changed; the fuzz itself was answered 2xx to ")
                    .append(acceptedWrites)
                    .append(" writes. The stack is shared: if no fuzz write was accepted and the rows look like another"
                            + " journey's (a reading one unit above the last), run again before concluding:\n");
            databaseDifferences.forEach(d -> out.append("  ").append(d).append("\n"));
        }
        out.append("==================================================================================\n");
        return out.toString();
    }

    /** Violations grouped by rule (and known-open label), a few replayable examples each. */
    static String groups(String title, List<Outcome> outcomes, Predicate<Violation> which, FuzzSettings settings) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            o.violations().stream()
                    .filter(which)
                    .map(v -> v.rule() + (v.knownOpen() == null ? "" : " — " + v.knownOpen()))
                    .distinct()
                    .forEach(group -> groups.computeIfAbsent(group, k -> new ArrayList<>())
                            .add(o));
        }
        if (groups.isEmpty()) {
            return "\n" + title + ": none\n";
        }
        var out = new StringBuilder("\n" + title + ":\n");
        groups.entrySet().stream()
                .sorted(Map.Entry.<String, List<Outcome>>comparingByValue((a, b) -> b.size() - a.size()))
                .forEach(e -> {
                    List<Outcome> list = e.getValue();
                    Map<String, Long> kinds = list.stream()
                            .collect(Collectors.groupingBy(
                                    o -> kind(o.fuzzCase().category()), TreeMap::new, Collectors.counting()));
                    out.append(String.format("  [%s] %d requests; kinds %s%n", e.getKey(), list.size(), kinds));
                    Map<String, Long> answers = list.stream()
                            .collect(Collectors.groupingBy(FuzzReport::signature, TreeMap::new, Collectors.counting()));
                    out.append("    answers: ").append(answers).append("\n");
                    String ids = list.stream()
                            .map(o -> Integer.toString(o.fuzzCase().id()))
                            .limit(40)
                            .collect(Collectors.joining(","));
                    out.append("    replay: ")
                            .append(settings.replayCommand(ids))
                            .append("\n");
                    // the examples: of different kinds first
                    Map<String, Outcome> firstOfKind = new LinkedHashMap<>();
                    list.forEach(o -> firstOfKind.putIfAbsent(kind(o.fuzzCase().category()), o));
                    firstOfKind.values().stream()
                            .limit(EXAMPLES_PER_GROUP)
                            .forEach(o -> out.append(example(o, e.getKey())));
                });
        return out.toString();
    }

    static String example(Outcome o, String group) {
        FuzzCase c = o.fuzzCase();
        var out = new StringBuilder();
        out.append("    ").append(c).append(" (session ").append(o.session()).append(")\n");
        out.append("      ").append(c.curl()).append("\n");
        if (o.answer() == null) {
            out.append("      -> ").append(o.error()).append("\n");
        } else {
            out.append("      -> ").append(o.answer().statusLine()).append("; ");
            out.append(o.answer().headers().stream()
                    .filter(h -> !h.name().equalsIgnoreCase("Set-Cookie"))
                    .map(h -> h.name() + ": " + FuzzCase.printable(h.value(), 80))
                    .collect(Collectors.joining("; ")));
            out.append("\n      body: ")
                    .append(FuzzCase.printable(new String(o.answer().body(), StandardCharsets.UTF_8), 500))
                    .append("\n");
        }
        o.violations().stream().filter(v -> group.startsWith(v.rule())).forEach(v -> out.append("      broke ")
                .append(v.rule())
                .append(": ")
                .append(v.detail())
                .append("\n"));
        return out.toString();
    }

    /** One line per request, tab-separated, for grep and spreadsheets: id, session, kind, request, answer, rules. */
    static String table(List<Outcome> outcomes) {
        var out = new StringBuilder("id\tsession\tcategory\tmethod\ttarget\tstatus\tanswer\ttrace\tviolations\n");
        for (Outcome o : outcomes) {
            FuzzCase c = o.fuzzCase();
            out.append(c.id())
                    .append('\t')
                    .append(o.session())
                    .append('\t')
                    .append(c.category())
                    .append('\t')
                    .append(c.method())
                    .append('\t')
                    .append(FuzzCase.printable(new String(c.target(), StandardCharsets.UTF_8), 200)
                            .replace('\t', ' '))
                    .append('\t')
                    .append(o.statusText())
                    .append('\t')
                    .append(signature(o))
                    .append('\t')
                    .append(
                            o.answer() == null
                                    ? ""
                                    : o.answer().header("X-Trace-Id").orElse(""))
                    .append('\t')
                    .append(o.violations().stream()
                            .map(Violation::rule)
                            .distinct()
                            .collect(Collectors.joining(",")))
                    .append('\n');
        }
        return out.toString();
    }

    /** Who answered what, in short: {@code 400 empty body (gateway)}, {@code 400 text/html 435 B (service's server)}. */
    static String signature(Outcome o) {
        if (o.answer() == null) {
            return "no answer";
        }
        RawHttp.Answer a = o.answer();
        String type = a.contentType().isEmpty() ? "no type" : a.contentType().split(";")[0];
        String body = a.body().length == 0 ? "empty body" : type + " " + a.body().length + " B";
        if (type.equals("application/problem+json")) {
            String slug;
            try {
                slug = Reply.JSON.readTree(a.text()).path("type").asString("?").replace(Stack.PROBLEM_TYPE_BASE, "");
            } catch (RuntimeException e) {
                slug = "unreadable";
            }
            body = "problem " + FuzzCase.printable(slug, 60);
        }
        String who = o.reachedService() ? "service" : a.text().contains("HTTP Status") ? "service's Tomcat" : "gateway";
        return a.status() + " " + body + " (" + who + ")";
    }

    /** The category up to its second colon: {@code path:number:rtl:raw} -> {@code path:number}. */
    static String kind(String category) {
        String[] parts = category.split(":");
        return parts.length <= 2 ? category : parts[0] + ":" + parts[1];
    }

    private static String row(String name, List<Outcome> list) {
        return String.format(
                "%-78s %5d %7d %5d %5d %5d %5d %5d %5d %5d%n",
                FuzzCase.printable(name, 78),
                list.size(),
                list.stream().filter(Outcome::reachedService).count(),
                count(list, s -> s >= 200 && s < 300),
                count(list, s -> s == 400),
                count(list, s -> s == 403),
                count(list, s -> s == 404),
                count(list, s -> s >= 400 && s < 500 && s != 400 && s != 403 && s != 404 && s != 429),
                count(list, s -> s == 429),
                count(list, s -> s >= 500 || s < 0));
    }

    private static long count(List<Outcome> list, java.util.function.IntPredicate status) {
        return list.stream()
                .filter(o -> status.test(o.answer() == null ? -1 : o.answer().status()))
                .count();
    }
}
