package dev.kabinet.platform.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.MessageListener;

/**
 * One listener container per topic that the service's {@link EventHandler}s subscribe to, built from Boot's
 * container factory (so with the platform's error handler and observation), in the group of
 * {@code spring.kafka.consumer.group-id}. Consumers never create topics: the producer declares them. A topic with a
 * {@link BatchEventHandler} gets a batch listener; {@code kabinet.messaging.concurrency.<topic>} sets how many
 * consumers a topic's container runs (default {@code spring.kafka.listener.concurrency}).
 */
public class EventListeners implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventListeners.class);

    private final List<EventDispatcher> dispatchers;
    private final ConcurrentKafkaListenerContainerFactory<String, String> factory;
    private final MessagingProperties properties;
    private final List<ConcurrentMessageListenerContainer<String, String>> containers = new ArrayList<>();
    private volatile boolean running;

    public EventListeners(
            List<EventDispatcher> dispatchers,
            ConcurrentKafkaListenerContainerFactory<String, String> factory,
            MessagingProperties properties) {
        this.dispatchers = dispatchers;
        this.factory = factory;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        var assigned = new CountDownLatch(dispatchers.size());
        for (var dispatcher : dispatchers) {
            var container = factory.createContainer(dispatcher.topic());
            container.setBeanName("kabinet-events-" + dispatcher.topic());
            container.getContainerProperties().setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
                @Override
                public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                    // resolve the start offsets now, so an event written right after start is not skipped
                    partitions.forEach(consumer::position);
                    if (!partitions.isEmpty()) {
                        assigned.countDown();
                    }
                }
            });
            if (dispatcher.batch()) {
                // a poll's worth of records per transaction (docs/adr/0031)
                container.setupMessageListener((BatchMessageListener<String, String>) dispatcher::dispatchAll);
            } else {
                container.setupMessageListener((MessageListener<String, String>) dispatcher::dispatch);
            }
            Integer concurrency = properties.concurrency().get(dispatcher.topic());
            if (concurrency != null) {
                container.setConcurrency(concurrency);
            }
            container.start();
            containers.add(container);
        }
        running = true;
        Duration wait = properties.awaitAssignment();
        if (!wait.isZero() && !dispatchers.isEmpty()) {
            try {
                if (!assigned.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("Event listeners not assigned their partitions within {}", wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized void stop() {
        containers.forEach(AbstractMessageListenerContainer::stop);
        containers.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }
}
