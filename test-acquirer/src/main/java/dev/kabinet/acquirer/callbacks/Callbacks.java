package dev.kabinet.acquirer.callbacks;

import dev.kabinet.acquirer.system.AcquirerProperties;
import dev.kabinet.acquirer.system.Faults;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the callback notifications: {@code GET <callbackUrl>?mdOrder=…&orderNumber=…&operation=…&status=…&checksum=…}
 * (or the same as a form POST with {@code kabinet.acquirer.callback-method=POST}), in the background, tried up to three
 * times while the merchant answers other than 2xx. The fault modes apply here: lost (never sent), duplicate (sent three
 * times), out of order (held back and sent newest first, at the latest after a second). Every notification is
 * recorded for GET /test-control/callbacks.
 */
@Component
public class Callbacks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);
    private static final int ATTEMPTS = 3;
    private static final Duration HOLD = Duration.ofSeconds(1);

    /** One notification and what became of it: lost, or the HTTP status of each delivery (-1: no answer). */
    public record Sent(
            String mdOrder,
            String orderNumber,
            String operation,
            int status,
            URI url,
            Map<String, String> params,
            Instant at,
            boolean lost,
            List<Integer> answers) {}

    private final AcquirerProperties properties;
    private final Faults faults;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Deque<Sent> history = new ArrayDeque<>();
    private final Deque<Held> held = new ArrayDeque<>();

    private record Held(Sent sent, Instant since) {}

    public Callbacks(AcquirerProperties properties, Faults faults, Clock clock) {
        this.properties = properties;
        this.faults = faults;
        this.clock = clock;
    }

    /** Notifies the merchant of an order's operation ({@code url} null: the configured callback URL, if any). */
    public void notify(URI url, String mdOrder, String orderNumber, String operation, int status) {
        URI target = url != null ? url : properties.callbackUrl();
        if (target == null) {
            return;
        }
        var params = new LinkedHashMap<String, String>();
        params.put("mdOrder", mdOrder);
        params.put("orderNumber", orderNumber);
        params.put("operation", operation);
        params.put("status", String.valueOf(status));
        params.put("checksum", Checksum.of(params, properties.callbackSecret()));
        var settings = faults.settings();
        var sent = new Sent(
                mdOrder,
                orderNumber,
                operation,
                status,
                target,
                Map.copyOf(params),
                clock.instant(),
                settings.lostCallbacks(),
                new ArrayList<>());
        synchronized (this) {
            history.addLast(sent);
            while (history.size() > 10_000) {
                history.removeFirst();
            }
            if (settings.lostCallbacks()) {
                log.info("callback {} {} of order {} lost (fault mode)", operation, status, mdOrder);
                return;
            }
            if (settings.outOfOrderCallbacks()) {
                held.addLast(new Held(sent, Instant.now()));
                if (held.size() >= 2) {
                    flushHeld();
                }
                return;
            }
        }
        int copies = settings.duplicateCallbacks() ? 3 : 1;
        executor.execute(() -> deliver(sent, copies));
    }

    /** Sends what the out-of-order mode holds back, newest first (called with the lock held). */
    private void flushHeld() {
        int copies = faults.settings().duplicateCallbacks() ? 3 : 1;
        while (!held.isEmpty()) {
            Sent sent = held.removeLast().sent();
            executor.execute(() -> deliver(sent, copies));
        }
    }

    @Scheduled(fixedDelay = 250)
    synchronized void flushStaleHeld() {
        if (!held.isEmpty() && held.peekFirst().since().plus(HOLD).isBefore(Instant.now())) {
            flushHeld();
        }
    }

    private void deliver(Sent sent, int copies) {
        for (int copy = 0; copy < copies; copy++) {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                int answer = send(sent);
                synchronized (this) {
                    sent.answers().add(answer);
                }
                if (answer >= 200 && answer < 300) {
                    break;
                }
                sleep(Duration.ofMillis(300L * attempt));
            }
        }
    }

    private int send(Sent sent) {
        String form = sent.params().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpRequest request;
            if ("POST".equalsIgnoreCase(properties.callbackMethod())) {
                request = HttpRequest.newBuilder(sent.url())
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build();
            } else {
                String base = sent.url().toString();
                request = HttpRequest.newBuilder(URI.create(base + (base.contains("?") ? "&" : "?") + form))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build();
            }
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            log.info("callback {} {} of order {} answered {}", sent.operation(), sent.status(), sent.mdOrder(), status);
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            log.info("callback {} of order {} failed: {}", sent.operation(), sent.mdOrder(), e.toString());
            return -1;
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every notification so far, oldest first (at most the last 10,000). */
    public synchronized List<Sent> history() {
        return history.stream()
                .map(s -> new Sent(
                        s.mdOrder(),
                        s.orderNumber(),
                        s.operation(),
                        s.status(),
                        s.url(),
                        s.params(),
                        s.at(),
                        s.lost(),
                        List.copyOf(s.answers())))
                .toList();
    }

    public synchronized void forget() {
        history.clear();
        held.clear();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
