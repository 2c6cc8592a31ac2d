package com.clinicnetwork.notification.webhook;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.notification.IntegrationTestBase;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default target policy (no private blocks allowed, unlike the shared test context) against a real receiver on
 * 127.0.0.1: loopback is refused at registration. At send time: see {@code delivery.webhook.WebhookChannelIT}.
 */
class DefaultTargetPolicyIT extends IntegrationTestBase {

    private final WebhookTargetPolicy defaultPolicy = new WebhookTargetPolicy(
            new WebhookProperties(true, Duration.ofSeconds(2), List.of(), 20));

    @Test
    void loopbackTargetsAreRefusedAtRegistration() {
        for (String path : List.of("/hooks/literal", "/actuator/health")) {
            String url = httpServer.url(path);
            assertThatThrownBy(() -> defaultPolicy.registrable(url)).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("url: must not point at");
            String byName = url.replace("127.0.0.1", "localhost");
            assertThatThrownBy(() -> defaultPolicy.registrable(byName)).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("url: must not point at");
        }
    }
}
