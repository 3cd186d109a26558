package dev.kabinet.platform.messaging;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Carries a trace across the outbox (docs/adr/0030): {@link Outbox} stores the W3C trace context of the transaction
 * that writes an event ({@code traceparent}, {@code tracestate}) with the row, and {@link OutboxRelay}, which publishes
 * it later from its own thread, sends the row inside a producer span that continues that trace. Spring Kafka's
 * observation then writes that span's {@code traceparent} into the record's headers, and the consumer's observation
 * continues it: one trace id from the resident's HTTP request to the consumer's handling of the event. Without a
 * tracer (tracing off) nothing is stored and the relay sends as before.
 */
public class OutboxTracing {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    private final Tracer tracer;
    private final Propagator propagator;

    public OutboxTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** No tracing: nothing stored, nothing continued. */
    public static OutboxTracing none() {
        return new OutboxTracing(null, null);
    }

    /** The current trace context as W3C headers ({@code traceparent}, perhaps {@code tracestate}); empty when none. */
    public Context current() {
        if (tracer == null || propagator == null) {
            return Context.NONE;
        }
        var span = tracer.currentSpan();
        if (span == null) {
            return Context.NONE;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return new Context(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /**
     * Runs {@code send} inside a producer span that continues {@code stored}; without a stored context (an event
     * written before tracing, or with tracing off) it just runs.
     */
    public <T> T continuing(Context stored, String topic, Supplier<T> send) {
        if (tracer == null || propagator == null || stored == null || stored.traceParent() == null) {
            return send.get();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, stored.traceParent());
        if (stored.traceState() != null) {
            carrier.put(TRACESTATE, stored.traceState());
        }
        Span span = propagator
                .extract(carrier, Map::get)
                .name("outbox relay " + topic)
                .kind(Span.Kind.PRODUCER)
                .tag("messaging.destination.name", topic)
                .start();
        try (var scope = tracer.withSpan(span)) {
            return send.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** A stored W3C trace context; both null when the event was written outside a trace. */
    public record Context(String traceParent, String traceState) {
        static final Context NONE = new Context(null, null);
    }
}
