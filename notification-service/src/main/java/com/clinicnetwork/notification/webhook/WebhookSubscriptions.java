package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.notification.message.MessageType;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subscribing the chain's systems to message types, up to {@code clinic.webhooks.max-subscriptions}. */
@Service
class WebhookSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(WebhookSubscriptions.class);

    private final WebhookSubscriptionRepository repository;
    private final WebhookProperties properties;

    WebhookSubscriptions(WebhookSubscriptionRepository repository, WebhookProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    /**
     * A new, active subscription with a signing secret of its own; joins the caller's transaction (an idempotent
     * request's) if there is one.
     *
     * @param url   a URL the target policy accepted for registration
     * @throws SubscriptionLimitReachedException once the chain has as many subscriptions as allowed; nothing is created
     */
    @Transactional
    WebhookSubscription subscribe(URI url, Set<MessageType> types) {
        int limit = properties.maxSubscriptions();
        WebhookSubscription created = repository.create(url, types, limit)
                .orElseThrow(() -> new SubscriptionLimitReachedException(limit));
        log.info("Webhook subscription {} created", created.id());
        return created;
    }
}
