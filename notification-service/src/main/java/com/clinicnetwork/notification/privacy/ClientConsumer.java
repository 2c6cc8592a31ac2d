package com.clinicnetwork.notification.privacy;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.client.ClientConsentsChanged;
import com.clinicnetwork.contracts.client.ClientErased;
import com.clinicnetwork.contracts.client.ClientRegistered;
import com.clinicnetwork.messaging.inbox.EventConsumer;
import com.clinicnetwork.messaging.inbox.EventConsumer.OffsetReset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registrations, consents and erasures from {@code clinic.clients.v1} (reliable-messaging's event consumer: each event
 * applied once, in the transaction that records it; other event types and tombstones skipped, unreadable records
 * dead-lettered). A new group reads the topic from its earliest offset, as the listener it replaced did.
 */
@Configuration(proxyBeanMethods = false)
class ClientConsumer {

    static final String NAME = "notification-service.clients";

    @Bean
    EventConsumer clientEvents(ClientDecisions decisions) {
        return EventConsumer.builder(NAME, Topics.CLIENTS, OffsetReset.EARLIEST)
                .on(EventTypes.CLIENT_REGISTERED, ClientRegistered.class, decisions::onRegistered)
                .on(EventTypes.CLIENT_ERASED, ClientErased.class, decisions::onErased)
                .on(EventTypes.CLIENT_CONSENTS_CHANGED, ClientConsentsChanged.class, decisions::onConsentsChanged)
                .build();
    }
}
