package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.notification.message.MessageType;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An endpoint of the clinic chain's own systems and the message types it wants copies of. */
public record WebhookSubscription(UUID id, URI url, String secret, Set<MessageType> messageTypes, boolean active, long version,
        Instant createdAt) {

    public WebhookSubscription {
        messageTypes = Set.copyOf(messageTypes);
    }
}
