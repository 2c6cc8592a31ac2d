package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.appointment.AppointmentEvent;
import com.clinicnetwork.notification.delivery.email.EmailSender;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

class BookingConfirmationIT extends IntegrationTestBase {

    @Test
    void theContractExampleBookingIsConfirmedByEmailWithinTwoSecondsAndShownAsSent() throws Exception {
        publishDirectoryExamples();
        AppointmentEvent example = json.readValue(ContractExamples.json(EventTypes.APPOINTMENT_BOOKED), AppointmentEvent.class);
        String recipient = example.client().email();

        send(ContractEvents.record(Topics.APPOINTMENTS, EventTypes.APPOINTMENT_BOOKED, example.appointmentId().toString(),
                UUID.randomUUID(), ContractExamples.json(EventTypes.APPOINTMENT_BOOKED)));

        await().atMost(Duration.ofSeconds(2)).until(() -> emailsTo(recipient).size() == 1);
        MimeMessage email = emailsTo(recipient).get(0);
        String body = plainText(email);
        assertThat(email.getFrom()[0].toString()).isEqualTo("bookings@clinic-network.example");
        assertThat(email.getSubject())
                .isEqualTo("Booking confirmed: Knee pain relief massage, 60 min on Tue 1 Dec 2026 at 10:00");
        assertThat(body)
                .contains("Hello Sam,")
                .contains("Knee pain relief massage, 60 min")
                .contains("Maya Okafor")
                .contains("Riverside Clinic, 12 Riverside Walk, Manchester M3 4JR")
                .contains("Tuesday 1 December 2026, 10:00–11:00 GMT");

        String clientToken = bearer(TokenClaims.client("sam", example.clientId()));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> http.get()
                .uri("/api/v1/notifications?appointmentId={id}", example.appointmentId())
                .header("Authorization", clientToken)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(email.getHeader(EmailSender.NOTIFICATION_ID_HEADER)[0])
                .jsonPath("$.items[0].appointmentId").isEqualTo(example.appointmentId().toString())
                .jsonPath("$.items[0].channel").isEqualTo("EMAIL")
                .jsonPath("$.items[0].template").isEqualTo("appointment-confirmation")
                .jsonPath("$.items[0].status").isEqualTo("SENT")
                .jsonPath("$.items[0].attempts").isEqualTo(1)
                .jsonPath("$.items[0].sentAt").isNotEmpty()
                .jsonPath("$.items[0].recipient").isEqualTo(recipient));
    }

    @Test
    void aRedeliveredEventOrARepeatedBookingSendsNoSecondEmail() {
        Booking booking = Booking.fresh(EXAMPLE_LOCATION);
        UUID eventId = UUID.randomUUID();
        send(booked(booking, eventId));
        await().atMost(Duration.ofSeconds(5)).until(() -> emailsTo(booking.email()).size() == 1);

        send(booked(booking, eventId));
        // The same booking announced again under a new event id, as a producer retry might do.
        RecordMetadata last = send(booked(booking, UUID.randomUUID()));
        awaitConsumed(APPOINTMENTS_CONSUMER, last);

        assertThat(emailsTo(booking.email())).hasSize(1);
        http.get().uri("/api/v1/notifications?appointmentId={id}", booking.appointmentId())
                .header("Authorization", bearer(TokenClaims.clinicAdmin("admin")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].attempts").isEqualTo(1);
    }

    @Test
    void anOlderDirectoryVersionDoesNotOverwriteANewerOne() {
        UUID locationId = UUID.randomUUID();
        send(location(locationId, 5, "Leeds Headingley", "Europe/London"));
        RecordMetadata older = send(location(locationId, 4, "Old Leeds Name", "Europe/Berlin"));
        awaitConsumed(DIRECTORY_CONSUMER, older);

        Booking booking = Booking.fresh(locationId);
        send(booked(booking));

        await().atMost(Duration.ofSeconds(5)).until(() -> emailsTo(booking.email()).size() == 1);
        String body = plainText(emailsTo(booking.email()).get(0));
        assertThat(body).contains("Leeds Headingley").contains("10:00–11:00 GMT").doesNotContain("Old Leeds Name");
    }

    private ProducerRecord<String, String> location(UUID id, long version, String name, String zone) {
        String payload = """
                {"id":"%s","version":%d,"name":"%s","address":"1 Test Street","timeZone":"%s","active":true}
                """.formatted(id, version, name, zone);
        return ContractEvents.record(Topics.DIRECTORY, EventTypes.LOCATION_UPSERTED, id.toString(), payload);
    }
}
