package dev.kabinet.platform.messaging;

import dev.kabinet.platform.messaging.EventHandler.Subscription;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one listener path of every consumer, for one topic: read the CloudEvent, skip what no handler takes, validate the
 * data against its contract, read it into the handler's record, then run the handler and the inbox entry in one
 * transaction. Every refusal is a {@link MalformedEvent} whose message is the reason (a slug, then what and where,
 * never a value from the payload): the error handler sends it to {@code <topic>.DLT} without retries.
 *
 * <p>A type no handler here takes (issue #11, docs/adr/0018): another version of a type a handler takes
 * ({@code metering.ReadingSubmitted.v2} where {@code .v1} is handled) is refused as {@code unknown-type}, contract or
 * not: this consumer would otherwise miss what it subscribed to, so it fails loudly and the event waits in the DLT for
 * a handler of the new version. Any other well-formed type ({@code <producer>.<Name>.v<N>}) is another consumer's
 * business and skipped, also when this build has no contract for it yet (a producer may publish a new type before
 * every consumer of its topic is rebuilt). A type that is not of that form is refused.
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    /** The counter of events applied per topic, {@code kabinet_events_applied_total} on /actuator/prometheus. */
    public static final String APPLIED = "kabinet.events.applied";

    /** A logical type, {@code <producer>.<Name>.v<N>}; group 1 is the type without its version. */
    private static final Pattern TYPE = Pattern.compile("([a-z][a-z0-9-]*\\.[A-Z][A-Za-z0-9]*)\\.v[1-9][0-9]{0,3}");

    private final String topic;
    private final Map<String, EventHandler<?>> handlers;
    private final EventSchemas schemas;
    private final JsonMapper json;
    private final Inbox inbox;
    private final TransactionTemplate transactions;
    private final Counter applied;

    public EventDispatcher(
            String topic,
            List<EventHandler<?>> handlers,
            EventSchemas schemas,
            JsonMapper json,
            Inbox inbox,
            TransactionTemplate transactions) {
        this(topic, handlers, schemas, json, inbox, transactions, new SimpleMeterRegistry());
    }

    /**
     * @param meters where {@value #APPLIED} counts the events applied from this topic (first deliveries; the progress
     *     of a bulk import)
     */
    public EventDispatcher(
            String topic,
            List<EventHandler<?>> handlers,
            EventSchemas schemas,
            JsonMapper json,
            Inbox inbox,
            TransactionTemplate transactions,
            MeterRegistry meters) {
        this.topic = topic;
        this.handlers = handlers.stream()
                .collect(Collectors.toUnmodifiableMap(h -> h.subscription().type(), Function.identity()));
        this.schemas = schemas;
        this.json = json;
        this.inbox = inbox;
        this.transactions = transactions;
        this.applied = Counter.builder(APPLIED)
                .description(
                        "Events applied from the topic (first deliveries; redeliveries and skipped types not counted)")
                .tag("topic", topic)
                .register(meters);
        this.handlers.keySet().forEach(type -> {
            if (!schemas.exists(type)) {
                throw new IllegalStateException("No contract contracts/events/" + type + ".schema.json on the"
                        + " classpath for the handler of " + type + " on " + topic);
            }
        });
    }

    public String topic() {
        return topic;
    }

    public void dispatch(ConsumerRecord<String, String> record) {
        var event = IncomingEvent.from(record);
        var handler = handlers.get(event.type());
        if (handler == null) {
            skipOrRefuse(event);
            return;
        }
        handle(event, handler);
    }

    /** An event no handler here takes: skipped when it is another consumer's type, refused when it is ours. */
    private void skipOrRefuse(IncomingEvent event) {
        var type = event.type();
        var matcher = type == null ? null : TYPE.matcher(type);
        if (matcher == null || !matcher.matches()) {
            throw new MalformedEvent("unknown-type: " + printable(type) + " is not <producer>.<Name>.v<N>");
        }
        var family = matcher.group(1);
        for (String handled : handlers.keySet()) {
            var other = TYPE.matcher(handled);
            if (other.matches() && other.group(1).equals(family)) {
                throw new MalformedEvent("unknown-type: " + printable(type) + " is another version of " + handled
                        + ", which this consumer takes");
            }
        }
        log.debug(
                "Skipping {} event {}: no handler here{}",
                printable(type),
                event.id(),
                schemas.exists(type) ? "" : " (no contract in this build)");
    }

    private <T> void handle(IncomingEvent event, EventHandler<T> handler) {
        var prepared = prepare(event, handler);
        if (Boolean.TRUE.equals(transactions.execute(status -> applyOne(prepared)))) {
            applied.increment();
        }
    }

    /** The event read into the handler's record after every check, ready to apply. */
    private record Prepared<T>(IncomingEvent event, EventHandler<T> handler, T record) {
        Inbox.Entry entry() {
            return new Inbox.Entry(event.id(), handler.subscription().consumer(), event.type());
        }
    }

    /** The checks before any effect: data present, JSON, conforming to the contract, readable into the record. */
    private <T> Prepared<T> prepare(IncomingEvent event, EventHandler<T> handler) {
        Subscription<T> subscription = handler.subscription();
        if (event.data() == null || event.data().isBlank()) {
            throw new MalformedEvent("no-data: event without data");
        }
        JsonNode data;
        try {
            data = json.readTree(event.data());
        } catch (JacksonException e) {
            // the parser's message quotes the payload: it is not passed on
            throw new MalformedEvent("not-json: the data is not JSON within the parser's limits");
        }
        var violations = schemas.violations(event.type(), data);
        if (!violations.isEmpty()) {
            throw new MalformedEvent("contract-violation: " + EventSchemas.summary(violations));
        }
        T record;
        try {
            record = json.treeToValue(data, subscription.dataType());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new MalformedEvent("unreadable: the data conforms to the contract but does not read into "
                    + subscription.dataType().getSimpleName());
        }
        return new Prepared<>(event, handler, record);
    }

    /** One event with its inbox entry, inside the caller's transaction; false for a redelivery. */
    private <T> boolean applyOne(Prepared<T> prepared) {
        var event = prepared.event();
        var consumer = prepared.handler().subscription().consumer();
        if (inbox.firstDelivery(event.id(), consumer, event.type())) {
            prepared.handler().handle(event.id(), prepared.record());
            return true;
        }
        log.info("Event {} ({}) already handled by {}: redelivery ignored", event.id(), event.type(), consumer);
        return false;
    }

    /** Whether a handler of this topic takes whole polls ({@link BatchEventHandler}): then it is read in batches. */
    public boolean batch() {
        return handlers.values().stream().anyMatch(BatchEventHandler.class::isInstance);
    }

    /**
     * The batch listener path (docs/adr/0031): every record of the poll read and checked as {@link #dispatch} does,
     * then all of them up to the first malformed one applied in one transaction with their inbox entries written by
     * one statement; a redelivered event is left out. When that transaction fails, the same records are applied one
     * per transaction, in order, so only the failing one is retried. A record that fails (malformed, or failing on its
     * own) ends the call with a {@link BatchListenerFailedException} naming it: the error handler then commits the
     * offsets before it, retries or dead-letters that record as on the per-record path, and the records after it come
     * again with the next poll.
     */
    public void dispatchAll(List<ConsumerRecord<String, String>> records) {
        var prepared = new ArrayList<Prepared<?>>(records.size());
        int malformedAt = -1;
        MalformedEvent malformed = null;
        for (int i = 0; i < records.size(); i++) {
            try {
                var event = IncomingEvent.from(records.get(i));
                var handler = handlers.get(event.type());
                if (handler == null) {
                    skipOrRefuse(event);
                    prepared.add(null);
                } else {
                    prepared.add(prepare(event, handler));
                }
            } catch (MalformedEvent e) {
                malformedAt = i;
                malformed = e;
                break;
            }
        }
        if (prepared.stream().anyMatch(Objects::nonNull)) {
            try {
                Integer count = transactions.execute(status -> applyTogether(prepared));
                applied.increment(count == null ? 0 : count);
            } catch (RuntimeException e) {
                log.warn(
                        "A batch of {} record(s) on {} failed ({}): applying them one by one",
                        prepared.size(),
                        topic,
                        MessagingConfiguration.reason(e));
                for (int i = 0; i < prepared.size(); i++) {
                    var one = prepared.get(i);
                    if (one == null) {
                        continue;
                    }
                    try {
                        if (Boolean.TRUE.equals(transactions.execute(status -> applyOne(one)))) {
                            applied.increment();
                        }
                    } catch (RuntimeException failure) {
                        throw new BatchListenerFailedException(
                                MessagingConfiguration.reason(failure), failure, records.get(i));
                    }
                }
            }
        }
        if (malformed != null) {
            throw new BatchListenerFailedException(malformed.getMessage(), malformed, records.get(malformedAt));
        }
    }

    /** Inside one transaction: the inbox entries by one statement, then the first deliveries in runs per handler. */
    private int applyTogether(List<Prepared<?>> prepared) {
        var entries = new ArrayList<Inbox.Entry>(prepared.size());
        for (var one : prepared) {
            if (one != null) {
                entries.add(one.entry());
            }
        }
        var first = new HashSet<>(inbox.firstDeliveries(entries));
        var run = new ArrayList<Prepared<?>>();
        int redelivered = 0;
        int count = 0;
        for (var one : prepared) {
            if (one == null) {
                continue;
            }
            if (!first.remove(one.entry())) {
                redelivered++;
                continue;
            }
            if (!run.isEmpty() && run.getFirst().handler() != one.handler()) {
                applyRun(run);
                run.clear();
            }
            run.add(one);
            count++;
        }
        applyRun(run);
        if (redelivered > 0) {
            log.info("{} event(s) on {} already handled: redelivery ignored", redelivered, topic);
        }
        return count;
    }

    /** Consecutive events of one handler: all at once when it takes batches, else one after the other. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void applyRun(List<Prepared<?>> run) {
        if (run.isEmpty()) {
            return;
        }
        var handler = run.getFirst().handler();
        if (handler instanceof BatchEventHandler batchHandler) {
            var deliveries = new ArrayList<BatchEventHandler.Delivery<Object>>(run.size());
            for (var one : run) {
                deliveries.add(new BatchEventHandler.Delivery<>(one.event().id(), one.record()));
            }
            batchHandler.handleAll(deliveries);
        } else {
            for (var one : run) {
                ((EventHandler) handler).handle(one.event().id(), one.record());
            }
        }
    }

    /** A header value fit for a log line: the type comes from the wire, anybody can write anything there. */
    static String printable(String value) {
        if (value == null) {
            return "(none)";
        }
        String kept = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return kept.length() <= 80 ? kept : kept.substring(0, 80) + "…";
    }
}
