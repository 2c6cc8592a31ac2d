package com.clinicnetwork.notification.webhook;

import com.clinicnetwork.notification.dispatch.ChannelSender;
import com.clinicnetwork.notification.dispatch.DeliveryException;
import com.clinicnetwork.notification.notification.Channel;
import com.clinicnetwork.notification.notification.Notification;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers signed webhook payloads (see {@link WebhookSignature}). A 2xx answer is success; anything else,
 * or no answer, is retried with the dispatcher's backoff. A subscription removed or paused in the meantime
 * ends the delivery for good.
 */
@Component
class WebhookChannel implements ChannelSender {

    private final WebhookSubscriptions subscriptions;
    private final JsonMapper json;
    private final Clock clock;
    private final WebhookProperties properties;
    private final HttpClient http;

    WebhookChannel(WebhookSubscriptions subscriptions, JsonMapper json, Clock clock, WebhookProperties properties) {
        this.subscriptions = subscriptions;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        // Redirects are not followed: a signed payload goes only to the URL the admin registered.
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Notification notification) {
        WebhookSubscription subscription = subscriptions.find(notification.subscriptionId())
                .filter(WebhookSubscription::active)
                .orElseThrow(() -> DeliveryException.permanentFailure("Webhook subscription removed or paused", null));
        String body = json.writeValueAsString(WebhookPayload.of(notification));
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(subscription.url())
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.DELIVERY_HEADER, notification.id().toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(subscription.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw DeliveryException.transientFailure("Webhook receiver unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure("Interrupted while delivering webhook", e);
        }
        if (status / 100 != 2) {
            throw DeliveryException.transientFailure("Webhook receiver answered HTTP " + status, null);
        }
    }
}
