package dev.kabinet.platform.messaging;

import dev.kabinet.platform.messaging.EventHandler.Subscription;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

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
            if (schemas.exists(event.type())) {
                log.debug("Skipping {} event {}: no handler here", event.type(), event.id());
                return;
            }
            throw new MalformedEvent(
                    "unknown-type: no contract for " + printable(event.type()) + " (unknown type or version)");
        }
        handle(event, handler);
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
