package com.clinicnetwork.notification.routing;

import com.clinicnetwork.notification.delivery.NotificationRepository;
import com.clinicnetwork.notification.delivery.NotificationStatus;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.Message;
import com.clinicnetwork.notification.preference.Preferences;
import com.clinicnetwork.notification.privacy.ClientPrivacy;
import com.clinicnetwork.notification.webhook.WebhookSubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a message into stored deliveries: one per channel the client chose (respecting opt-outs and quiet
 * hours), plus one per webhook subscription of the clinic's systems that wants this message type. The
 * dispatcher delivers them. A client who withdrew consent to care messages gets them recorded as SKIPPED
 * (reason {@code no-consent}); an erased client gets nothing at all (see {@link ClientPrivacy}).
 */
@Service
public class MessageRouter {

    private final NotificationRepository notifications;
    private final Preferences preferences;
    private final WebhookSubscriptionRepository webhooks;
    private final ClientPrivacy privacy;
    private final Clock clock;

    MessageRouter(NotificationRepository notifications, Preferences preferences, WebhookSubscriptionRepository webhooks,
            ClientPrivacy privacy, Clock clock) {
        this.notifications = notifications;
        this.privacy = privacy;
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
    public boolean route(Message message) {
        Instant now = clock.instant();
        boolean pending = false;
        Optional<ClientPrivacy.Suppression> suppression = privacy.suppression(message);
        if (suppression.filter(ClientPrivacy.Suppression.ERASED::equals).isPresent()) {
            // An erased client: no message and no record of one, not even a copy to the chain's systems.
            return false;
        }
        for (DeliveryPlan.Delivery delivery : DeliveryPlan.of(message, preferences.of(message.content().visit().clientId()), now)) {
            NotificationStatus status = suppression.isPresent() ? NotificationStatus.SKIPPED : delivery.status();
            boolean inserted = notifications.insert(message, delivery.channel(), null, delivery.recipient(), status,
                    delivery.dueAt());
            if (inserted) {
                suppression.ifPresent(reason -> privacy.recordSkipped(message, delivery.channel(), reason));
            }
            pending |= inserted && status == NotificationStatus.PENDING;
        }
        for (WebhookSubscriptionRepository.Target target : webhooks.targetsFor(message.type())) {
            pending |= notifications.insert(message, Channel.WEBHOOK, target.id(), target.url(), NotificationStatus.PENDING, now);
        }
        return pending;
    }
}
