package com.clinicnetwork.booking.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.messaging.metrics.ConsumerLagMetrics;
import com.clinicnetwork.messaging.metrics.OutboxBacklogMetrics;
import com.clinicnetwork.messaging.outbox.OutboxRelay;
import com.clinicnetwork.messaging.outbox.OutboxWriter;
import com.clinicnetwork.messaging.outbox.OutgoingEvent;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;

/** The operators' view of booking-service: business metrics on Prometheus and one trace from request to Kafka record. */
class BookingObservabilityIT extends IntegrationTestBase {

    private static final String DIRECTORY_CONSUMER = "booking-service.directory";

    @Autowired
    private MeterRegistry meters;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private OutboxWriter outbox;
    @Autowired
    private OutboxRelay relay;
    @Autowired
    private OutboxBacklogMetrics outboxMetrics;
    @Autowired
    private ConsumerLagMetrics consumerLag;
    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Test
    void theAppointmentEventContinuesTheTraceOfTheBookingRequest() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Tracey");
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String incoming = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";

        try (TopicProbe appointments = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            AppointmentView appointment = http.post().uri("/api/v1/appointments")
                    .header(HttpHeaders.AUTHORIZATION, client(clientId))
                    .header("traceparent", incoming)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(setup.booking(null, nextWeekAt(11, 0)))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectBody(AppointmentView.class).returnResult().getResponseBody();

            assertThat(jdbc.sql("SELECT trace_parent FROM outbox_event WHERE subject = :id")
                    .param("id", appointment.id().toString()).query(String.class).single())
                    .startsWith("00-" + traceId + "-");
            ConsumerRecord<String, String> event = appointments.awaitRecord(EVENTUALLY,
                    record -> appointment.id().toString().equals(record.key()));
            String published = TopicProbe.header(event, "traceparent");
            assertThat(published).matches("00-" + traceId + "-[0-9a-f]{16}-01");
            // A span of booking-service, child of the caller's, not the caller's span itself.
            assertThat(published).isNotEqualTo(incoming);
        }
    }

    @Test
    void bookingsAreCountedByOutcome() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Countess");
        Map<String, Double> before = bookingCounts();

        post("/api/v1/appointments", client(clientId), setup.booking(null, nextWeekAt(10, 0)), null).expectStatus().isCreated();
        post("/api/v1/appointments", client(clientId), setup.booking(null, nextWeekAt(10, 30)), null).expectStatus().isEqualTo(409);
        post("/api/v1/appointments", client(clientId), setup.booking(null, nextWeekAt(19, 30)), null).expectStatus().isEqualTo(422);
        post("/api/v1/appointments", client(clientId), Map.of("therapistId", "not-a-uuid"), null).expectStatus().isBadRequest();
        http.post().uri("/api/v1/appointments").contentType(MediaType.APPLICATION_JSON)
                .body(setup.booking(clientId, nextWeekAt(12, 0))).exchange().expectStatus().isUnauthorized();

        // The filter counts a request after its answer has gone out: wait for the count, not a moment.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            Map<String, Double> after = bookingCounts();
            assertThat(after.get("booked") - before.get("booked")).isEqualTo(1);
            assertThat(after.get("conflict") - before.get("conflict")).isEqualTo(1);
            assertThat(after.get("outside-hours") - before.get("outside-hours")).isEqualTo(1);
            assertThat(after.get("rejected") - before.get("rejected")).isEqualTo(1);
            assertThat(after.get("denied") - before.get("denied")).isEqualTo(1);
            assertThat(after.get("error") - before.get("error")).isZero();
        });

        String scrape = http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("clinic_bookings_total{", "outcome=\"booked\"", "outcome=\"outside-hours\"");
    }

    @Test
    void availabilitySearchesAreTimed() {
        BookableTherapist setup = bookableTherapist();
        long before = availabilitySearches();

        http.get().uri("/api/v1/availability?locationId={l}&treatmentId={t}&from={f}&to={to}", setup.locationId(),
                        setup.treatmentId(), nextWeekAt(8, 0).toInstant(), nextWeekAt(20, 0).toInstant())
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .exchange()
                .expectStatus().isOk();

        // Timed when the answer has gone out, which the client may see first: wait for the count, not a moment.
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(availabilitySearches()).isEqualTo(before + 1));
        assertThat(meters.get("clinic.availability.search").tag("outcome", "success").timer().totalTime(
                java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    }

    @Test
    void theOutboxBacklogAndItsAgeShowEventsTheRelayHasNotPublished() {
        relay.stop();
        try {
            UUID locationId = UUID.randomUUID();
            transactions.executeWithoutResult(status -> outbox.append(OutgoingEvent.about(Topics.DIRECTORY,
                    EventTypes.LOCATION_UPSERTED, locationId,
                    new LocationState(locationId, 1, "Backlog clinic", "1 Test Street, Leeds", "Europe/London", true))));
            outboxMetrics.refresh();
            assertThat(meters.get("clinic.outbox.backlog").gauge().value()).isGreaterThanOrEqualTo(1);
            await().atMost(EVENTUALLY).until(() -> meters.get("clinic.outbox.oldest.age").gauge().value() > 0);
        } finally {
            relay.start();
        }
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            outboxMetrics.refresh();
            assertThat(meters.get("clinic.outbox.backlog").gauge().value()).isZero();
            assertThat(meters.get("clinic.outbox.oldest.age").gauge().value()).isZero();
        });
    }

    @Test
    void consumerLagGrowsWhileTheListenerIsStoppedAndDrainsAfterwards() {
        MessageListenerContainer directoryListener = listeners.getListenerContainer(DIRECTORY_CONSUMER);
        directoryListener.stop();
        try {
            UUID locationId = UUID.randomUUID();
            publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, locationId,
                    new LocationState(locationId, 1, "Lagging clinic", "2 Test Street, Leeds", "Europe/London", true));
            await().atMost(EVENTUALLY).untilAsserted(() -> {
                consumerLag.refresh();
                assertThat(directoryLag()).isGreaterThanOrEqualTo(1);
            });
        } finally {
            directoryListener.start();
        }
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            consumerLag.refresh();
            assertThat(directoryLag()).isZero();
        });
    }

    private double directoryLag() {
        return meters.get("clinic.consumer.lag").tag("group", DIRECTORY_CONSUMER).tag("topic", Topics.DIRECTORY).gauge().value();
    }

    private Map<String, Double> bookingCounts() {
        return Map.of("booked", bookings("booked"), "conflict", bookings("conflict"), "outside-hours", bookings("outside-hours"),
                "rejected", bookings("rejected"), "denied", bookings("denied"), "error", bookings("error"));
    }

    private double bookings(String outcome) {
        return meters.get("clinic.bookings").tag("outcome", outcome).counter().count();
    }

    private long availabilitySearches() {
        var timer = meters.find("clinic.availability.search").tag("outcome", "success").timer();
        return timer == null ? 0 : timer.count();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
