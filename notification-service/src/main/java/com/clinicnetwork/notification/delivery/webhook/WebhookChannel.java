package com.clinicnetwork.notification.delivery.webhook;

import com.clinicnetwork.notification.delivery.ChannelSender;
import com.clinicnetwork.notification.delivery.DeliveryException;
import com.clinicnetwork.notification.delivery.Notification;
import com.clinicnetwork.notification.message.Channel;
import com.clinicnetwork.notification.webhook.RefusedTargetException;
import com.clinicnetwork.notification.webhook.WebhookPayload;
import com.clinicnetwork.notification.webhook.WebhookProperties;
import com.clinicnetwork.notification.webhook.WebhookSignature;
import com.clinicnetwork.notification.webhook.WebhookSubscription;
import com.clinicnetwork.notification.webhook.WebhookSubscriptionRepository;
import com.clinicnetwork.notification.webhook.WebhookTargetPolicy;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers signed webhook payloads (see {@link WebhookSignature}). A 2xx answer is success; anything else,
 * or no answer, is retried with the dispatcher's backoff. A subscription removed or paused in the meantime
 * ends the delivery for good.
 *
 * <p>Only addresses the {@link WebhookTargetPolicy} permits are ever connected to. The check cannot be a look-up
 * before the request: the HTTP client would resolve the name again, and a DNS server answering a public address
 * first and an internal one second (DNS rebinding) would pass the check and still reach the internal one. So the
 * client's own name resolution is the policy's: it resolves once, checks every address, and the connection goes to
 * exactly those addresses, while TLS still verifies the certificate against the host name.
 *
 * <p>What a failed attempt records (and admins read back) is a category only — "refused target", "timeout",
 * "connection failed", "TLS handshake failed", "HTTP 4xx", "HTTP 5xx" — never an exception text, address or port,
 * so the failure text cannot be used to scan the network behind the service.
 */
@Component
class WebhookChannel implements ChannelSender, Closeable {

    private final WebhookSubscriptionRepository subscriptions;
    private final JsonMapper json;
    private final Clock clock;
    private final CloseableHttpClient http;

    WebhookChannel(WebhookSubscriptionRepository subscriptions, JsonMapper json, Clock clock, WebhookProperties properties,
            WebhookTargetPolicy policy) {
        this.subscriptions = subscriptions;
        this.json = json;
        this.clock = clock;
        Timeout timeout = Timeout.of(properties.timeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PolicyDnsResolver(policy))
                        // The JVM's trust store settings (javax.net.ssl.*) apply, as they did to the JDK client.
                        .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).setConnectionRequestTimeout(timeout).build())
                // Redirects are not followed: a signed payload goes only to the URL the admin registered, and a
                // redirect could point anywhere. Retries are the dispatcher's, with backoff.
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
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
        String body = json.writeValueAsString(WebhookPayload.of(notification.id(), notification.content(), notification.createdAt()));
        long timestamp = clock.instant().getEpochSecond();
        HttpPost request = new HttpPost(subscription.url());
        request.setHeader(WebhookSignature.DELIVERY_HEADER, notification.id().toString());
        request.setHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
        request.setHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(subscription.secret(), timestamp, body));
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        int status;
        // The causes are left out on purpose: their messages name addresses and ports.
        try {
            status = http.execute(request, response -> response.getCode());
        } catch (RefusedTargetException e) {
            throw DeliveryException.permanentFailure("Webhook not delivered: refused target", null);
        } catch (InterruptedIOException e) {
            throw DeliveryException.transientFailure("Webhook not delivered: timeout", null);
        } catch (SSLException e) {
            throw DeliveryException.transientFailure("Webhook not delivered: TLS handshake failed", null);
        } catch (IOException e) {
            throw DeliveryException.transientFailure("Webhook not delivered: connection failed", null);
        }
        if (status / 100 != 2) {
            throw DeliveryException.transientFailure("Webhook not delivered: HTTP " + status / 100 + "xx", null);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** Name resolution for the connections: only addresses the policy permits, all of them checked. */
    private record PolicyDnsResolver(WebhookTargetPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return policy.resolve(host).toArray(InetAddress[]::new);
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return policy.resolve(host).stream().map(address -> new InetSocketAddress(address, port)).toList();
        }

        /** Only for authentication schemes such as Kerberos, which webhooks do not use: no look-up. */
        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
