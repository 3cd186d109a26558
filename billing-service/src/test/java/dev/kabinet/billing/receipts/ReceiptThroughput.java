package dev.kabinet.billing.receipts;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * The receipts benchmark of {@code bench/receipts} (issue #9: ≥ 300 receipts/s, ≥ 0.9 of raw JasperReports, heap ≤ 512
 * MB): Kabinet's {@link ReceiptTemplate#render} of a receipt (parameters, QR code, fill, PDF export) against raw
 * JasperReports — {@code JasperFillManager.fillReport} + the stock {@code JRPdfExporter} of the same compiled template
 * with the parameters (the QR code drawn) prepared once — in the same JVM, in alternating rounds, so both see the same machine. Run with
 * a bounded heap ({@code -Xmx512m}); prints a Markdown table. Not a test: a {@code main}.
 *
 * <p>Arguments: seconds per round (default 10), rounds per path (3), threads (2).
 */
public final class ReceiptThroughput {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReceiptThroughput() {}

    record Round(String path, long receipts, double seconds, long p95Micros, long cpuNanos) {
        double rate() {
            return receipts / seconds;
        }

        /** CPU time of the measuring threads per receipt: on a shared, loaded machine steadier than the rate. */
        double cpuMillisPerReceipt() {
            return receipts == 0 ? 0 : cpuNanos / 1e6 / receipts;
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
            // the stock exporter, as a plain JasperReports user writes it
            var exporter = new JRPdfExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(List.of(print)));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(new ByteArrayOutputStream(64 * 1024)));
            exporter.exportReport();
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
        System.out.println("| round | path | receipts | s | receipts/s | p95 ms | CPU ms per receipt |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            // rounds alternate raw and Kabinet; the fill-only row comes last
            System.out.printf(
                    "| %d | %s | %d | %.1f | %.1f | %.1f | %.2f |%n",
                    i / 2 + 1,
                    r.path(),
                    r.receipts(),
                    r.seconds(),
                    r.rate(),
                    r.p95Micros() / 1000.0,
                    r.cpuMillisPerReceipt());
        }
        double rawCpu = results.stream()
                .filter(r -> r.path().startsWith("raw"))
                .mapToDouble(Round::cpuMillisPerReceipt)
                .average()
                .orElse(0);
        double ourCpu = results.stream()
                .filter(r -> r.path().startsWith("Kabinet"))
                .mapToDouble(Round::cpuMillisPerReceipt)
                .average()
                .orElse(0);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Kabinet %.1f receipts/s, raw JasperReports %.1f receipts/s: ratio %.2f (target ≥ 0.9, ≥ 300/s);"
                        + " CPU per receipt %.2f ms against %.2f ms raw (ratio of rates by CPU %.2f; %d idle cores would"
                        + " give %.0f/s); %d threads, max heap %d MB, peak heap used %d MB (target ≤ 512); template"
                        + " compiled once in %.2f s%n",
                ourRate,
                rawRate,
                rawRate == 0 ? 0 : ourRate / rawRate,
                ourCpu,
                rawCpu,
                ourCpu == 0 ? 0 : rawCpu / ourCpu,
                cores,
                ourCpu == 0 ? 0 : cores * 1000 / ourCpu,
                threads,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                peakHeap / (1024 * 1024),
                compileSeconds);
        // for bench/run (key=value, one line)
        System.err.printf(
                Locale.ROOT,
                "RESULT kabinet_rate=%.1f raw_rate=%.1f kabinet_cpu_ms=%.2f raw_cpu_ms=%.2f cores=%d heap_max_mb=%d"
                        + " heap_peak_mb=%d kabinet_p95_ms=%.1f%n",
                ourRate,
                rawRate,
                ourCpu,
                rawCpu,
                cores,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                peakHeap / (1024 * 1024),
                results.stream()
                                .filter(r -> r.path().startsWith("Kabinet"))
                                .mapToLong(Round::p95Micros)
                                .max()
                                .orElse(0)
                        / 1000.0);
    }

    static Round measure(String path, Job job, int seconds, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var stop = new AtomicBoolean();
        var cpu = new AtomicLong();
        var futures = new ArrayList<Future<long[]>>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                var latencies = new long[1 << 16];
                int n = 0;
                long cpuStart = CPU.getCurrentThreadCpuTime();
                while (!stop.get()) {
                    long begin = System.nanoTime();
                    job.run();
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = (System.nanoTime() - begin) / 1000;
                }
                cpu.addAndGet(CPU.getCurrentThreadCpuTime() - cpuStart);
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
        return new Round(path, all.size(), elapsed, p95, cpu.get());
    }
}
