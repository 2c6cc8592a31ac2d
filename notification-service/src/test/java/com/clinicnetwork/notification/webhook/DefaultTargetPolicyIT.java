package com.clinicnetwork.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.notification.IntegrationTestBase;
import com.clinicnetwork.notification.delivery.DeliveryException;
import com.clinicnetwork.notification.history.Notification;
import com.clinicnetwork.notification.history.NotificationStatus;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.message.MessageContentFixture;
import com.clinicnetwork.notification.message.MessageType;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default target policy (no private blocks allowed, unlike the shared test context) against a real receiver on
 * 127.0.0.1 and the real subscription table: loopback is refused at registration, and a subscription whose host
 * name resolves to loopback when a message goes out (as after DNS rebinding) is never connected to.
 */
class DefaultTargetPolicyIT extends IntegrationTestBase {

    @Autowired
    private WebhookSubscriptionRepository subscriptions;

    private final WebhookTargetPolicy defaultPolicy = new WebhookTargetPolicy(
            new WebhookProperties(true, Duration.ofSeconds(2), List.of(), 20));

    @AfterEach
    void removeSubscriptions() {
        jdbc.sql("DELETE FROM webhook_subscription").update();
    }

    @Test
    void loopbackTargetsAreRefusedAtRegistration() {
        for (String path : List.of("/hooks/literal", "/actuator/health")) {
            String url = httpServer.url(path);
            assertThatThrownBy(() -> defaultPolicy.registrable(url)).isInstanceOf(ApiProblemException.class)
                    .hasMessageStartingWith("url: must not point at");
            String byName = url.replace("127.0.0.1", "localhost");
            assertThatThrownBy(() -> defaultPolicy.registrable(byName)).isInstanceOf(ApiProblemException.class)
                    .hasMessageStartingWith("url: must not point at");
        }
    }

    @Test
    void aNameResolvingToLoopbackAtSendTimeIsNotConnectedToAndTheFailureSaysOnlyRefusedTarget() throws Exception {
        String path = "/hooks/rebound-" + UUID.randomUUID();
        // Stored as if the name had resolved to a public address when it was registered.
        WebhookSubscription subscription = subscriptions.create(URI.create(httpServer.url(path).replace("127.0.0.1", "localhost")),
                Set.of(MessageType.CONFIRMATION), 100).orElseThrow();

        try (WebhookChannel channel = new WebhookChannel(subscriptions, json, Clock.systemUTC(),
                new WebhookProperties(true, Duration.ofSeconds(2), List.of(), 20), defaultPolicy)) {
            assertThatThrownBy(() -> channel.send(delivery(subscription.id())))
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
                MessageContentFixture.of(MessageType.CONFIRMATION, now), NotificationStatus.PENDING, 0, now, now, null, null);
    }
}
