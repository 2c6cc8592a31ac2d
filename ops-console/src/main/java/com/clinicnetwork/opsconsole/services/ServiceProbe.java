package com.clinicnetwork.opsconsole.services;

import com.clinicnetwork.opsconsole.OpsProperties;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Asks each service's actuator (open without a token on the service's own port) for its health, its
 * version and its outbox metrics ({@code /actuator/metrics/{name}}, JSON), all services at once, each bounded by
 * {@code probe-timeout}. A service that does not answer is shown down; its failure never fails the others.
 */
@Component
public class ServiceProbe {

    /** reliable-messaging's outbox gauges, by their Micrometer names. */
    static final String OUTBOX_BACKLOG = "clinic.outbox.backlog";
    static final String OUTBOX_OLDEST_AGE = "clinic.outbox.oldest.age";

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final WebClient web;
    private final Map<String, URI> services;
    private final Duration timeout;

    public ServiceProbe(OpsProperties properties) {
        // Boot 4 keeps WebClient auto-configuration in a module the console does not need; defaults suffice here.
        this.web = WebClient.create();
        this.services = properties.services();
        this.timeout = properties.probeTimeout();
    }

    public Mono<List<ServiceStatus>> probeAll() {
        return Flux.fromIterable(services.entrySet())
                .flatMap(service -> probe(service.getKey(), service.getValue()))
                .sort(Comparator.comparing(ServiceStatus::name))
                .collectList();
    }

    private Mono<ServiceStatus> probe(String name, URI base) {
        Mono<Optional<String>> health = json(base, "/actuator/health").map(body -> Optional.ofNullable(body.get("status")).map(String::valueOf))
                .defaultIfEmpty(Optional.empty());
        Mono<Optional<String>> version = json(base, "/actuator/info").map(ServiceProbe::version)
                .defaultIfEmpty(Optional.empty()).onErrorReturn(Optional.empty());
        return Mono.zip(health, version, metric(base, OUTBOX_BACKLOG), metric(base, OUTBOX_OLDEST_AGE))
                .map(answers -> new ServiceStatus(name, answers.getT1().orElse("UNKNOWN"), true, answers.getT2().orElse(null),
                        answers.getT3().orElse(null), answers.getT4().orElse(null)))
                .onErrorResume(error -> Mono.just(ServiceStatus.unreachable(name)));
    }

    /** One metric's value from {@code /actuator/metrics/{name}}; empty when the service does not export it (404) or fails. */
    private Mono<Optional<Double>> metric(URI base, String name) {
        return json(base, "/actuator/metrics/" + name).map(ActuatorMetric::value)
                .defaultIfEmpty(Optional.empty()).onErrorReturn(Optional.empty());
    }

    /** Health answers 503 with a body when the service is down: read the body whatever the status. */
    private Mono<Map<String, Object>> json(URI base, String path) {
        return web.get().uri(base.resolve(path)).accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> response.bodyToMono(JSON_OBJECT))
                .timeout(timeout);
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> version(Map<String, Object> info) {
        return Optional.ofNullable(info.get("build"))
                .filter(Map.class::isInstance)
                .map(build -> ((Map<String, Object>) build).get("version"))
                .map(String::valueOf);
    }
}
