package com.clinicnetwork.notification.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.notification.IntegrationTestBase;
import com.clinicnetwork.notification.delivery.DeliveryException;
import com.clinicnetwork.notification.delivery.Notification;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageContentFixture;
import com.clinicnetwork.notification.message.MessageType;
import com.clinicnetwork.notification.webhook.WebhookProperties;
import com.clinicnetwork.notification.webhook.WebhookSubscriptionRepository;
import com.clinicnetwork.notification.webhook.WebhookTargetPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The webhook channel under the default target policy (no private blocks allowed, unlike the shared test context)
 * against a real receiver on 127.0.0.1 and the real subscription table: a subscription whose host name resolves to
 * loopback when a message goes out (as after DNS rebinding) is never connected to.
 */
class WebhookChannelIT extends IntegrationTestBase {

    private static final WebhookProperties DEFAULTS = new WebhookProperties(true, Duration.ofSeconds(2), List.of(), 20);

    @Autowired
    private WebhookSubscriptionRepository subscriptions;

    @AfterEach
    void removeSubscriptions() {
        jdbc.sql("DELETE FROM webhook_subscription").update();
    }

    @Test
    void aNameResolvingToLoopbackAtSendTimeIsNotConnectedToAndTheFailureSaysOnlyRefusedTarget() throws Exception {
        String path = "/hooks/rebound-" + UUID.randomUUID();
        // Stored as if the name had resolved to a public address when it was registered.
        UUID subscription = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO webhook_subscription (id, url, secret, message_types)
                        VALUES (:id, :url, 'whsec_test', ARRAY['appointment-confirmation'])
                        """)
                .param("id", subscription)
                .param("url", httpServer.url(path).replace("127.0.0.1", "localhost"))
                .update();

        try (WebhookChannel channel = new WebhookChannel(subscriptions, json, Clock.systemUTC(), DEFAULTS,
                new WebhookTargetPolicy(DEFAULTS))) {
            assertThatThrownBy(() -> channel.send(delivery(subscription)))
                    .isInstanceOfSatisfying(DeliveryException.class, failure -> {
                        assertThat(failure.permanent()).isTrue();
                        assertThat(failure.getMessage()).isEqualTo("Webhook not delivered: refused target");
                        assertThat(failure.getCause()).isNull();
                    });
        }
        assertThat(httpServer.receivedAt(path)).isEmpty();
    }

    private static Notification delivery(UUID subscriptionId) {
        Instant now = Instant.now();
        return new Notification(UUID.randomUUID(), "test", Channel.WEBHOOK, subscriptionId, "webhook", null, null,
                MessageContentFixture.of(MessageType.CONFIRMATION, now), 0, now, now);
    }
}
