package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterIT extends IntegrationTestBase {

    private static final UUID LOCATION = UUID.randomUUID();

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextBookingIsStillConfirmed() {
        Booking booking = Booking.fresh(LOCATION);
        String key = booking.appointmentId().toString();
        String malformedJson = "{\"appointmentId\": \"" + key + "\", broken";
        String withoutHeaders = "{\"appointmentId\": \"" + key + "\", \"no\": \"headers\"}";
        String invalidPayload = "{\"appointmentId\": \"" + key + "\", \"version\": 1}";
        String offerWithoutHold = "{\"offerId\": \"" + key + "\", \"clientId\": \"" + booking.clientId() + "\"}";

        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.APPOINTMENTS))) {
            // Same key as the good booking, so all of them share one partition and the poison sits in front of it.
            send(ContractEvents.record(Topics.APPOINTMENTS, EventTypes.APPOINTMENT_BOOKED, key, malformedJson));
            send(new ProducerRecord<>(Topics.APPOINTMENTS, key, withoutHeaders));
            send(ContractEvents.record(Topics.APPOINTMENTS, EventTypes.APPOINTMENT_BOOKED, key, invalidPayload));
            send(ContractEvents.record(Topics.APPOINTMENTS, EventTypes.WAITLIST_OFFER_MADE, key, offerWithoutHold));
            send(booked(booking));

            await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(booking.email()).size() == 1);
            ConsumerRecord<String, String> malformed = deadLetters.awaitRecord(Duration.ofSeconds(10),
                    record -> malformedJson.equals(record.value()));
            deadLetters.awaitRecord(Duration.ofSeconds(10), record -> withoutHeaders.equals(record.value()));
            deadLetters.awaitRecord(Duration.ofSeconds(10), record -> invalidPayload.equals(record.value()));
            deadLetters.awaitRecord(Duration.ofSeconds(10), record -> offerWithoutHold.equals(record.value()));
            assertThat(malformed.key()).isEqualTo(key);
            assertThat(TopicProbe.header(malformed, "kafka_dlt-exception-cause-fqcn"))
                    .isEqualTo("com.clinicnetwork.messaging.inbox.InvalidEventException");
            // Exception messages quote what the listener could not read: they stay out of the dead letter.
            assertThat(malformed.headers().lastHeader("kafka_dlt-exception-message")).isNull();
            assertThat(malformed.headers().lastHeader("kafka_dlt-exception-stacktrace")).isNull();
        }

        http.get().uri("/api/v1/notifications?appointmentId={id}", booking.appointmentId())
                .header("Authorization", bearer(TokenClaims.client("priya", booking.clientId())))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].status").isEqualTo("SENT");
    }

    /** The contracts never retire anything with a tombstone, so one carries no event: skipped, as on every topic. */
    @Test
    void aTombstoneIsSkippedNotDeadLettered() {
        Booking booking = Booking.fresh(LOCATION);
        String key = booking.appointmentId().toString();
        String marker = "{\"appointmentId\": \"" + key + "\", \"version\": 1}";

        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.APPOINTMENTS))) {
            send(new ProducerRecord<>(Topics.APPOINTMENTS, key, null));
            send(ContractEvents.record(Topics.APPOINTMENTS, EventTypes.APPOINTMENT_BOOKED, key, marker));
            send(booked(booking));

            await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(booking.email()).size() == 1);
            deadLetters.awaitRecord(Duration.ofSeconds(10), record -> marker.equals(record.value()));
            // Dead letters keep their partition's order: a dead-lettered tombstone would have arrived before the marker.
            assertThat(deadLetters.records().stream().filter(record -> key.equals(record.key())))
                    .extracting(ConsumerRecord::value)
                    .containsExactly(marker);
        }
    }
}
