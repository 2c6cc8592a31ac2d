package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.contracts.client.ErasedClient;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A client's data rights through the public API: they book, export everything the platform holds about them
 * (booking and notification data in one document), erase themselves, and from then on get no message and an
 * export of placeholders only.
 */
class DataSubjectRightsSystemIT {

    private static final String NOTES = "Old rugby injury, right shoulder.";

    @Test
    void aClientBooksExportsErasesAndIsNeverWrittenToAgain() {
        Gateway admin = SystemUnderTest.admin();
        TestChain chain = SystemUnderTest.chain();
        TestChain.Client client = chain.newClient(admin);
        Gateway asClient = SystemUnderTest.gatewayAs(TokenClaims.client("rights-" + client.id(), UUID.fromString(client.id())));
        String export = "/api/v1/clients/" + client.id() + "/export";

        Map<String, Object> booking = new HashMap<>(chain.freshBooking(client.id()));
        booking.put("intakeNotes", NOTES);
        String appointment = asClient.created("/api/v1/appointments", booking).get("id").asString();
        awaitMails(client.email(), 1);

        JsonNode before = Awaitility.await("the confirmation recorded as sent").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> exportOf(asClient, export), document -> "SENT".equals(
                        document.at("/services/notification-service/notifications/0/status").asString(null)));
        assertThat(before.get("clientId").asString()).isEqualTo(client.id());
        JsonNode bookingPart = before.at("/services/booking-service");
        assertThat(bookingPart.at("/client/email").asString()).isEqualTo(client.email());
        assertThat(bookingPart.at("/client/lastName").asString()).isEqualTo(client.lastName());
        assertThat(bookingPart.at("/consents/careMessages/granted").asBoolean()).isTrue();
        assertThat(bookingPart.get("appointments")).singleElement().satisfies(item -> {
            assertThat(item.get("id").asString()).isEqualTo(appointment);
            assertThat(item.get("intakeNotes").asString()).isEqualTo(NOTES);
        });
        JsonNode notificationPart = before.at("/services/notification-service");
        assertThat(notificationPart.get("notifications")).singleElement().satisfies(item -> {
            assertThat(item.get("template").asString()).isEqualTo("appointment-confirmation");
            assertThat(item.get("recipient").asString()).isEqualTo(client.email());
        });
        assertThat(notificationPart.at("/appointments/0/email").asString()).isEqualTo(client.email());
        assertThat(notificationPart.get("reminders")).isNotEmpty();
        assertThat(before.at("/services/therapist-service/holdsClientData").asBoolean(true)).isFalse();

        assertThat(asClient.delete("/api/v1/clients/" + client.id()).status()).isEqualTo(204);
        assertThat(asClient.delete("/api/v1/clients/" + client.id()).status()).isEqualTo(204);

        // Erasing cancels the future appointment, which would normally be announced by an email that cannot be opted
        // out of. Once notification-service has applied both the erasure and that cancellation, nothing is on its way.
        JsonNode after = Awaitility.await("the erasure applied everywhere").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> exportOf(asClient, export), document -> !document.at("/services/notification-service/decisions/erasedAt").isMissingNode()
                        && !document.at("/services/notification-service/decisions/erasedAt").isNull()
                        && "CANCELLED".equals(document.at("/services/notification-service/appointments/0/status").asString(null)));
        JsonNode erasedBooking = after.at("/services/booking-service");
        assertThat(erasedBooking.at("/client/firstName").asString()).isEqualTo(ErasedClient.NAME);
        assertThat(erasedBooking.at("/client/email").asString()).isEqualTo(ErasedClient.EMAIL);
        assertThat(erasedBooking.get("appointments")).singleElement().satisfies(item -> {
            assertThat(item.get("status").asString()).isEqualTo("CANCELLED");
            assertThat(item.get("cancellationReason").asString()).isEqualTo("erased");
            assertThat(item.get("intakeNotes").isNull()).isTrue();
            assertThat(item.get("startsAt").asString()).isNotBlank();
        });
        JsonNode erasedNotifications = after.at("/services/notification-service");
        assertThat(erasedNotifications.get("notifications")).singleElement()
                .satisfies(item -> assertThat(item.get("recipient").asString()).isEqualTo(ErasedClient.EMAIL));
        assertThat(erasedNotifications.get("reminders"))
                .allSatisfy(reminder -> assertThat(reminder.get("status").asString()).isEqualTo("CANCELLED"));
        assertThat(after.toString()).doesNotContain(client.email(), client.lastName(), NOTES);

        assertThat(mailsTo(client.email())).isEqualTo(1);
        assertThat(mailsTo(ErasedClient.EMAIL)).isZero();
        Gateway.Response rebooked = admin.post("/api/v1/appointments", chain.freshBooking(client.id()));
        assertThat(rebooked.status()).as(rebooked.body()).isEqualTo(409);

        LogFiles.assertNoneContains(List.of(client.email(), client.lastName(), NOTES));
    }

    private static JsonNode exportOf(Gateway caller, String path) {
        Gateway.Response response = caller.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json();
    }

    private static void awaitMails(String recipient, int count) {
        Awaitility.await("mail to " + recipient).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> mailsTo(recipient) >= count);
    }

    private static long mailsTo(String recipient) {
        return SystemUnderTest.platform().mailServer().receivedRecipients().stream().filter(recipient::equals).count();
    }
}
