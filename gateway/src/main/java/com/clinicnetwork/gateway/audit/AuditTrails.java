package com.clinicnetwork.gateway.audit;

import com.clinicnetwork.gateway.correlation.CorrelationFilter;
import com.clinicnetwork.gateway.loadbalancing.LoadBalancedCalls;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks every service with an audit trail at once, with the caller's own token (each service checks it and
 * the admin role again), and merges the answers. Either every service answers or the whole request fails:
 * an audit search that silently leaves out one service's records would look complete and be wrong.
 */
@Component
class AuditTrails {

    static final String SERVICE_PATH = "/api/v1/audit-events";

    private static final Logger log = LoggerFactory.getLogger(AuditTrails.class);

    /** One service's answer, or the fact that it gave none. */
    private record Answer<T>(String service, T value) {
    }

    /** The newest records of one service that the merged page can need, and how many match in all. */
    private record ServiceRecords(List<ObjectNode> items, long totalItems) {
    }

    private final WebClient web;
    private final AuditFanOutProperties properties;
    private final JsonMapper json;

    AuditTrails(AuditFanOutProperties properties, JsonMapper json, ObservationRegistry observations,
            LoadBalancedCalls loadBalancedCalls) {
        // Boot 4 keeps WebClient auto-configuration in a module the gateway does not need. Observed, so each call is a span
        // of the caller's trace and carries it on to the service (traceparent).
        this.web = WebClient.builder().observationRegistry(observations).filter(loadBalancedCalls).build();
        this.properties = properties;
        this.json = json;
    }

    /** Newest first across services: by time, then service name, then the service's id, newest first. */
    Mono<MergedAuditPage> search(AuditSearch search, HttpHeaders caller) {
        return everyService(caller, (base, headers) -> newest(base, search, headers)).map(answers -> {
            List<ObjectNode> merged = new ArrayList<>();
            long total = 0;
            for (Answer<ServiceRecords> answer : answers) {
                answer.value().items().forEach(item -> merged.add(item.put("service", answer.service())));
                total += answer.value().totalItems();
            }
            merged.sort(Comparator.comparing((ObjectNode item) -> Instant.parse(item.get("occurredAt").asString())).reversed()
                    .thenComparing(item -> item.get("service").asString())
                    .thenComparing(Comparator.comparingLong((ObjectNode item) -> item.get("id").asLong()).reversed()));
            List<JsonNode> page = merged.stream().skip((long) search.page() * search.size()).limit(search.size())
                    .map(JsonNode.class::cast).toList();
            return new MergedAuditPage(page, search.page(), search.size(), total);
        });
    }

    Mono<MergedVerification> verify(HttpHeaders caller) {
        return everyService(caller, (base, headers) -> get(UriComponentsBuilder.fromUri(base).path(SERVICE_PATH + "/verify")
                .build().toUri(), headers)).map(answers -> {
            List<JsonNode> services = answers.stream()
                    .map(answer -> (JsonNode) ((ObjectNode) answer.value()).put("service", answer.service()))
                    .toList();
            boolean valid = services.stream().allMatch(service -> service.path("valid").asBoolean(false));
            return new MergedVerification(valid, services);
        });
    }

    private interface ServiceCall<T> {
        Mono<T> call(URI base, HttpHeaders headers);
    }

    /** Calls every service at once, each within the timeout; fails naming those that did not answer. */
    private <T> Mono<List<Answer<T>>> everyService(HttpHeaders caller, ServiceCall<T> call) {
        HttpHeaders forwarded = new HttpHeaders();
        copy(caller, forwarded, HttpHeaders.AUTHORIZATION);
        copy(caller, forwarded, CorrelationFilter.REQUEST_ID);
        return Flux.fromIterable(properties.services().entrySet())
                .flatMap(service -> call.call(service.getValue(), forwarded)
                        .timeout(properties.timeout())
                        .map(value -> new Answer<T>(service.getKey(), value))
                        .onErrorResume(error -> {
                            log.warn("Audit trail of {} did not answer: {}", service.getKey(), error.getClass().getSimpleName());
                            return Mono.just(new Answer<T>(service.getKey(), null));
                        }))
                .sort(Comparator.comparing(Answer::service))
                .collectList()
                .map(answers -> {
                    List<String> missing = answers.stream().filter(answer -> answer.value() == null).map(Answer::service).toList();
                    if (!missing.isEmpty()) {
                        throw AuditFanOutException.unavailable(missing);
                    }
                    return answers;
                });
    }

    /** The first {@code window} records of one service, read in pages of at most what a service allows. */
    private Mono<ServiceRecords> newest(URI base, AuditSearch search, HttpHeaders headers) {
        int pageSize = Math.min(search.window(), AuditSearch.SERVICE_PAGE);
        int pages = (search.window() + pageSize - 1) / pageSize;
        return Flux.range(0, pages)
                .concatMap(page -> get(serviceSearch(base, search, page, pageSize), headers))
                .takeUntil(page -> page.path("items").size() < pageSize)
                .collectList()
                .map(answers -> new ServiceRecords(answers.stream()
                        .flatMap(answer -> answer.path("items").valueStream())
                        .map(ObjectNode.class::cast)
                        .limit(search.window())
                        .toList(), answers.get(0).path("totalItems").asLong()));
    }

    private static URI serviceSearch(URI base, AuditSearch search, int page, int size) {
        Map<String, String> values = new LinkedHashMap<>(search.filters());
        values.put("page", Integer.toString(page));
        values.put("size", Integer.toString(size));
        UriComponentsBuilder uri = UriComponentsBuilder.fromUri(base).path(SERVICE_PATH);
        // Values go in as template variables, so that they are strictly encoded ('+' of an offset included).
        values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        return uri.encode().buildAndExpand(values).toUri();
    }

    private Mono<JsonNode> get(URI uri, HttpHeaders headers) {
        return web.get().uri(uri).headers(target -> target.addAll(headers)).accept(MediaType.APPLICATION_JSON)
                .retrieve().bodyToMono(String.class)
                .map((Function<String, JsonNode>) json::readTree);
    }

    private static void copy(HttpHeaders from, HttpHeaders to, String name) {
        String value = from.getFirst(name);
        if (value != null) {
            to.set(name, value);
        }
    }
}
