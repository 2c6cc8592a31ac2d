package com.clinicnetwork.messaging.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistrar;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a listener container for each declared {@link EventConsumer} with the service's listener endpoint
 * registry, made by its default container factory: the containers start and stop with the application, carry the
 * shared dead-lettering error handler and listener observation, and count in the consumer-lag metrics like those of
 * {@code @KafkaListener}s.
 */
public class EventConsumers implements KafkaListenerConfigurer {

    private final List<EventConsumer> consumers;
    private final EventReader reader;
    private final ProcessedEvents processedEvents;
    private final TransactionTemplate transactions;

    public EventConsumers(List<EventConsumer> consumers, EventReader reader, ProcessedEvents processedEvents,
            TransactionTemplate transactions) {
        Set<String> names = new HashSet<>();
        for (EventConsumer consumer : consumers) {
            if (!names.add(consumer.name())) {
                throw new IllegalStateException("Two event consumers are named " + consumer.name());
            }
        }
        this.consumers = List.copyOf(consumers);
        this.reader = reader;
        this.processedEvents = processedEvents;
        this.transactions = transactions;
    }

    @Override
    public void configureKafkaListeners(KafkaListenerEndpointRegistrar registrar) {
        for (EventConsumer consumer : consumers) {
            registrar.registerEndpoint(new EventConsumerEndpoint(consumer,
                    new EventConsumerListener(consumer, reader, processedEvents, transactions)));
        }
    }
}
