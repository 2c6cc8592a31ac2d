package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.notification.NotificationOutcome;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The SMS provider adapter's failure handling, seen through the delivery records and notification.failed. */
class SmsFailureIT extends IntegrationTestBase {

    private static final String PHONE = "+447700900456";

    @Test
    void aNumberTheProviderRefusesFailsAtOnceAndIsPublishedWithoutContactData() {
        publishDirectoryExamples();
        Booking booking = Booking.fresh(EXAMPLE_LOCATION);
        saveAndConfirmSmsNumber(booking.clientId(), "{\"channels\":[\"SMS\"],\"smsNumber\":\"" + PHONE + "\"}", PHONE);
        httpServer.respond(TestHttpServer.SMS_PATH, 400);

        try (TopicProbe outcomes = TopicProbe.readFromBeginning(bootstrapServers(), Topics.NOTIFICATIONS)) {
            send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, Instant.parse("2026-12-01T10:00:00Z"), Map.of()));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                    .singleElement()
                    .satisfies(n -> assertThat(n)
                            .containsEntry("channel", "SMS")
                            .containsEntry("status", "FAILED")
                            .containsEntry("attempts", 1)
                            .containsEntry("lastError", "SMS provider answered HTTP 400")));
            String id = (String) notificationsOf(booking.appointmentId()).get(0).get("id");
            ConsumerRecord<String, String> failed = outcomes.awaitRecord(Duration.ofSeconds(10), record -> id.equals(record.key()));
            assertThat(TopicProbe.header(failed, "ce_type")).isEqualTo(EventTypes.NOTIFICATION_FAILED);
            NotificationOutcome outcome = json.readValue(failed.value(), NotificationOutcome.class);
            assertThat(outcome.status()).isEqualTo("FAILED");
            assertThat(outcome.error()).isEqualTo("SMS provider answered HTTP 400");
            assertThat(failed.value()).doesNotContain(PHONE).doesNotContain(booking.email());
        }
        assertThat(emailsTo(booking.email())).isEmpty();
    }
}
