package com.clinicnetwork.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.messaging.AfterCommit;
import com.clinicnetwork.messaging.inbox.EventConsumer.OffsetReset;
import com.clinicnetwork.messaging.metrics.ConsumerLagMetrics;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A declared {@link EventConsumer} of the directory topic on a real PostgreSQL and Kafka broker: its handlers write to
 * a table in the listener's transaction, so what a failed attempt wrote must be gone.
 */
@SpringBootTest(classes = EventConsumerIT.TestApplication.class, properties = {
        "spring.application.name=event-consumer-test",
        "clinic.messaging.source=/clinic/event-consumer-test",
        "clinic.messaging.relay.enabled=false",
        "clinic.messaging.retry.max-retries=2",
        "clinic.messaging.retry.initial-backoff=50ms",
        "clinic.messaging.retry.max-backoff=100ms",
        "logging.level.org.apache.kafka=ERROR",
        "logging.level.kafka=ERROR",
        "logging.level.state.change.logger=ERROR"})
@UsesRealInfrastructure
class EventConsumerIT {

    private static final String CONSUMER = "event-consumer-test.directory";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** Locations with these names make the handler fail: on every attempt, or on the first only. */
    private static final String FAIL_ALWAYS = "fail always";
    private static final String FAIL_ONCE = "fail once";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {

        @Bean
        RecordingHandlers recordingHandlers(JdbcClient jdbc) {
            return new RecordingHandlers(jdbc);
        }

        @Bean
        EventConsumer directoryEvents(RecordingHandlers handlers) {
            return EventConsumer.builder(CONSUMER, Topics.DIRECTORY, OffsetReset.EARLIEST)
                    .on(EventTypes.LOCATION_UPSERTED, LocationState.class, handlers::location)
                    .on(EventTypes.TREATMENT_UPSERTED, TreatmentState.class, handlers::treatment)
                    .build();
        }
    }

    /** Writes what it applies to {@code applied_event}; counts attempts and what ran after a commit. */
    static class RecordingHandlers {

        private final JdbcClient jdbc;
        private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Queue<UUID> afterCommit = new ConcurrentLinkedQueue<>();

        RecordingHandlers(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        void location(ReceivedEvent<LocationState> event) {
            int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            record(event, event.payload().name() + " in " + event.payload().timeZone());
            if (event.payload().name().equals(FAIL_ALWAYS) || event.payload().name().equals(FAIL_ONCE) && attempt == 1) {
                throw new IllegalStateException("The handler failed on attempt " + attempt);
            }
        }

        void treatment(ReceivedEvent<TreatmentState> event) {
            record(event, event.payload().name() + " of " + event.payload().durationMinutes() + " min");
        }

        private void record(ReceivedEvent<?> event, String detail) {
            jdbc.sql("INSERT INTO applied_event (event_id, event_type, subject, detail) VALUES (:id, :type, :subject, :detail)")
                    .param("id", event.id()).param("type", event.type()).param("subject", event.subject())
                    .param("detail", detail)
                    .update();
            AfterCommit.run(() -> afterCommit.add(event.id()));
        }

        int attemptsOf(UUID eventId) {
            return attempts.getOrDefault(eventId, new AtomicInteger()).get();
        }

        List<UUID> ranAfterCommit(UUID eventId) {
            return afterCommit.stream().filter(eventId::equals).toList();
        }
    }

    @Autowired
    private KafkaTemplate<String, String> kafka;
    @Autowired
    private KafkaConnectionDetails kafkaConnection;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JsonMapper json;
    @Autowired
    private RecordingHandlers handlers;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private CommonErrorHandler errorHandler;
    @Autowired
    private ConsumerLagMetrics consumerLag;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private ProducerFactory<String, String> producers;

    @Test
    void eachEventTypeReachesItsHandlerAsTheContractsPayloadRecord() {
        String location = ContractExamples.json(EventTypes.LOCATION_UPSERTED);
        String treatment = ContractExamples.json(EventTypes.TREATMENT_UPSERTED);
        UUID locationEvent = send(EventTypes.LOCATION_UPSERTED, idOf(location), location);
        UUID treatmentEvent = send(EventTypes.TREATMENT_UPSERTED, idOf(treatment), treatment);

        await().atMost(EVENTUALLY).until(() -> applied(locationEvent).size() == 1 && applied(treatmentEvent).size() == 1);
        assertThat(applied(locationEvent)).containsExactly("location.upserted: Riverside Clinic in Europe/London");
        assertThat(applied(treatmentEvent)).containsExactly("treatment.upserted: Knee pain relief massage, 60 min of 60 min");
        await().atMost(EVENTUALLY).until(() -> handlers.ranAfterCommit(treatmentEvent).size() == 1);
        assertThat(handlers.ranAfterCommit(locationEvent)).hasSize(1);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        sendWithId(eventId, id, location(id, "First delivery"));
        await().atMost(EVENTUALLY).until(() -> applied(eventId).size() == 1);

        // The same event id again, even with other content, can only be a redelivery.
        sendWithId(eventId, id, location(id, "Second delivery"));
        assertNothingDeadLetteredFor(id);

        assertThat(applied(eventId)).containsExactly("location.upserted: First delivery in Europe/London");
        assertThat(processedMarks(eventId)).isEqualTo(1);
        assertThat(handlers.ranAfterCommit(eventId)).hasSize(1);
    }

