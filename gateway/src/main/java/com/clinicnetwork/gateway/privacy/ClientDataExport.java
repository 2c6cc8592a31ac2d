package com.clinicnetwork.gateway.privacy;

import com.clinicnetwork.gateway.loadbalancing.LoadBalancedCalls;
import com.clinicnetwork.gateway.resilience.ResilienceProperties;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client's data from every service as one document (GDPR art. 15). booking-service and notification-service
 * each answer {@code GET /api/v1/clients/{id}/export} with their part, called at once with the caller's token, so
 * each applies its own access rules too. therapist-service holds the directory only (locations, treatments,
 * therapists) and nothing about clients, so its part is the statement {@code {"holdsClientData": false}} rather
 * than a call. The document is all or nothing: a service that fails, answers late or answers with anything but
 * its part makes the whole export fail ({@link ExportFailedException}); a partial export would look complete.
 */
@Component
class ClientDataExport {

    static final String BOOKING_SERVICE = "booking-service";
    static final String NOTIFICATION_SERVICE = "notification-service";
    static final String THERAPIST_SERVICE = "therapist-service";

    /** Far above any real client's data; the default (256 KB) would cut a long history of appointments short. */
    private static final int MAX_PART_BYTES = 16 * 1024 * 1024;

    private final WebClient web;
    private final URI bookingService;
    private final URI notificationService;
    private final Duration timeout;
    private final JsonMapper json;
    private final Clock clock;

    ClientDataExport(ExportProperties services, ResilienceProperties resilience, JsonMapper json, ObjectProvider<Clock> clock,
            ObservationRegistry observations, LoadBalancedCalls loadBalancedCalls) {
        // Boot 4 keeps WebClient auto-configuration in a module the gateway lacks. Observed, so each call is a span of the
        // caller's trace and carries it on to the service (traceparent).
        this.web = WebClient.builder().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_PART_BYTES))
                .observationRegistry(observations).filter(loadBalancedCalls).build();
        this.bookingService = services.bookingService();
        this.notificationService = services.notificationService();
        this.timeout = resilience.timeout();
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    Mono<ObjectNode> export(UUID clientId, String authorization) {
        return Mono.zip(part(BOOKING_SERVICE, bookingService, clientId, authorization),
                        part(NOTIFICATION_SERVICE, notificationService, clientId, authorization))
                .map(parts -> {
                    ObjectNode document = json.createObjectNode();
                    document.put("clientId", clientId.toString());
                    document.put("generatedAt", clock.instant().toString());
                    ObjectNode services = document.putObject("services");
                    services.set(BOOKING_SERVICE, parts.getT1());
                    services.set(NOTIFICATION_SERVICE, parts.getT2());
                    services.putObject(THERAPIST_SERVICE).put("holdsClientData", false);
                    return document;
                });
    }

    private Mono<JsonNode> part(String service, URI base, UUID clientId, String authorization) {
        return web.get().uri(base.resolve("/api/v1/clients/" + clientId + "/export"))
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> {
                    if (response.statusCode().value() == HttpStatus.NOT_FOUND.value()) {
                        return response.releaseBody().then(Mono.error(new ClientNotFoundException(clientId)));
                    }
                    if (!response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody().then(Mono.error(
                                new ExportFailedException(service, "answered " + response.statusCode().value())));
                    }
                    return response.bodyToMono(String.class)
                            .switchIfEmpty(Mono.error(new ExportFailedException(service, "answered without a body")));
                })
                .timeout(timeout)
                .map(body -> objectFrom(service, body))
                .onErrorMap(error -> !(error instanceof ClientNotFoundException || error instanceof ExportFailedException),
                        error -> new ExportFailedException(service, error.getClass().getSimpleName()));
    }

    private JsonNode objectFrom(String service, String body) {
        JsonNode part = json.readTree(body);
        if (!part.isObject()) {
            throw new ExportFailedException(service, "answered something other than a JSON object");
        }
        return part;
    }
}
