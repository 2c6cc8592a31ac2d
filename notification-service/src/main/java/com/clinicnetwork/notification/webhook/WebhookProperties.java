package com.clinicnetwork.notification.webhook;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param allowInsecureHttp whether subscriptions may use plain http URLs (local development and tests only;
 *                          in production payloads must travel over TLS)
 * @param timeout           connect and response timeout of one delivery
 */
@Validated
@ConfigurationProperties("clinic.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowInsecureHttp,
        @DefaultValue("5s") @NotNull Duration timeout) {
}
