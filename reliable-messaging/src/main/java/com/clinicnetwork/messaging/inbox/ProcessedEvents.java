package com.clinicnetwork.messaging.inbox;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers which events a consumer has applied. Called in the same transaction as the effect, so a
 * redelivered event is recognised even after a crash between the effect and the offset commit.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;

    public ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true the first time this consumer sees the event, false for every redelivery */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return jdbc.sql("INSERT INTO processed_event (consumer, event_id) VALUES (:consumer, :eventId) ON CONFLICT DO NOTHING")
                .param("consumer", consumer)
                .param("eventId", eventId)
                .update() == 1;
    }
}
