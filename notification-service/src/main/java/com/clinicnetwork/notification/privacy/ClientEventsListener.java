package com.clinicnetwork.notification.privacy;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.client.ClientConsentsChanged;
import com.clinicnetwork.contracts.client.ClientErased;
import com.clinicnetwork.contracts.client.ClientRegistered;
import com.clinicnetwork.messaging.inbox.EventReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Registrations, consents and erasures from {@code clinic.clients.v1}. */
@Component
class ClientEventsListener {

    static final String CONSUMER = "notification-service.clients";

    private static final Logger log = LoggerFactory.getLogger(ClientEventsListener.class);

    private final EventReader reader;
    private final ClientDecisions decisions;

    ClientEventsListener(EventReader reader, ClientDecisions decisions) {
        this.reader = reader;
        this.decisions = decisions;
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER, topics = Topics.CLIENTS)
    public void onClientEvent(ConsumerRecord<String, String> record) {
        String type = reader.type(record);
        switch (type) {
            case EventTypes.CLIENT_REGISTERED -> decisions.onRegistered(CONSUMER, reader.read(record, ClientRegistered.class));
            case EventTypes.CLIENT_ERASED -> decisions.onErased(CONSUMER, reader.read(record, ClientErased.class));
            case EventTypes.CLIENT_CONSENTS_CHANGED ->
                    decisions.onConsentsChanged(CONSUMER, reader.read(record, ClientConsentsChanged.class));
            default -> log.debug("Skipping event type {}", type);
        }
    }
}
