package dev.kabinet.platform.messaging;

import dev.kabinet.platform.messaging.EventHandler.Subscription;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    /** A logical type, {@code <producer>.<Name>.v<N>}; group 1 is the type without its version. */
    private static final Pattern TYPE = Pattern.compile("([a-z][a-z0-9-]*\\.[A-Z][A-Za-z0-9]*)\\.v[1-9][0-9]{0,3}");

    private final String topic;
    private final Map<String, EventHandler<?>> handlers;
    private final EventSchemas schemas;
    private final JsonMapper json;
    private final Inbox inbox;
    private final TransactionTemplate transactions;

    public EventDispatcher(
            String topic,
            List<EventHandler<?>> handlers,
            EventSchemas schemas,
            JsonMapper json,
            Inbox inbox,
            TransactionTemplate transactions) {
        this.topic = topic;
        this.handlers = handlers.stream()
                .collect(Collectors.toUnmodifiableMap(h -> h.subscription().type(), Function.identity()));
        this.schemas = schemas;
        this.json = json;
        this.inbox = inbox;
        this.transactions = transactions;
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
        transactions.executeWithoutResult(status -> {
            if (inbox.firstDelivery(event.id(), subscription.consumer(), event.type())) {
                handler.handle(event.id(), record);
            } else {
                log.info(
                        "Event {} ({}) already handled by {}: redelivery ignored",
                        event.id(),
                        event.type(),
                        subscription.consumer());
            }
        });
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
