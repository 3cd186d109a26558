package dev.kabinet.billing.closing;

import dev.kabinet.billing.system.BillingProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This instance's share of every running close (docs/adr/0023): every {@code kabinet.billing.close.poll-interval} it
 * looks for a running close and, with {@code kabinet.billing.close.workers} threads of its own (not the scheduler's,
 * so the outbox relay keeps publishing), claims and closes chunks until none is left, then finishes the period. Other
 * instances do the same on the same close; {@code for update skip locked} keeps them apart. Progress is published as
 * gauges: {@code kabinet_billing_close_accounts{state="total"|"done"}}, {@code kabinet_billing_close_running}; and
 * this instance's {@code kabinet_billing_close_accounts_closed_total} and {@code kabinet_billing_close_chunk_seconds}.
 * The schedule ({@code kabinet.billing.close.cron}, off by default) starts the close of the month just ended.
 */
@Component
class PeriodCloseWorkers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PeriodCloseWorkers.class);

    private final PeriodClosing closing;
    private final BillingProperties properties;
    private final ExecutorService executor;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<PeriodCloseStatus> latest = new AtomicReference<>();
    private final String instance;
    private final Timer chunkTimer;
    private final Counter accountsClosed;

    PeriodCloseWorkers(PeriodClosing closing, BillingProperties properties, MeterRegistry registry) {
        this.closing = closing;
        this.properties = properties;
        this.executor = Executors.newFixedThreadPool(
                properties.close().workers(),
                Thread.ofPlatform().name("period-close-", 1).factory());
        this.instance = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        Gauge.builder(
                        "kabinet.billing.close.accounts",
                        latest,
                        l -> l.get() == null ? 0 : l.get().accountsTotal())
                .tag("state", "total")
                .description("Accounts of the latest period close")
                .register(registry);
        Gauge.builder(
                        "kabinet.billing.close.accounts",
                        latest,
                        l -> l.get() == null ? 0 : l.get().accountsDone())
                .tag("state", "done")
                .description("Accounts of the latest period close done")
                .register(registry);
        Gauge.builder(
                        "kabinet.billing.close.running",
                        this,
                        w -> w.current() != null && w.current().state() == PeriodCloseStatus.State.RUNNING ? 1 : 0)
                .description("1 while the latest period close runs")
                .register(registry);
        this.chunkTimer = Timer.builder("kabinet.billing.close.chunk")
                .description("Time to close one chunk of accounts on this instance")
                .register(registry);
        this.accountsClosed = Counter.builder("kabinet.billing.close.accounts.closed")
                .description("Accounts this instance closed")
                .register(registry);
    }

    @Scheduled(
            fixedDelayString = "${kabinet.billing.close.poll-interval:5s}",
            initialDelayString = "${kabinet.billing.close.poll-interval:5s}")
    void poll() {
        refresh();
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            var periods = closing.running();
            if (periods.isEmpty()) {
                busy.set(false);
                return;
            }
            executor.execute(() -> {
                try {
                    periods.forEach(this::work);
                } finally {
                    busy.set(false);
                    refresh();
                }
            });
        } catch (RuntimeException e) {
            busy.set(false);
            log.warn("Could not look for a period close to work on: {}", e.toString());
        }
    }

    /** Closes chunks of the period with every worker thread until none is left, then finishes it. */
    void work(YearMonth period) {
        int threads = properties.close().workers();
        var loops = new ArrayList<CompletableFuture<Void>>();
        for (int i = 1; i < threads; i++) {
            int n = i;
            loops.add(CompletableFuture.runAsync(() -> loop(period, n), executorForHelpers()));
        }
        loop(period, 0);
        loops.forEach(CompletableFuture::join);
        if (closing.finish(period)) {
            refresh();
        }
    }

    private ExecutorService helpers;

    private synchronized ExecutorService executorForHelpers() {
        if (helpers == null) {
            helpers = Executors.newCachedThreadPool(
                    Thread.ofPlatform().name("period-close-helper-", 1).factory());
        }
        return helpers;
    }

    private void loop(YearMonth period, int n) {
        String worker = instance + "#" + n;
        try {
            while (true) {
                var sample = Timer.start();
                var chunk = closing.closeNextChunk(period, worker);
                if (chunk.isEmpty()) {
                    return;
                }
                sample.stop(chunkTimer);
                accountsClosed.increment(chunk.get().closed());
                if (n == 0) {
                    refresh();
                }
            }
        } catch (RuntimeException e) {
            // the chunk rolled back; it stays to be claimed again (by this instance's next poll or another's)
            log.warn("Worker {} stopped on the close of {}: {}", worker, period, e.toString(), e);
        }
    }

    private volatile long refreshedAt;

    private void refresh() {
        try {
            closing.latest().ifPresent(latest::set);
            refreshedAt = System.nanoTime();
        } catch (RuntimeException e) {
            log.warn("Close status not refreshed: {}", e.toString());
        }
    }

    /** The latest close's status for the gauges: read again when older than a second (one read per scrape). */
    private @org.jspecify.annotations.Nullable PeriodCloseStatus current() {
        if (System.nanoTime() - refreshedAt > 1_000_000_000L) {
            refresh();
        }
        return latest.get();
    }

    @Scheduled(cron = "${kabinet.billing.close.cron:-}", zone = "${kabinet.billing.time-zone:Europe/Moscow}")
    void onSchedule() {
        var period = closing.lastEndedPeriod();
        try {
            var status = closing.start(period, "schedule");
            log.info("Scheduled close of {}: {}", period, status.state());
        } catch (PeriodAlreadyClosed e) {
            log.info("Scheduled close of {}: closed already", period);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
