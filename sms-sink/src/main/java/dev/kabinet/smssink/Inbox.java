package dev.kabinet.smssink;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The messages "delivered" so far, newest last, at most {@code capacity}; a repeated idempotency key returns the
 * message it first created instead of a second one. Also the faults a test asked for: the next {@code times} sends to
 * a phone answer with a given HTTP status, so a sender's retries can be tested against this real server.
 */
@Component
class Inbox {

    record Message(String id, String to, String text, String sender, String idempotencyKey, Instant receivedAt) {}

    record Fault(int status, int times) {}

    private final Deque<Message> messages = new ArrayDeque<>();
    private final Map<String, Message> byKey = new HashMap<>();
    private final Map<String, Fault> faults = new HashMap<>();
    private final int capacity;
    private final Clock clock;

    Inbox(SinkProperties properties) {
        this.capacity = properties.capacity();
        this.clock = Clock.systemUTC();
    }

    /** The status the next send to this phone must fail with, if a test asked for one (each call uses one up). */
    synchronized Integer takeFault(String to) {
        var fault = faults.get(to);
        if (fault == null) {
            return null;
        }
        if (fault.times() <= 1) {
            faults.remove(to);
        } else {
            faults.put(to, new Fault(fault.status(), fault.times() - 1));
        }
        return fault.status();
    }

    synchronized void failNext(String to, int status, int times) {
        faults.put(to, new Fault(status, times));
    }

    synchronized Message accept(String to, String text, String sender, String idempotencyKey) {
        if (idempotencyKey != null && byKey.containsKey(idempotencyKey)) {
            return byKey.get(idempotencyKey);
        }
        var message = new Message(UUID.randomUUID().toString(), to, text, sender, idempotencyKey, clock.instant());
        messages.addLast(message);
        if (idempotencyKey != null) {
            byKey.put(idempotencyKey, message);
        }
        while (messages.size() > capacity) {
            var dropped = messages.removeFirst();
            if (dropped.idempotencyKey() != null) {
                byKey.remove(dropped.idempotencyKey());
            }
        }
        return message;
    }

    synchronized List<Message> all() {
        return List.copyOf(messages);
    }

    synchronized List<Message> to(String phone) {
        return messages.stream().filter(m -> m.to().equals(phone)).toList();
    }

    synchronized void purge() {
        messages.clear();
        byKey.clear();
        faults.clear();
    }
}
