package com.clinicnetwork.notification.notification;

import com.clinicnetwork.notification.preference.DeliveryPlan;
import com.clinicnetwork.notification.preference.Preferences;
import com.clinicnetwork.notification.webhook.WebhookSubscriptions;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a message into stored deliveries: one per channel the client chose (respecting opt-outs and quiet
 * hours), plus one per webhook subscription of the clinic's systems that wants this message type. The
 * dispatcher delivers them.
 */
@Service
public class Messages {

    private final NotificationRepository notifications;
    private final Preferences preferences;
    private final WebhookSubscriptions webhooks;
    private final Clock clock;

    Messages(NotificationRepository notifications, Preferences preferences, WebhookSubscriptions webhooks, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /**
     * Call in the transaction that records the cause (the processed event, the issued reminder).
     *
     * @return whether a new delivery is waiting for the dispatcher
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean issue(MessageRequest message) {
        Instant now = clock.instant();
        boolean pending = false;
        for (DeliveryPlan.Delivery delivery : DeliveryPlan.of(message, preferences.of(message.clientId()), now)) {
            boolean inserted = notifications.insert(message, delivery.channel(), null, delivery.recipient(), delivery.status(),
                    delivery.dueAt());
            pending |= inserted && delivery.status() == NotificationStatus.PENDING;
        }
        for (WebhookSubscriptions.Target target : webhooks.targetsFor(message.type())) {
            pending |= notifications.insert(message, Channel.WEBHOOK, target.id(), target.url(), NotificationStatus.PENDING, now);
        }
        return pending;
    }
}
