package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.client.ErasedClient;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import tools.jackson.databind.JsonNode;

/** client.erased and client.consents-changed from clinic.clients.v1, and the client's export. */
class ClientPrivacyIT extends IntegrationTestBase {

    private static final String CLIENTS_CONSUMER = "notification-service.clients";

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    private Booking booking;
    private String clientToken;
    private Instant startsAt;

    @BeforeEach
    void aClientWithAnAppointmentInThreeDays() {
        ContainerTestUtils.waitForAssignment(listeners.getListenerContainer(CLIENTS_CONSUMER), 3);
        publishDirectoryExamples();
        booking = Booking.fresh(EXAMPLE_LOCATION);
        clientToken = bearer(TokenClaims.client("client", booking.clientId()));
        startsAt = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void erasureAnonymisesEveryCopyCancelsRemindersAndNoLaterEventSendsAMessage() {
        saveAndConfirmSmsNumber(booking.clientId(), """
                {"channels":["EMAIL","SMS"],"smsNumber":"+447700900123"}""", "+447700900123");
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, Map.of()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .extracting(n -> n.get("channel") + ":" + n.get("status"))
                .containsExactlyInAnyOrder("EMAIL:SENT", "SMS:SENT"));
        assertThat(export(clientToken).get("reminders")).isNotEmpty()
                .allSatisfy(reminder -> assertThat(reminder.get("status").asString()).isEqualTo("SCHEDULED"));

        ProducerRecord<String, String> erased = clientErased(UUID.randomUUID());
        awaitConsumed(CLIENTS_CONSUMER, send(erased));

        JsonNode export = export(bearer(TokenClaims.clinicAdmin("admin")));
        assertThat(export.at("/decisions/erasedAt").isNull()).isFalse();
        assertThat(export.get("preferences").isNull()).isTrue();
        assertThat(export.get("appointments")).singleElement().satisfies(copy -> {
            assertThat(copy.get("email").asString()).isEqualTo(ErasedClient.EMAIL);
            assertThat(copy.get("firstName").asString()).isEqualTo(ErasedClient.NAME);
        });
        assertThat(export.get("reminders")).isNotEmpty()
                .allSatisfy(reminder -> assertThat(reminder.get("status").asString()).isEqualTo("CANCELLED"));
        assertThat(export.get("notifications")).hasSize(2).allSatisfy(delivery -> {
            assertThat(delivery.get("recipient").asString()).isIn(ErasedClient.EMAIL, ErasedClient.NAME);
            assertThat(delivery.get("recipientName").isNull()).isTrue();
        });
        assertThat(export.toString()).doesNotContain(booking.email(), "+447700900123", booking.firstName());

        // An event about one of the client's appointments that still carries the old contact data, as one
        // published before the erasure but delivered after it would: no message, and nothing recorded.
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, booking, 2,
                startsAt.plus(Duration.ofHours(2)), Map.of("previousStartsAt", startsAt.toString()))));
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_CANCELLED, booking, 3,
                startsAt.plus(Duration.ofHours(2)), Map.of("cancellationReason", "erased"))));
        assertThat(notificationsOf(booking.appointmentId())).hasSize(2);
        assertThat(emailsTo(booking.email())).hasSize(1);
        JsonNode afterLateEvents = export(clientToken);
        assertThat(afterLateEvents.at("/appointments/0/status").asString()).isEqualTo("CANCELLED");
        assertThat(afterLateEvents.toString()).doesNotContain(booking.email(), booking.firstName());

        // The same event again, and the erasure announced again under a new id: harmless.
        String erasedAt = export.at("/decisions/erasedAt").asString();
        awaitConsumed(CLIENTS_CONSUMER, send(erased));
        awaitConsumed(CLIENTS_CONSUMER, send(clientErased(UUID.randomUUID())));
        assertThat(export(clientToken).at("/decisions/erasedAt").asString()).isEqualTo(erasedAt);
        assertThat(notificationsOf(booking.appointmentId())).hasSize(2);
    }

    @Test
    void aMessageToTheErasurePlaceholderIsNeitherSentNorRecordedEvenBeforeClientErasedArrives() {
        Booking erasedContact = new Booking(booking.appointmentId(), booking.clientId(), booking.locationId(), ErasedClient.NAME,
                ErasedClient.EMAIL);

        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_CANCELLED, erasedContact, 2, startsAt,
                Map.of("cancellationReason", "erased"))));

        assertThat(notificationsOf(booking.appointmentId())).isEmpty();
        assertThat(emailsTo(ErasedClient.EMAIL)).isEmpty();
    }

    @Test
    void withoutConsentToCareMessagesNothingIsSentAndEachMessageIsRecordedAsSkippedForNoConsent() {
        Instant withdrawnAt = Instant.now().minusSeconds(60);
        awaitConsumed(CLIENTS_CONSUMER, send(consents(false, withdrawnAt)));

        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, startsAt, Map.of())));

        assertThat(notificationsOf(booking.appointmentId())).singleElement()
                .satisfies(n -> assertThat(n.get("status")).isEqualTo("SKIPPED"));
        JsonNode skipped = export(clientToken).get("notifications").get(0);
        assertThat(skipped.get("skipReason").asString()).isEqualTo("no-consent");
        assertThat(skipped.get("template").asString()).isEqualTo("appointment-confirmation");
        assertThat(emailsTo(booking.email())).isEmpty();

        // A replay of an older decision changes nothing; a newer one gives consent back and messages flow again.
        awaitConsumed(CLIENTS_CONSUMER, send(consents(true, withdrawnAt.minusSeconds(3600))));
        assertThat(export(clientToken).at("/decisions/careMessages").asBoolean()).isFalse();
        awaitConsumed(CLIENTS_CONSUMER, send(consents(true, withdrawnAt.plusSeconds(30))));
        send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, booking, 2, startsAt.plus(Duration.ofHours(1)),
                Map.of("previousStartsAt", startsAt.toString())));
        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(booking.email()).size() == 1);
    }

    @Test
    void onlyTheClientAndClinicAdminsMayExport() {
        String path = "/api/v1/clients/" + booking.clientId() + "/export";
        for (TokenClaims outsider : List.of(TokenClaims.client("other", UUID.randomUUID()),
                TokenClaims.frontDesk("desk", List.of(EXAMPLE_LOCATION)), TokenClaims.operator("operator"))) {
            http.get().uri(path).header("Authorization", bearer(outsider)).exchange().expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        JsonNode nothingYet = export(clientToken);
        assertThat(nothingYet.get("clientId").asString()).isEqualTo(booking.clientId().toString());
        assertThat(nothingYet.get("notifications")).isEmpty();
    }

    private JsonNode export(String token) {
        return http.get().uri("/api/v1/clients/{id}/export", booking.clientId()).header("Authorization", token).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private ProducerRecord<String, String> clientErased(UUID eventId) {
        return ContractEvents.record(Topics.CLIENTS, EventTypes.CLIENT_ERASED, booking.clientId().toString(), eventId,
                json.writeValueAsString(Map.of("clientId", booking.clientId(), "erasedAt", Instant.now().toString())));
    }

    private ProducerRecord<String, String> consents(boolean careMessages, Instant changedAt) {
        Map<String, Object> marketing = Map.of("granted", false, "changedAt", "2026-01-01T00:00:00Z", "source", "registration");
        return ContractEvents.record(Topics.CLIENTS, EventTypes.CLIENT_CONSENTS_CHANGED, booking.clientId().toString(),
                UUID.randomUUID(), json.writeValueAsString(Map.of("clientId", booking.clientId(),
                        "careMessages", Map.of("granted", careMessages, "changedAt", changedAt.toString(), "source", "self-service"),
                        "marketing", marketing)));
    }
}
