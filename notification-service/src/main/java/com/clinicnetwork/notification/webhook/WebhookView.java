package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.notification.message.MessageType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A subscription as the API shows it; the signing {@code secret} only in the answer to its creation. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, String url, List<String> messageTypes, boolean active, long version, Instant createdAt,
        @Nullable String secret) {

    static WebhookView of(WebhookSubscription subscription, boolean withSecret) {
        return new WebhookView(subscription.id(), subscription.url().toString(),
                subscription.messageTypes().stream().sorted().map(MessageType::template).toList(),
                subscription.active(), subscription.version(), subscription.createdAt(), withSecret ? subscription.secret() : null);
    }
}
