package com.clinicnetwork.booking.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class DirectoryReadModelIT extends IntegrationTestBase {

    private static final UUID EXAMPLE_LOCATION = UUID.fromString("0b7d3c1e-1d7f-4d55-9a53-2f0c5d7c1a01");
    private static final UUID EXAMPLE_TREATMENT = UUID.fromString("5a1c9e6b-3f2d-4e8a-b7c4-9d0e1f2a3b02");
    private static final UUID EXAMPLE_THERAPIST = UUID.fromString("c3e4f5a6-7b8c-4d9e-8f01-a2b3c4d5e603");
    private static final UUID EXAMPLE_TABLE = UUID.fromString("7c2b8e41-5d3a-4f6e-9b1c-2a3d4e5f6a07");

    @Test
    void theContractExamplesBuildABookableReadModel() {
        for (String type : List.of(EventTypes.LOCATION_UPSERTED, EventTypes.TREATMENT_UPSERTED, EventTypes.THERAPIST_UPSERTED)) {
            String payload = ContractExamples.json(type);
            String key = json.readTree(payload).get("id").asString();
            publish(ContractEvents.record(Topics.DIRECTORY, type, key, payload));
        }

        await().atMost(EVENTUALLY).until(() -> directory.findTherapist(EXAMPLE_THERAPIST).isPresent()
                && directory.findLocation(EXAMPLE_LOCATION).isPresent() && directory.findTreatment(EXAMPLE_TREATMENT).isPresent());
        assertThat(directory.findLocation(EXAMPLE_LOCATION)).contains(new Location(EXAMPLE_LOCATION, ZoneId.of("Europe/London"), true));
        assertThat(directory.findTreatment(EXAMPLE_TREATMENT))
                .contains(new Treatment(EXAMPLE_TREATMENT, Duration.ofMinutes(60), Duration.ofMinutes(15), true, "TREATMENT_TABLE"));
        assertThat(directory.activeRooms(EXAMPLE_LOCATION, "TREATMENT_TABLE")).containsExactly(new Room(EXAMPLE_TABLE, "Room 1"));
        assertThat(directory.activeRooms(EXAMPLE_LOCATION, "GYM_AREA")).extracting(Room::name).containsExactly("Rehab gym");
        Therapist therapist = directory.findTherapist(EXAMPLE_THERAPIST).orElseThrow();
        assertThat(therapist.active()).isTrue();
        assertThat(therapist.locationIds()).containsExactly(EXAMPLE_LOCATION);
        assertThat(therapist.treatmentIds()).containsExactly(EXAMPLE_TREATMENT);
        assertThat(therapist.workingHours()).containsExactly(
                new WorkingHours(EXAMPLE_LOCATION, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));

        // What the examples describe can be booked, into the example's table: a Tuesday at 10:00 London time.
        LocalDate tuesday = LocalDate.now(LONDON).plusDays(1).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        http.post().uri("/api/v1/appointments")
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "therapistId", EXAMPLE_THERAPIST, "locationId", EXAMPLE_LOCATION, "treatmentId", EXAMPLE_TREATMENT,
                        "startsAt", tuesday.atTime(10, 0).atZone(LONDON).toOffsetDateTime().toString()))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.roomId").isEqualTo(EXAMPLE_TABLE.toString());
    }

    @Test
    void aNewerVersionOfALocationReplacesItsRoomsAndAnInactiveRoomKeepsItsName() {
        UUID id = UUID.randomUUID();
        UUID retired = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, id, withRooms(id, 1,
                new com.clinicnetwork.contracts.directory.Room(retired, "Table 1", "TREATMENT_TABLE", true)));
        await().atMost(EVENTUALLY).until(() -> !directory.activeRooms(id, "TREATMENT_TABLE").isEmpty());

        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, id, withRooms(id, 2,
                new com.clinicnetwork.contracts.directory.Room(retired, "Table 1", "TREATMENT_TABLE", false),
                new com.clinicnetwork.contracts.directory.Room(added, "Table 2", "TREATMENT_TABLE", true)));
        await().atMost(EVENTUALLY).until(() -> directory.activeRooms(id, "TREATMENT_TABLE").equals(List.of(new Room(added, "Table 2"))));

        assertThat(directory.roomNames(List.of(retired, added))).isEqualTo(Map.of(retired, "Table 1", added, "Table 2"));
    }

    @Test
    void aLocationListingOneRoomTwiceIsDeadLettered() {
        UUID id = UUID.randomUUID();
        com.clinicnetwork.contracts.directory.Room table =
                new com.clinicnetwork.contracts.directory.Room(UUID.randomUUID(), "Table 1", "TREATMENT_TABLE", true);
        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.DIRECTORY))) {
            publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, id, withRooms(id, 1, table, table));

            deadLetters.awaitRecord(EVENTUALLY, record -> id.toString().equals(record.key()));
        }
        assertThat(directory.findLocation(id)).isEmpty();
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() {
        UUID id = UUID.randomUUID();
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, id, location(id, 5, "Europe/London", true));
        await().atMost(EVENTUALLY).until(() -> directory.findLocation(id).isPresent());

        RecordMetadata older = publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, id, location(id, 4, "Europe/Berlin", false));
        awaitDirectoryConsumerPast(older);

        assertThat(directory.findLocation(id)).contains(new Location(id, LONDON, true));
    }

    @Test
    void aNewerVersionReplacesTheStateAndDeactivates() {
        BookableTherapist setup = bookableTherapist();
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, setup.therapistId(), new TherapistState(setup.therapistId(), 2,
                "Test Therapist", Set.of(), Set.of(setup.locationId()), Set.of(setup.treatmentId()), List.of(), false));

        await().atMost(EVENTUALLY).until(() -> !directory.findTherapist(setup.therapistId()).orElseThrow().active());
        assertThat(directory.findTherapist(setup.therapistId()).orElseThrow().workingHours()).isEmpty();
        http.post().uri("/api/v1/appointments")
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .contentType(MediaType.APPLICATION_JSON)
                .body(setup.booking(null, nextWeekAt(10, 0)))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("therapistId");
    }

    @Test
    void aRedeliveredEventIsAppliedOnlyOnce() {
        UUID id = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        publish(ContractEvents.record(Topics.DIRECTORY, EventTypes.LOCATION_UPSERTED, id.toString(), eventId,
                json.writeValueAsString(location(id, 1, "Europe/London", true))));
        await().atMost(EVENTUALLY).until(() -> directory.findLocation(id).isPresent());

        // Same event id with different content: only a redelivery can look like this, and it must not be applied again.
        RecordMetadata redelivery = publish(ContractEvents.record(Topics.DIRECTORY, EventTypes.LOCATION_UPSERTED, id.toString(),
                eventId, json.writeValueAsString(location(id, 2, "Europe/Berlin", false))));
        awaitDirectoryConsumerPast(redelivery);

        assertThat(directory.findLocation(id)).contains(new Location(id, LONDON, true));
    }

    @Test
    void eventTypesThisServiceDoesNotKnowAreSkipped() {
        UUID id = UUID.randomUUID();
        RecordMetadata unknown = publish(ContractEvents.record(Topics.DIRECTORY, "location.renamed", id.toString(),
                json.writeValueAsString(location(id, 1, "Europe/London", true))));
        awaitDirectoryConsumerPast(unknown);

        assertThat(directory.findLocation(id)).isEmpty();
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheNextRecordIsStillApplied() {
        UUID id = UUID.randomUUID();
        String malformed = "{\"id\": \"" + id + "\", \"version\": ";
        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.DIRECTORY))) {
            publish(ContractEvents.record(Topics.DIRECTORY, EventTypes.LOCATION_UPSERTED, id.toString(), malformed));
            // Same key, so same partition: it is only applied if the malformed record did not block the partition.
            publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, id, location(id, 1, "Europe/London", true));

            await().atMost(EVENTUALLY).until(() -> directory.findLocation(id).isPresent());
            ConsumerRecord<String, String> deadLetter = deadLetters.awaitRecord(EVENTUALLY, record -> id.toString().equals(record.key()));
            assertThat(deadLetter.value()).isEqualTo(malformed);
        }
    }

    @Test
    void aPayloadViolatingTheContractIsDeadLettered() {
        UUID id = UUID.randomUUID();
        String withoutTimeZone = "{\"id\":\"" + id + "\",\"version\":1,\"name\":\"Nowhere\",\"address\":\"-\",\"active\":true}";
        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.DIRECTORY))) {
            publish(ContractEvents.record(Topics.DIRECTORY, EventTypes.LOCATION_UPSERTED, id.toString(), withoutTimeZone));

            deadLetters.awaitRecord(EVENTUALLY, record -> id.toString().equals(record.key()));
        }
        assertThat(directory.findLocation(id)).isEmpty();
    }

    private static LocationState withRooms(UUID id, long version, com.clinicnetwork.contracts.directory.Room... rooms) {
        return new LocationState(id, version, "Clinic " + version, "1 Test Street", "Europe/London", true, List.of(),
                List.of(rooms), null);
    }

    private static LocationState location(UUID id, long version, String timeZone, boolean active) {
        return new LocationState(id, version, "Clinic " + version, "1 Test Street", timeZone, active);
    }
}
