package com.clinicnetwork.notification.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param allowInsecureHttp       whether subscriptions may use plain http URLs (local development and tests only;
 *                                in production payloads must travel over TLS)
 * @param timeout                 connect and response timeout of one delivery
 * @param allowedPrivateTargets   CIDR blocks of otherwise refused addresses (loopback, private, link-local, ...) that
 *                                webhooks may reach anyway, e.g. {@code 127.0.0.1/32} for a test receiver; empty by
 *                                default, so only public addresses are reachable
 * @param maxSubscriptions        how many subscriptions the chain may have: each one multiplies every message into
 *                                another outgoing request
 */
@Validated
@ConfigurationProperties("clinic.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowInsecureHttp,
        @DefaultValue("5s") @NotNull Duration timeout,
        @DefaultValue List<String> allowedPrivateTargets,
        @DefaultValue("20") @Min(1) @Max(1000) int maxSubscriptions) {

    public WebhookProperties {
        allowedPrivateTargets = List.copyOf(allowedPrivateTargets);
    }
}
