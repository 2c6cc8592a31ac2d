package com.clinicnetwork.messaging.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one listener of a declared {@link EventConsumer}: skips tombstones and event types the consumer has no
 * handler for, reads and validates the record as its handler's payload record, and records the event as processed
 * and calls the handler in one transaction. Whatever it throws goes to the container's error handler (retried, then
 * dead-lettered; an {@link InvalidEventException} dead-lettered at once).
 */
class EventConsumerListener implements MessageListener<String, String> {

    private static final Logger log = LoggerFactory.getLogger(EventConsumerListener.class);

    private final EventConsumer consumer;
    private final EventReader reader;
    private final ProcessedEvents processedEvents;
    private final TransactionTemplate transactions;

    EventConsumerListener(EventConsumer consumer, EventReader reader, ProcessedEvents processedEvents,
            TransactionTemplate transactions) {
        this.consumer = consumer;
        this.reader = reader;
        this.processedEvents = processedEvents;
        this.transactions = transactions;
    }

    @Override
    public void onMessage(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            // A tombstone carries no event: the contracts retire an entity with an upsert (active=false), never a tombstone.
            log.debug("Skipping tombstone {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        String type = reader.type(record);
        consumer.handlerFor(type).ifPresentOrElse(handler -> apply(handler, record),
                // Producers may add event types to a topic; this consumer has no use for them.
                () -> log.debug("Skipping event of type {} at {}-{}@{}: {} has no handler for it", type, record.topic(),
                        record.partition(), record.offset(), consumer.name()));
    }

    private <T> void apply(EventConsumer.TypedHandler<T> handler, ConsumerRecord<String, String> record) {
        ReceivedEvent<T> event = reader.read(record, handler.payloadType());
        transactions.executeWithoutResult(status -> {
            if (processedEvents.firstDelivery(consumer.name(), event.id())) {
                handler.handler().handle(event);
            } else {
                log.debug("Event {} was already applied by {}", event.id(), consumer.name());
            }
        });
    }
}
