package dev.kabinet.billing.receipts;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * The receipts benchmark of {@code bench/receipts} (issue #9: ≥ 300 receipts/s, ≥ 0.9 of raw JasperReports, heap ≤ 512
 * MB): Kabinet's {@link ReceiptTemplate#render} of a receipt (parameters, QR code, fill, PDF export) against raw
 * JasperReports — {@code JasperFillManager.fillReport} + {@code JRPdfExporter} of the same compiled template with
 * parameters and rows prepared once — in the same JVM, in alternating rounds, so both see the same machine. Run with
 * a bounded heap ({@code -Xmx512m}); prints a Markdown table. Not a test: a {@code main}.
 *
 * <p>Arguments: seconds per round (default 10), rounds per path (3), threads (2).
 */
public final class ReceiptThroughput {

    private ReceiptThroughput() {}

    record Round(String path, long receipts, double seconds, long p95Micros) {
        double rate() {
            return receipts / seconds;
        }
    }

    interface Job {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long started = System.nanoTime();
        var template = new ReceiptTemplate();
        double compileSeconds = (System.nanoTime() - started) / 1e9;
        var receipt = ReceiptTemplateTest.anOctoberReceipt();
        var parameters = ReceiptTemplate.parameters(receipt);
        Job kabinet = () -> template.render(List.of(receipt));
        Job raw = () -> {
            JasperPrint print = JasperFillManager.fillReport(
                    template.report(), new java.util.HashMap<>(parameters), ReceiptTemplate.rows(receipt));
            ReceiptTemplate.export(List.of(print));
        };
        Job fillOnly = () -> JasperFillManager.fillReport(
                template.report(), new java.util.HashMap<>(parameters), ReceiptTemplate.rows(receipt));
        // warm-up, not counted
        measure("warm-up", raw, Math.max(2, seconds / 2), threads);
        measure("warm-up", kabinet, Math.max(2, seconds / 2), threads);
        var results = new ArrayList<Round>();
        for (int i = 0; i < rounds; i++) {
            results.add(measure("raw JasperReports fill+export", raw, seconds, threads));
            results.add(measure("Kabinet ReceiptTemplate.render", kabinet, seconds, threads));
        }
        // where the time goes: filling alone (the rest of a receipt is the PDF export)
        results.add(measure("(fill only, no export)", fillOnly, seconds, threads));
        long peakHeap = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        double rawRate = results.stream()
                .filter(r -> r.path().startsWith("raw"))
                .mapToDouble(Round::rate)
                .average()
                .orElse(0);
        double ourRate = results.stream()
                .filter(r -> r.path().startsWith("Kabinet"))
                .mapToDouble(Round::rate)
                .average()
                .orElse(0);
        System.out.println("| round | path | receipts | s | receipts/s | p95 ms |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            // rounds alternate raw and Kabinet; the fill-only row comes last
            System.out.printf(
                    "| %d | %s | %d | %.1f | %.1f | %.1f |%n",
                    i / 2 + 1, r.path(), r.receipts(), r.seconds(), r.rate(), r.p95Micros() / 1000.0);
        }
        System.out.println();
        System.out.printf(
                "Kabinet %.1f receipts/s, raw JasperReports %.1f receipts/s: ratio %.2f (target ≥ 0.9, ≥ 300/s);"
                        + " %d threads, max heap %d MB, peak heap used %d MB (target ≤ 512); template compiled once in"
                        + " %.2f s%n",
                ourRate,
                rawRate,
                rawRate == 0 ? 0 : ourRate / rawRate,
                threads,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                peakHeap / (1024 * 1024),
                compileSeconds);
    }

    static Round measure(String path, Job job, int seconds, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var stop = new AtomicBoolean();
        var futures = new ArrayList<Future<long[]>>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                var latencies = new long[1 << 16];
                int n = 0;
                while (!stop.get()) {
                    long begin = System.nanoTime();
                    job.run();
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = (System.nanoTime() - begin) / 1000;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        var all = new ArrayList<Long>();
        for (var future : futures) {
            for (long micros : future.get()) {
                all.add(micros);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(null);
        long p95 = all.isEmpty() ? 0 : all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.95) - 1));
        return new Round(path, all.size(), elapsed, p95);
    }
}
