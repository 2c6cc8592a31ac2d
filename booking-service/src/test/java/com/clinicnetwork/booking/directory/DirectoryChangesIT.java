package com.clinicnetwork.booking.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/**
 * The read model follows every kind of directory change — opening hours, deactivation, working-hours
 * edits, time off and extra hours — and answers the queries an availability search runs.
 */
class DirectoryChangesIT extends IntegrationTestBase {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime ONE = LocalTime.of(13, 0);
    private static final LocalTime FIVE = LocalTime.of(17, 0);

    @Test
    void aLocationsOpeningHoursAreReplacedAndItsDeactivationFollows() {
        UUID id = UUID.randomUUID();
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, id, location(id, 1, true,
                hours(DayOfWeek.MONDAY, "08:00", "19:00"), hours(DayOfWeek.SATURDAY, "09:00", "13:00")));
        await().atMost(EVENTUALLY).until(() -> directory.openingHours(id).size() == 2);

        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, id, location(id, 2, false,
                hours(DayOfWeek.TUESDAY, "14:00", "19:00"), hours(DayOfWeek.TUESDAY, "08:00", "12:00")));
        await().atMost(EVENTUALLY).until(() -> !directory.findLocation(id).orElseThrow().active());

        assertThat(directory.openingHours(id)).containsExactly(
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(19, 0)));
        assertThat(directory.openingHours(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aTreatmentsDeactivationFollows() {
        UUID id = UUID.randomUUID();
        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, id, treatment(id, 1, 60, true));
        await().atMost(EVENTUALLY).until(() -> directory.findTreatment(id).isPresent());

        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, id, treatment(id, 2, 45, false));
        await().atMost(EVENTUALLY).until(() -> !directory.findTreatment(id).orElseThrow().active());

        assertThat(directory.findTreatment(id)).contains(new Treatment(id, Duration.ofMinutes(45), Duration.ofMinutes(10), false, null));
    }

    @Test
    void aTherapistsScheduleFollowsWorkingHoursEditsTimeOffExtraHoursAndDeactivation() {
        UUID location = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID treatment = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        Set<UUID> locations = Set.of(location, other);
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, id, therapist(id, 1, locations, Set.of(treatment), true,
                List.of(weekly(location, DayOfWeek.MONDAY, NINE, FIVE)), List.of(), List.of()));
        await().atMost(EVENTUALLY).until(() -> directory.findTherapist(id).isPresent());
        assertThat(directory.bookableTherapistIds(location, treatment)).containsExactly(id);

        // Working hours edited: Monday becomes a morning, and Thursdays at the other location are added.
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, id, therapist(id, 2, locations, Set.of(treatment), true,
                List.of(weekly(location, DayOfWeek.MONDAY, NINE, ONE), weekly(other, DayOfWeek.THURSDAY, NINE, FIVE)),
                List.of(), List.of()));
        await().atMost(EVENTUALLY).until(() -> directory.workingHours(id, other).size() == 1);
        assertThat(directory.workingHours(id, location)).containsExactly(
                new WorkingHours(location, DayOfWeek.MONDAY, NINE, ONE));

        // Time off and extra hours arrive with the therapist's next version.
        UUID timeOffId = UUID.randomUUID();
        UUID extraId = UUID.randomUUID();
        OffsetDateTime awayFrom = OffsetDateTime.parse("2027-03-01T00:00:00Z");
        OffsetDateTime awayUntil = OffsetDateTime.parse("2027-03-06T00:00:00Z");
        LocalDate saturday = LocalDate.of(2027, 3, 13);
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, id, therapist(id, 3, locations, Set.of(treatment), true,
                List.of(weekly(location, DayOfWeek.MONDAY, NINE, ONE)),
                List.of(new com.clinicnetwork.contracts.directory.TimeOff(timeOffId, awayFrom, awayUntil)),
                List.of(new com.clinicnetwork.contracts.directory.ExtraHours(extraId, location, saturday, NINE, ONE))));
        await().atMost(EVENTUALLY).until(() -> !directory.extraHours(id, location, saturday, saturday).isEmpty());

        assertThat(directory.workingHours(id, other)).as("Thursdays were dropped").isEmpty();
        assertThat(directory.timeOffOverlapping(id, Instant.parse("2027-03-05T09:00:00Z"), Instant.parse("2027-03-05T10:00:00Z")))
                .containsExactly(new TimeOff(timeOffId, awayFrom.toInstant(), awayUntil.toInstant()));
        assertThat(directory.timeOffOverlapping(id, Instant.parse("2027-03-06T00:00:00Z"), Instant.parse("2027-03-07T00:00:00Z")))
                .as("time off ends where the range starts").isEmpty();
        assertThat(directory.timeOffOverlapping(id, Instant.parse("2027-02-28T23:00:00Z"), Instant.parse("2027-03-01T00:00:00Z")))
                .as("the range ends where time off starts").isEmpty();
        assertThat(directory.extraHours(id, location, saturday.minusDays(6), saturday))
                .containsExactly(new ExtraHours(extraId, location, saturday, NINE, ONE));
        assertThat(directory.extraHours(id, other, saturday, saturday)).isEmpty();
        assertThat(directory.extraHours(id, location, saturday.plusDays(1), saturday.plusDays(7))).isEmpty();

        // Time off withdrawn and the therapist deactivated.
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, id, therapist(id, 4, locations, Set.of(treatment), false,
                List.of(weekly(location, DayOfWeek.MONDAY, NINE, ONE)), List.of(), List.of()));
        await().atMost(EVENTUALLY).until(() -> !directory.findTherapist(id).orElseThrow().active());
        assertThat(directory.timeOffOverlapping(id, awayFrom.toInstant(), awayUntil.toInstant())).isEmpty();
        assertThat(directory.extraHours(id, location, saturday, saturday)).isEmpty();
        assertThat(directory.bookableTherapistIds(location, treatment)).doesNotContain(id);
    }

    @Test
    void anOlderVersionDoesNotBringBackTimeOffThatWasWithdrawn() {
        UUID id = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        var away = new com.clinicnetwork.contracts.directory.TimeOff(UUID.randomUUID(),
                OffsetDateTime.parse("2027-04-01T00:00:00Z"), OffsetDateTime.parse("2027-04-02T00:00:00Z"));
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, id, therapist(id, 6, Set.of(location), Set.of(), true,
                List.of(), List.of(), List.of()));
        await().atMost(EVENTUALLY).until(() -> directory.findTherapist(id).isPresent());

        RecordMetadata older = publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, id, therapist(id, 5, Set.of(location), Set.of(),
                true, List.of(), List.of(away), List.of()));
        awaitDirectoryConsumerPast(older);

        assertThat(directory.timeOffOverlapping(id, away.startsAt().toInstant(), away.endsAt().toInstant())).isEmpty();
    }

    @Test
    void eventsOfProducersOlderThanTheNewFieldsAreStillApplied() {
        UUID location = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        publish(ContractEvents.record(Topics.DIRECTORY, EventTypes.LOCATION_UPSERTED, location.toString(),
                "{\"id\":\"" + location + "\",\"version\":1,\"name\":\"Old Clinic\",\"address\":\"1 Old Street\","
                        + "\"timeZone\":\"Europe/London\",\"active\":true}"));
        publish(ContractEvents.record(Topics.DIRECTORY, EventTypes.THERAPIST_UPSERTED, therapist.toString(),
                "{\"id\":\"" + therapist + "\",\"version\":1,\"displayName\":\"Old Therapist\",\"specialties\":[],"
                        + "\"locationIds\":[\"" + location + "\"],\"treatmentIds\":[],\"workingHours\":[{\"locationId\":\""
                        + location + "\",\"dayOfWeek\":\"MONDAY\",\"startsAt\":\"09:00:00\",\"endsAt\":\"17:00:00\"}],"
                        + "\"active\":true}"));

        await().atMost(EVENTUALLY).until(() -> directory.findLocation(location).isPresent()
                && directory.findTherapist(therapist).isPresent());
        assertThat(directory.openingHours(location)).isEmpty();
        assertThat(directory.workingHours(therapist, location)).hasSize(1);
        assertThat(directory.timeOffOverlapping(therapist, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void theContractExamplesCarryOpeningHoursTimeOffAndExtraHours() {
        UUID location = UUID.fromString("0b7d3c1e-1d7f-4d55-9a53-2f0c5d7c1a01");
        UUID therapist = UUID.fromString("c3e4f5a6-7b8c-4d9e-8f01-a2b3c4d5e603");
        for (String type : List.of(EventTypes.LOCATION_UPSERTED, EventTypes.THERAPIST_UPSERTED)) {
            String payload = ContractExamples.json(type);
            publish(ContractEvents.record(Topics.DIRECTORY, type, json.readTree(payload).get("id").asString(), payload));
        }

        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(directory.openingHours(location)).hasSize(6));
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(
                directory.extraHours(therapist, location, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5))).hasSize(1));
        assertThat(directory.timeOffOverlapping(therapist, Instant.parse("2026-12-25T10:00:00Z"), Instant.parse("2026-12-25T11:00:00Z")))
                .hasSize(1);
    }

    @Test
    void timeOffEndingBeforeItStartsIsDeadLettered() {
        UUID id = UUID.randomUUID();
        var backwards = new com.clinicnetwork.contracts.directory.TimeOff(UUID.randomUUID(),
                OffsetDateTime.parse("2027-04-02T00:00:00Z"), OffsetDateTime.parse("2027-04-01T00:00:00Z"));
        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(bootstrapServers(), Topics.deadLetterOf(Topics.DIRECTORY))) {
            publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, id, therapist(id, 1, Set.of(UUID.randomUUID()), Set.of(), true,
                    List.of(), List.of(backwards), List.of()));

            deadLetters.awaitRecord(EVENTUALLY, record -> id.toString().equals(record.key()));
        }
        assertThat(directory.findTherapist(id)).isEmpty();
    }

    private static LocationState location(UUID id, long version, boolean active,
            com.clinicnetwork.contracts.directory.OpeningHours... openingHours) {
        return new LocationState(id, version, "Clinic " + version, "1 Test Street", "Europe/London", active, List.of(openingHours));
    }

    private static com.clinicnetwork.contracts.directory.OpeningHours hours(DayOfWeek day, String opensAt, String closesAt) {
        return new com.clinicnetwork.contracts.directory.OpeningHours(day, LocalTime.parse(opensAt), LocalTime.parse(closesAt));
    }

    private static TreatmentState treatment(UUID id, long version, int minutes, boolean active) {
        return new TreatmentState(id, version, "Sports massage", minutes, 10, "SPORTS_MASSAGE", null, active,
                new BigDecimal("50.00"));
    }

    private static WeeklyWorkingHours weekly(UUID location, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
        return new WeeklyWorkingHours(location, day, startsAt, endsAt);
    }

    private static TherapistState therapist(UUID id, long version, Set<UUID> locations, Set<UUID> treatments, boolean active,
            List<WeeklyWorkingHours> weekly, List<com.clinicnetwork.contracts.directory.TimeOff> timeOff,
            List<com.clinicnetwork.contracts.directory.ExtraHours> extraHours) {
        return new TherapistState(id, version, "Schedule Test", Set.of("SPORTS_MASSAGE"), locations, treatments, weekly, active,
                timeOff, extraHours);
    }
}
