package dev.kabinet.acquirer.testcontrol;

import dev.kabinet.acquirer.callbacks.Callbacks;
import dev.kabinet.acquirer.orders.Orders;
import dev.kabinet.acquirer.system.Faults;
import dev.kabinet.acquirer.system.MovableClock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a test may change (only with the {@code test} or {@code demo} profile; ./kabinet up runs {@code local,demo}):
 * the clock, the fault modes, and a look at the callbacks sent. JSON in and out.
 */
@RestController
@Profile({"test", "demo"})
@RequestMapping("/test-control")
class TestControlController {

    record ClockMove(String advance) {}

    /** The fault settings as a test sends them: what it leaves out is off. */
    record FaultsRequest(
            Long delayMs,
            Double errorRate,
            Boolean lostCallbacks,
            Boolean duplicateCallbacks,
            Boolean outOfOrderCallbacks) {

        Faults.Settings settings() {
            return new Faults.Settings(
                    delayMs == null ? 0 : delayMs,
                    errorRate == null ? 0 : errorRate,
                    Boolean.TRUE.equals(lostCallbacks),
                    Boolean.TRUE.equals(duplicateCallbacks),
                    Boolean.TRUE.equals(outOfOrderCallbacks));
        }
    }

    private final MovableClock clock;
    private final Faults faults;
    private final Callbacks callbacks;
    private final Orders orders;

    TestControlController(MovableClock clock, Faults faults, Callbacks callbacks, Orders orders) {
        this.clock = clock;
        this.faults = faults;
        this.callbacks = callbacks;
        this.orders = orders;
    }

    @GetMapping("/clock")
    Map<String, Object> clock() {
        return Map.of(
                "now", clock.instant().toString(), "offset", clock.offset().toString());
    }

    /** {@code {"advance": "PT21M"}} (ISO-8601 duration, forward only): moves the acquirer's clock. */
    @PostMapping("/clock")
    ResponseEntity<?> move(@RequestBody ClockMove move) {
        try {
            var by = Duration.parse(move.advance());
            if (by.isNegative()) {
                return ResponseEntity.badRequest().body(Map.of("error", "the clock only moves forward"));
            }
            clock.advance(by);
            return ResponseEntity.ok(clock());
        } catch (DateTimeParseException | NullPointerException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "advance: an ISO-8601 duration such as PT21M"));
        }
    }

    @GetMapping("/faults")
    Faults.Settings faults() {
        return faults.settings();
    }

    /** {@code {"delayMs": 0, "errorRate": 0, "lostCallbacks": false, "duplicateCallbacks": false,
     * "outOfOrderCallbacks": false}}; a setting left out is off. */
    @PutMapping("/faults")
    ResponseEntity<?> setFaults(@RequestBody FaultsRequest request) {
        try {
            faults.set(request.settings());
            return ResponseEntity.ok(faults.settings());
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
    }

    /** The callbacks sent (or lost) so far, oldest first; {@code ?mdOrder=} for one order's. */
    @GetMapping("/callbacks")
    List<Callbacks.Sent> callbacks(@RequestParam(required = false) String mdOrder) {
        return callbacks.history().stream()
                .filter(s -> mdOrder == null || s.mdOrder().equals(mdOrder))
                .toList();
    }

    /** Faults off, clock back to now, callback log emptied; {@code ?orders=true} also forgets every order. */
    @DeleteMapping
    ResponseEntity<Void> reset(@RequestParam(defaultValue = "false") boolean orders) {
        faults.reset();
        clock.reset();
        callbacks.forget();
        if (orders) {
            this.orders.forgetAll();
        }
        return ResponseEntity.noContent().build();
    }
}
