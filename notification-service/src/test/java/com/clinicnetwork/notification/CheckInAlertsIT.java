package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** {@code check-in.worsened}: the treating therapist is emailed once per answered session, by real SMTP. */
class CheckInAlertsIT extends IntegrationTestBase {

    private static final Instant DEC_1_10_00 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String CLIENTS_CONSUMER = "notification-service.clients";

    private Booking booking;

    @BeforeEach
    void aClientOfTheExampleClinic() {
        publishDirectoryExamples();
        booking = Booking.fresh(EXAMPLE_LOCATION);
    }

    @Test
    void theTherapistIsEmailedTheClientsFirstNameAndScoresOnceWhateverIsRedelivered() throws Exception {
        UUID therapistId = therapist("Maya Worsening", "maya-" + booking.clientId() + "@clinic.example");
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of("therapistId", therapistId)));
        UUID eventId = UUID.randomUUID();

        send(worsened(therapistId, eventId));

        String therapistEmail = "maya-" + booking.clientId() + "@clinic.example";
        await().atMost(Duration.ofSeconds(20)).until(() -> emailsTo(therapistEmail).size() == 1);
        MimeMessage alert = emailsTo(therapistEmail).get(0);
        String text = plainText(alert);
        assertThat(alert.getSubject()).isEqualTo("Check-in worsened: Priya, Knee pain relief massage, 60 min");
        assertThat(text)
                .startsWith("Hello Maya Worsening,")
                .contains("Priya answered the check-in after the session of Tuesday 1 December 2026, 10:00–11:00 GMT")
                .contains("with 6 out of 10, up from 2 at the session before")
                .contains("Their next session with you is on Tuesday 15 December 2026, 10:00 GMT.")
                .doesNotContain(booking.email());

        // The same event again, and the same alert under another event id (a producer retry): no second email.
        send(worsened(therapistId, eventId));
        awaitConsumed(APPOINTMENTS_CONSUMER, send(worsened(therapistId, UUID.randomUUID())));
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE occasion = :occasion")
                .param("occasion", "check-in-worsened:" + booking.appointmentId()).query(Long.class).single()).isOne();
        assertThat(emailsTo(therapistEmail)).hasSize(1);
        assertThat(emailsTo(booking.email())).allSatisfy(toClient -> assertThat(toClient.getSubject()).doesNotContain("worsened"));

        // Staff see the alert with the appointment's notifications; the client is not shown what went to their therapist.
        assertThat(notificationsOf(booking.appointmentId())).extracting(notification -> notification.get("template"))
                .contains("check-in-worsening-alert");
        http.get().uri("/api/v1/notifications?appointmentId={id}", booking.appointmentId())
                .header("Authorization", bearer(TokenClaims.client("priya", booking.clientId())))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.template == 'check-in-worsening-alert')]").isEmpty();
    }

    @Test
    void anAlertForATherapistWithoutAnEmailAddressIsDeadLetteredAndNothingIsSent() {
        UUID therapistId = therapist("Noah Nomail", null);
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of("therapistId", therapistId)));
        ProducerRecord<String, String> alert = worsened(therapistId, UUID.randomUUID());

        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.APPOINTMENTS))) {
            send(alert);

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(Duration.ofSeconds(20),
                    record -> alert.value().equals(record.value()));
            assertThat(TopicProbe.header(dead, "kafka_dlt-exception-cause-fqcn"))
                    .isEqualTo("com.clinicnetwork.notification.booking.TherapistWithoutEmailException");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE occasion = :occasion")
                .param("occasion", "check-in-worsened:" + booking.appointmentId()).query(Long.class).single()).isZero();
    }

    @Test
    void anErasedClientsFirstNameLeavesTheAlertsSentAboutThem() {
        UUID therapistId = therapist("Maya Erasure", "maya-erasure-" + booking.clientId() + "@clinic.example");
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of("therapistId", therapistId)));
        send(worsened(therapistId, UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> emailsTo("maya-erasure-" + booking.clientId() + "@clinic.example").size() == 1);

        ObjectNode erased = (ObjectNode) json.readTree(ContractExamples.json(EventTypes.CLIENT_ERASED));
        erased.put("clientId", booking.clientId().toString());
        awaitConsumed(CLIENTS_CONSUMER, send(ContractEvents.record(Topics.CLIENTS, EventTypes.CLIENT_ERASED,
                booking.clientId().toString(), json.writeValueAsString(erased))));

        String content = jdbc.sql("SELECT content::text FROM notification WHERE occasion = :occasion")
                .param("occasion", "check-in-worsened:" + booking.appointmentId()).query(String.class).single();
        assertThat(content).doesNotContain("Priya").contains("\"score\": 6");
    }

    /** A therapist of the example clinic, with this email address (or none). */
    private UUID therapist(String displayName, String email) {
        UUID therapistId = UUID.randomUUID();
        ObjectNode payload = (ObjectNode) json.readTree(ContractExamples.json(EventTypes.THERAPIST_UPSERTED));
        payload.put("id", therapistId.toString());
        payload.put("version", 1);
        payload.put("displayName", displayName);
        if (email == null) {
            payload.putNull("email");
        } else {
            payload.put("email", email);
        }
        awaitConsumed(DIRECTORY_CONSUMER, send(ContractEvents.record(Topics.DIRECTORY, EventTypes.THERAPIST_UPSERTED,
                therapistId.toString(), json.writeValueAsString(payload))));
        return therapistId;
    }

    /** {@code check-in.worsened} of the booking, 2 -> 6, with the next session on 15 December (the example's). */
    private ProducerRecord<String, String> worsened(UUID therapistId, UUID eventId) {
        ObjectNode payload = (ObjectNode) json.readTree(ContractExamples.json(EventTypes.CHECK_IN_WORSENED));
        payload.put("appointmentId", booking.appointmentId().toString());
        payload.put("clientId", booking.clientId().toString());
        payload.put("therapistId", therapistId.toString());
        payload.put("locationId", booking.locationId().toString());
        return ContractEvents.record(Topics.APPOINTMENTS, EventTypes.CHECK_IN_WORSENED, booking.appointmentId().toString(),
                eventId, json.writeValueAsString(payload));
    }
}
