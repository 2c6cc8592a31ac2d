package com.clinicnetwork.notification.delivery.sms;

import com.clinicnetwork.notification.delivery.DeliveryException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends SMS through a provider's HTTP API: {@code POST <endpoint>} with a JSON body {@code {to, from, text,
 * reference}}, the API key as bearer token and the notification id as {@code Idempotency-Key}. 2xx means
 * accepted; 4xx other than 408/429 is a permanent refusal (bad number, bad credentials); anything else is
 * retried.
 */
class HttpSmsGateway implements SmsGateway {

    private final SmsProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    HttpSmsGateway(SmsProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Override
    public void send(UUID reference, String to, String text) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("from", properties.sender());
        body.put("text", text);
        body.put("reference", reference.toString());
        HttpRequest request = HttpRequest.newBuilder(properties.endpoint())
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + properties.apiKey())
                .header("Idempotency-Key", reference.toString())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw DeliveryException.transientFailure("SMS provider unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.transientFailure("Interrupted while sending SMS", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        boolean permanent = status / 100 == 4 && status != 408 && status != 429;
        throw new DeliveryException("SMS provider answered HTTP " + status, permanent, null);
    }
}
