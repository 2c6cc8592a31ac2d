package com.clinicnetwork.messaging.inbox;

/**
 * Applies one type of event, registered for it on an {@link EventConsumer}. Called once per event (a redelivery
 * is recognised before it is called) in the transaction that records the event as processed, with the
 * payload read and validated against the contract: what it changes in the service's database commits with that
 * record or not at all. Throwing rolls both back: {@link InvalidEventException} (the event can never be applied)
 * dead-letters the record at once, anything else is retried and then dead-lettered. Work that must wait for the
 * commit, such as waking a local worker, goes through {@link AfterCommit}.
 *
 * @param <T> the payload record the contract names for the event type
 */
@FunctionalInterface
public interface EventHandler<T> {

    void handle(ReceivedEvent<T> event);
}
