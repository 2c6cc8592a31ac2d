package com.clinicnetwork.opsconsole;

import com.clinicnetwork.opsconsole.deadletters.DeadLetter;
import com.clinicnetwork.opsconsole.deadletters.DeadLetters;
import com.clinicnetwork.opsconsole.kafka.KafkaOverview;
import com.clinicnetwork.opsconsole.kafka.NotificationFailures;
import com.clinicnetwork.opsconsole.kafka.Throughput;
import com.clinicnetwork.opsconsole.services.ServiceProbe;
import com.clinicnetwork.opsconsole.services.ServiceStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Everything the console's front page shows, gathered in parallel. Each part stands on its own: a part
 * whose source does not answer (a service, Kafka) comes back as {@code available: false} with a short
 * reason, and the rest of the report is still there.
 */
@Component
class OpsStatus {

    /** One part of the report: its data, or why it is missing. */
    record Part<T>(boolean available, @Nullable T data, @Nullable String unavailableBecause) {
        static <T> Part<T> of(T data) {
            return new Part<>(true, data, null);
        }

        static <T> Part<T> missing(Throwable error) {
            return new Part<>(false, null, error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
        }
    }

    record DeadLetterCounts(long pending, long replayed, long discarded) {
    }

    @Schema(name = "OperationsStatus")
    record Report(Instant generatedAt, List<ServiceStatus> services, Part<List<KafkaOverview.TopicView>> topics,
            Part<DeadLetterCounts> deadLetters, Part<List<NotificationFailures.Failure>> recentNotificationFailures,
            Part<List<Throughput.Minute>> throughput) {
    }

    private final ServiceProbe services;
    private final KafkaOverview kafka;
    private final DeadLetters deadLetters;
    private final NotificationFailures failures;
    private final Throughput throughput;
    private final OpsProperties properties;

    OpsStatus(ServiceProbe services, KafkaOverview kafka, DeadLetters deadLetters, NotificationFailures failures,
            Throughput throughput, OpsProperties properties) {
        this.services = services;
        this.kafka = kafka;
        this.deadLetters = deadLetters;
        this.failures = failures;
        this.throughput = throughput;
        this.properties = properties;
    }

    Mono<Report> report() {
        return Mono.zip(
                services.probeAll(),
                part(kafka::topics),
                part(this::deadLetterCounts),
                part(() -> failures.recent(properties.recentFailures(), properties.failureScanPerPartition())),
                part(() -> throughput.lastMinutes(properties.throughputMinutes())))
                .map(parts -> new Report(Instant.now(), parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4(), parts.getT5()));
    }

    private DeadLetterCounts deadLetterCounts() {
        List<DeadLetter> letters = deadLetters.list();
        return new DeadLetterCounts(count(letters, DeadLetter.State.PENDING), count(letters, DeadLetter.State.REPLAYED),
                count(letters, DeadLetter.State.DISCARDED));
    }

    private static long count(List<DeadLetter> letters, DeadLetter.State state) {
        return letters.stream().filter(letter -> letter.state() == state).count();
    }

    private static <T> Mono<Part<T>> part(Callable<T> source) {
        return OpsController.blocking(source).map(Part::of).onErrorResume(error -> Mono.just(Part.missing(error)));
    }
}