    @Test
    void anInvalidRecordIsDeadLetteredAtOnceAndDoesNotBlockItsPartition() {
        UUID id = UUID.randomUUID();
        String malformed = "{\"id\": \"" + id + "\", \"version\": ";
        String withoutTimeZone = "{\"id\":\"" + id + "\",\"version\":1,\"name\":\"Nowhere\",\"address\":\"-\",\"active\":true}";
        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.DIRECTORY))) {
            UUID malformedEvent = send(EventTypes.LOCATION_UPSERTED, id, malformed);
            UUID invalidEvent = send(EventTypes.LOCATION_UPSERTED, id, withoutTimeZone);
            // Same key, so same partition: applied only if the invalid records did not block it.
            UUID valid = send(EventTypes.LOCATION_UPSERTED, id, location(id, "After the invalid ones"));

            await().atMost(EVENTUALLY).until(() -> applied(valid).size() == 1);
            ConsumerRecord<String, String> first = deadLetters.awaitRecord(EVENTUALLY, eventId(malformedEvent));
            ConsumerRecord<String, String> second = deadLetters.awaitRecord(EVENTUALLY, eventId(invalidEvent));
            assertThat(first.value()).isEqualTo(malformed);
            assertThat(second.value()).isEqualTo(withoutTimeZone);
            assertThat(TopicProbe.header(second, "kafka_dlt-exception-cause-fqcn")).isEqualTo(InvalidEventException.class.getName());
            assertThat(processedMarks(malformedEvent) + processedMarks(invalidEvent)).isZero();
        }
    }

    @Test
    void aTombstoneIsSkippedNeitherHandledNorDeadLettered() {
        UUID id = UUID.randomUUID();
        publish(new ProducerRecord<>(Topics.DIRECTORY, id.toString(), null));

        assertSkippedBeforeTheNextEventAbout(id);
    }

    @Test
    void eventTypesWithoutAHandlerAreSkipped() {
        UUID id = UUID.randomUUID();
        send(EventTypes.THERAPIST_UPSERTED, id, json.writeValueAsString(new TherapistState(id, 1, "Not handled here",
                Set.of(), Set.of(), Set.of(), List.of(), true)));
        send("location.renamed", id, location(id, "An event type of the future"));

        assertSkippedBeforeTheNextEventAbout(id);
    }

    @Test
    void aFailingHandlerIsRetriedThenDeadLetteredAndLeavesNothingBehind() {
        UUID id = UUID.randomUUID();
        UUID failing;
        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.DIRECTORY))) {
            failing = send(EventTypes.LOCATION_UPSERTED, id, location(id, FAIL_ALWAYS));
            UUID next = send(EventTypes.LOCATION_UPSERTED, id, location(id, "After the failing one"));

            ConsumerRecord<String, String> deadLetter = deadLetters.awaitRecord(EVENTUALLY, eventId(failing));
            assertThat(TopicProbe.header(deadLetter, "kafka_dlt-exception-cause-fqcn")).isEqualTo(IllegalStateException.class.getName());
            await().atMost(EVENTUALLY).until(() -> applied(next).size() == 1);
        }
        // The first attempt and the two retries (clinic.messaging.retry.max-retries=2), each rolled back entirely.
        assertThat(handlers.attemptsOf(failing)).isEqualTo(3);
        assertThat(applied(failing)).isEmpty();
        assertThat(processedMarks(failing)).isZero();
        assertThat(handlers.ranAfterCommit(failing)).isEmpty();
    }

    @Test
    void aRetryAfterAFailedAttemptAppliesTheEventExactlyOnce() {
        UUID id = UUID.randomUUID();
        UUID eventId = send(EventTypes.LOCATION_UPSERTED, id, location(id, FAIL_ONCE));

        await().atMost(EVENTUALLY).until(() -> applied(eventId).size() == 1);
        assertThat(handlers.attemptsOf(eventId)).isEqualTo(2);
        assertThat(processedMarks(eventId)).isEqualTo(1);
        await().atMost(EVENTUALLY).until(() -> handlers.ranAfterCommit(eventId).size() == 1);
        assertNothingDeadLetteredFor(id);
        assertThat(handlers.ranAfterCommit(eventId)).hasSize(1);
    }

    @Test
    void theConsumerRunsInAContainerOfTheServicesFactoryWithItsErrorHandlerObservationAndLagMetric() {
        MessageListenerContainer container = listeners.getListenerContainer(CONSUMER);

        assertThat(container).isInstanceOf(ConcurrentMessageListenerContainer.class);
        assertThat(container.getGroupId()).isEqualTo(CONSUMER);
        assertThat(container.getContainerProperties().getTopics()).containsExactly(Topics.DIRECTORY);
        assertThat(((ConcurrentMessageListenerContainer<?, ?>) container).getCommonErrorHandler()).isSameAs(errorHandler);
        assertThat(container.getContainerProperties().isObservationEnabled()).isTrue();
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            consumerLag.refresh();
            assertThat(meters.get("clinic.consumer.lag").tag("group", CONSUMER).tag("topic", Topics.DIRECTORY).gauge()).isNotNull();
        });
    }

    @Test
    void theProducerHasTheSettingsTheRelayReliesOn() {
        assertThat(producers.getConfigurationProperties())
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("max.block.ms", "5000")
                .containsEntry("request.timeout.ms", "5000")
                .containsEntry("delivery.timeout.ms", "10000");
    }

    /**
     * Sends a location event with the key: once it is applied, the records sent before it with the key were consumed
     * too (same partition), and none of them may have been handled or dead-lettered.
     */
    private void assertSkippedBeforeTheNextEventAbout(UUID key) {
        UUID next = send(EventTypes.LOCATION_UPSERTED, key, location(key, "The next event"));
        await().atMost(EVENTUALLY).until(() -> applied(next).size() == 1);
        assertNothingDeadLetteredFor(key);
        assertThat(appliedAbout(key)).isEqualTo(1);
    }

    /**
     * Sends an invalid record with the key and waits for it on the dead-letter topic: dead letters keep their
     * partition, so any record of the key dead-lettered before it is read by then.
     */
    private void assertNothingDeadLetteredFor(UUID key) {
        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.DIRECTORY))) {
            UUID marker = send(EventTypes.LOCATION_UPSERTED, key, "not json");
            deadLetters.awaitRecord(EVENTUALLY, eventId(marker));
            assertThat(deadLetters.records().stream().filter(record -> key.toString().equals(record.key())))
                    .extracting(record -> TopicProbe.header(record, "ce_id"))
                    .containsExactly(marker.toString());
        }
    }

    private UUID send(String type, UUID key, String payload) {
        return sendWithId(type, UUID.randomUUID(), key, payload);
    }

    private UUID send(String type, String key, String payload) {
        return sendWithId(type, UUID.randomUUID(), UUID.fromString(key), payload);
    }

    private void sendWithId(UUID eventId, UUID key, String payload) {
        sendWithId(EventTypes.LOCATION_UPSERTED, eventId, key, payload);
    }

    private UUID sendWithId(String type, UUID eventId, UUID key, String payload) {
        publish(ContractEvents.record(Topics.DIRECTORY, type, key.toString(), eventId, payload));
        return eventId;
    }

    private void publish(ProducerRecord<String, String> record) {
        try {
            kafka.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish test record", e);
        }
    }

    private String location(UUID id, String name) {
        return json.writeValueAsString(new LocationState(id, 1, name, "1 Test Street", "Europe/London", true));
    }

    private String idOf(String payload) {
        return json.readTree(payload).get("id").asString();
    }

    private List<String> applied(UUID eventId) {
        return jdbc.sql("SELECT event_type || ': ' || detail FROM applied_event WHERE event_id = :id")
                .param("id", eventId).query(String.class).list();
    }

    private int appliedAbout(UUID subject) {
        return jdbc.sql("SELECT count(*) FROM applied_event WHERE subject = :subject")
                .param("subject", subject.toString()).query(Integer.class).single();
    }

    private int processedMarks(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id = :id")
                .param("consumer", CONSUMER).param("id", eventId).query(Integer.class).single();
    }

    private static Predicate<ConsumerRecord<String, String>> eventId(UUID eventId) {
        return TopicProbe.withHeader("ce_id", eventId.toString());
    }

    private String bootstrapServers() {
        return String.join(",", kafkaConnection.getBootstrapServers());
    }
}
