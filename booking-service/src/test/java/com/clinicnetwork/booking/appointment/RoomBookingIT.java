package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.client.ClientRepository;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.Room;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import com.clinicnetwork.servicedefaults.refusal.StateConflictException;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Rooms as co-required resources: a treatment that needs a room is offered and booked only when its therapist and a
 * room of its kind at the location are both free, and the booking gets the first free room by name; PostgreSQL's own
 * exclusion constraint keeps a room from being booked twice whatever the application does.
 */
class RoomBookingIT extends IntegrationTestBase {

    private static final String TABLE = "TREATMENT_TABLE";
    private static final String ROOM_TAKEN = "https://api.clinic-network.example/problems/room-taken";

    @Autowired
    private AppointmentWriter writer;

    @Autowired
    private ClientRepository clients;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aBookingGetsTheFirstFreeActiveRoomOfItsKindByNameAndTheAppointmentShowsIt() {
        UUID roomA = UUID.randomUUID();
        UUID roomB = UUID.randomUUID();
        RoomClinic clinic = clinic(3, new Room(roomB, "Room B", TABLE, true), new Room(roomA, "Room A", TABLE, true),
                new Room(UUID.randomUUID(), "Rehab gym", "GYM_AREA", true), new Room(UUID.randomUUID(), "Room 0", TABLE, false));
        OffsetDateTime ten = nextWeekAt(10, 0);

        try (TopicProbe appointments = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            AppointmentView first = booked(admin(), clinic.booking(0, SAM, ten, clinic.tableTreatment()));
            assertThat(first.roomId()).isEqualTo(roomA);
            assertThat(read(first.id()).roomName()).isEqualTo("Room A");
            ConsumerRecord<String, String> event = appointments.awaitRecord(EVENTUALLY,
                    record -> first.id().toString().equals(record.key())
                            && EventTypes.APPOINTMENT_BOOKED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE)));
            assertThat(json.readTree(event.value()).get("roomId").asString()).isEqualTo(roomA.toString());
        }
        assertThat(booked(admin(), clinic.booking(1, PRIYA, ten, clinic.tableTreatment())).roomId()).isEqualTo(roomB);

        // The third therapist is free, but both active tables are taken (the gym and the inactive table do not count).
        post("/api/v1/appointments", admin(), clinic.booking(2, SAM, ten, clinic.tableTreatment()), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo(ROOM_TAKEN)
                .jsonPath("$.roomKind").isEqualTo(TABLE)
                .jsonPath("$.requestedSlot.therapistId").isEqualTo(clinic.therapistIds().get(2).toString())
                .jsonPath("$.requestedSlot.startsAt").isEqualTo(utc(ten));
        // A table is taken until the end of the buffer after its session, as the therapist is.
        post("/api/v1/appointments", admin(), clinic.booking(2, SAM, ten.plusMinutes(60), clinic.tableTreatment()), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        assertThat(booked(admin(), clinic.booking(2, SAM, ten.plusMinutes(75), clinic.tableTreatment())).roomId())
                .isEqualTo(roomA);
        // A treatment that needs no room is booked without one.
        AppointmentView plain = booked(admin(), clinic.booking(2, createClient("Plain"), nextWeekAt(10, 0),
                clinic.plainTreatment()));
        assertThat(plain.roomId()).isNull();
        assertThat(read(plain.id()).roomName()).isNull();
    }

    @Test
    void aLocationWithoutAnActiveRoomOfTheKindOffersAndBooksNoSessionOfTheTreatment() {
        RoomClinic clinic = clinic(1, new Room(UUID.randomUUID(), "Rehab gym", "GYM_AREA", true),
                new Room(UUID.randomUUID(), "Retired table", TABLE, false));

        assertThat(starts(clinic, clinic.tableTreatment(), 0)).isEmpty();
        post("/api/v1/appointments", admin(), clinic.booking(0, SAM, nextWeekAt(10, 0), clinic.tableTreatment()), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo(ROOM_TAKEN)
                .jsonPath("$.detail").isEqualTo("The location has no active TREATMENT_TABLE room, which the treatment needs.");
        assertThat(starts(clinic, clinic.plainTreatment(), 0)).isNotEmpty();
    }

    @Test
    void availabilityHidesASlotWhereTheTherapistIsFreeButEveryMatchingRoomIsTaken() {
        RoomClinic clinic = clinic(2, new Room(UUID.randomUUID(), "Only table", TABLE, true));
        AppointmentView booked = booked(admin(), clinic.booking(0, SAM, nextWeekAt(10, 0), clinic.tableTreatment()));

        List<LocalTime> secondTherapistsStarts = starts(clinic, clinic.tableTreatment(), 1);
        // 08:45 ends with its buffer as the table's session starts; from 09:00 to 11:00 the table (with buffers) is
        // taken, though the second therapist is free all day.
        assertThat(secondTherapistsStarts).contains(LocalTime.of(8, 45), LocalTime.of(11, 15))
                .noneMatch(start -> start.isAfter(LocalTime.of(8, 45)) && start.isBefore(LocalTime.of(11, 15)));
        assertThat(starts(clinic, clinic.plainTreatment(), 1)).as("a treatment that needs no room").contains(LocalTime.of(10, 0));

        post("/api/v1/appointments/" + booked.id() + "/cancel", admin(), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        assertThat(starts(clinic, clinic.tableTreatment(), 1)).contains(LocalTime.of(10, 0));
    }

    @Test
    void twoTherapistsCannotBothBookTheOnlyTableAtTheSameTime() throws Exception {
        UUID table = UUID.randomUUID();
        RoomClinic clinic = clinic(2, new Room(table, "Only table", TABLE, true));
        OffsetDateTime two = nextWeekAt(14, 0);
        Map<Integer, String> answers = new ConcurrentHashMap<>();

        List<HttpStatus> statuses = inParallel(2, index -> {
            EntityExchangeResult<String> result = post("/api/v1/appointments", admin(),
                    clinic.booking(index, index == 0 ? SAM : PRIYA, two, clinic.tableTreatment()), null)
                    .expectBody(String.class).returnResult();
            answers.put(index, String.valueOf(result.getResponseBody()));
            return result.getStatus().value();
        });

        assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
        int refused = statuses.indexOf(HttpStatus.CONFLICT);
        assertThat(json.readTree(answers.get(refused)).get("type").asString()).isEqualTo(ROOM_TAKEN);
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE room_id = :room AND status <> 'CANCELLED'")
                .param("room", table).query(Long.class).single()).isOne();
    }

    @Test
    void theDatabaseItselfRefusesTwoLiveBookingsOfOneRoomAtOnce() {
        UUID room = UUID.randomUUID();
        OffsetDateTime ten = nextWeekAt(10, 0);
        insertBooking(UUID.randomUUID(), room, ten, "BOOKED");

        // Another therapist, starting inside the first session's buffer (it ends at 11:00, the buffer at 11:15).
        Throwable overlapping = catchThrowable(() -> insertBooking(UUID.randomUUID(), room, ten.plusMinutes(70), "BOOKED"));

        assertThat(overlapping).isInstanceOf(DataIntegrityViolationException.class);
        SQLException refusal = sqlCause(overlapping);
        assertThat(refusal.getSQLState()).as("exclusion violation").isEqualTo("23P01");
        assertThat(refusal.getMessage()).contains("appointment_no_room_double_booking");
        // What the constraint lets through: another room, the time after the buffer, a cancelled session.
        insertBooking(UUID.randomUUID(), UUID.randomUUID(), ten, "BOOKED");
        insertBooking(UUID.randomUUID(), room, ten.plusMinutes(75), "BOOKED");
        insertBooking(UUID.randomUUID(), room, ten.plusMinutes(30), "CANCELLED");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE room_id = :room").param("room", room)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aWriteTheRoomsConstraintRefusesIsARoomTakenRefusalNotATakenSlot() {
        UUID room = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        UUID treatment = UUID.randomUUID();
        OffsetDateTime ten = nextWeekAt(10, 0);
        insertBooking(UUID.randomUUID(), room, ten, "BOOKED");
        Instant start = ten.toInstant();
        Slot otherTherapists = new Slot(UUID.randomUUID(), start, start.plusSeconds(3600), start.plusSeconds(4500));

        // As if two bookings had both passed the room lock: the database has the last word.
        Throwable refused = catchThrowable(() -> transactions.executeWithoutResult(status -> writer.booked(
                Appointment.booked(UUID.randomUUID(), SAM, location, treatment, otherTherapists, room, null, null, Instant.now()),
                clients.find(SAM).orElseThrow())));

        assertThat(refused).isInstanceOfSatisfying(StateConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("room-taken"));
    }

    @Test
    void aRescheduledSessionMayMoveWithinItsOwnRoomTimeButNotIntoAnotherTherapistsTable() {
        UUID table = UUID.randomUUID();
        RoomClinic clinic = clinic(2, new Room(table, "Only table", TABLE, true));
        AppointmentView sams = booked(admin(), clinic.booking(0, SAM, nextWeekAt(10, 0), clinic.tableTreatment()));
        booked(admin(), clinic.booking(1, PRIYA, nextWeekAt(12, 0), clinic.tableTreatment()));

        post("/api/v1/appointments/" + sams.id() + "/reschedule", admin(), Map.of("startsAt", nextWeekAt(12, 30).toString()),
                null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").isEqualTo(ROOM_TAKEN);
        AppointmentView moved = post("/api/v1/appointments/" + sams.id() + "/reschedule", admin(),
                Map.of("startsAt", nextWeekAt(10, 30).toString()), null)
                .expectStatus().isOk()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();

        assertThat(moved.roomId()).as("its own booking of the table is no obstacle").isEqualTo(table);
        assertThat(moved.startsAt().toInstant()).isEqualTo(nextWeekAt(10, 30).toInstant());
    }

    @Test
    void aCourseGetsARoomForEverySessionOrNamesTheDatesWithoutOne() {
        UUID table = UUID.randomUUID();
        RoomClinic clinic = clinic(2, new Room(table, "Only table", TABLE, true));
        OffsetDateTime secondSession = nextWeekAt(10, 0).plusWeeks(1);
        booked(admin(), clinic.booking(1, PRIYA, secondSession, clinic.tableTreatment()));

        post("/api/v1/appointment-series", admin(), course(clinic, nextWeekAt(10, 0)), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/series-unavailable")
                .jsonPath("$.unavailable.length()").isEqualTo(1)
                .jsonPath("$.unavailable[0].reason").isEqualTo("room-taken")
                .jsonPath("$.unavailable[0].startsAt").isEqualTo(utc(secondSession));
        JsonNode booked = post("/api/v1/appointment-series", admin(), course(clinic, nextWeekAt(12, 0)), null)
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(booked.get("appointments").values()).hasSize(3)
                .allSatisfy(session -> assertThat(session.get("roomId").asString()).isEqualTo(table.toString()));
    }

    @Test
    void aWaitlistOfferHoldsTheTableForTheClientAndAcceptingBooksIntoIt() {
        UUID table = UUID.randomUUID();
        RoomClinic clinic = clinic(2, new Room(table, "Only table", TABLE, true));
        UUID wren = createClient("Wren");
        AppointmentView sams = booked(admin(), clinic.booking(0, SAM, nextWeekAt(10, 0), clinic.tableTreatment()));
        Map<String, Object> waiting = new LinkedHashMap<>();
        waiting.put("locationId", clinic.locationId());
        waiting.put("treatmentId", clinic.tableTreatment());
        waiting.put("therapistId", clinic.therapistIds().get(0));
        waiting.put("windowStart", nextWeekAt(9, 0).toString());
        waiting.put("windowEnd", nextWeekAt(12, 0).toString());
        UUID entry = UUID.fromString(post("/api/v1/waitlist", client(wren), waiting, null).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString());

        post("/api/v1/appointments/" + sams.id() + "/cancel", admin(), Map.of("reason", "Away"), null).expectStatus().isOk();
        Map<String, Object> offer = jdbc.sql("SELECT id, room_id FROM waitlist_offer WHERE entry_id = :entry AND status = 'OFFERED'")
                .param("entry", entry).query().singleRow();
        assertThat(offer.get("room_id")).isEqualTo(table);

        // The other therapist is free at 10:00, but the offer holds the only table while Wren decides.
        post("/api/v1/appointments", admin(), clinic.booking(1, PRIYA, nextWeekAt(10, 0), clinic.tableTreatment()), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").isEqualTo(ROOM_TAKEN);
        AppointmentView accepted = post("/api/v1/waitlist/offers/" + offer.get("id") + "/accept", client(wren), null, null)
                .expectStatus().isCreated()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();

        assertThat(accepted.roomId()).isEqualTo(table);
        assertThat(accepted.startsAt().toInstant()).isEqualTo(nextWeekAt(10, 0).toInstant());
    }

    /**
     * A London location with the given rooms, two 60-minute treatments with a 15-minute buffer (one needs a treatment
     * table, the other no room), and {@code therapists} working there 08:00–20:00 every day who offer both.
     */
    private RoomClinic clinic(int therapists, Room... rooms) {
        UUID locationId = UUID.randomUUID();
        UUID tableTreatment = UUID.randomUUID();
        UUID plainTreatment = UUID.randomUUID();
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, locationId, new LocationState(locationId, 1, "Room clinic",
                "2 Room Street, Leeds", LONDON.getId(), true, List.of(), List.of(rooms), null));
        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, tableTreatment, new TreatmentState(tableTreatment, 1,
                "Deep tissue massage", 60, 15, "DEEP_TISSUE", null, true, null, TABLE));
        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, plainTreatment, new TreatmentState(plainTreatment, 1,
                "Stretching advice", 60, 15, "DEEP_TISSUE", null, true, null, null));
        List<WeeklyWorkingHours> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyWorkingHours(locationId, day, LocalTime.of(8, 0), LocalTime.of(20, 0)))
                .toList();
        List<UUID> therapistIds = new ArrayList<>();
        for (int i = 0; i < therapists; i++) {
            UUID therapistId = UUID.randomUUID();
            publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, therapistId, new TherapistState(therapistId, 1,
                    "Room Therapist " + i, Set.of("DEEP_TISSUE"), Set.of(locationId), Set.of(tableTreatment, plainTreatment),
                    everyDay, true));
            therapistIds.add(therapistId);
        }
        await().atMost(EVENTUALLY).until(() -> directory.findLocation(locationId).isPresent()
                && directory.findTreatment(tableTreatment).isPresent() && directory.findTreatment(plainTreatment).isPresent()
                && therapistIds.stream().allMatch(id -> directory.findTherapist(id).isPresent()));
        return new RoomClinic(locationId, tableTreatment, plainTreatment, therapistIds);
    }

    private record RoomClinic(UUID locationId, UUID tableTreatment, UUID plainTreatment, List<UUID> therapistIds) {

        Map<String, Object> booking(int therapist, UUID clientId, OffsetDateTime startsAt, UUID treatmentId) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("clientId", clientId);
            body.put("therapistId", therapistIds.get(therapist));
            body.put("locationId", locationId);
            body.put("treatmentId", treatmentId);
            body.put("startsAt", startsAt.toString());
            return body;
        }
    }

    /** Three weekly sessions of the table treatment with the first therapist, for Sam. */
    private static Map<String, Object> course(RoomClinic clinic, OffsetDateTime firstStartsAt) {
        Map<String, Object> body = new LinkedHashMap<>(clinic.booking(0, SAM, firstStartsAt, clinic.tableTreatment()));
        body.remove("startsAt");
        body.put("firstStartsAt", firstStartsAt.toString());
        body.put("intervalWeeks", 1);
        body.put("occurrences", 3);
        return body;
    }

    /** The London start times offered to one therapist on the day of {@link #nextWeekAt}. */
    private List<LocalTime> starts(RoomClinic clinic, UUID treatmentId, int therapist) {
        OffsetDateTime from = nextWeekAt(0, 0);
        JsonNode slots = http.get().uri("/api/v1/availability?locationId={location}&treatmentId={treatment}&therapistId={therapist}"
                                + "&from={from}&to={to}", clinic.locationId(), treatmentId, clinic.therapistIds().get(therapist),
                        from.toInstant(), from.plusDays(1).toInstant())
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return slots.values().stream()
                .map(slot -> OffsetDateTime.parse(slot.get("startsAt").asString()).atZoneSameInstant(LONDON).toLocalTime())
                .toList();
    }

    private AppointmentView read(UUID appointmentId) {
        return http.get().uri("/api/v1/appointments/{id}", appointmentId)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isOk()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();
    }

    /** A 60-minute session with a 15-minute buffer written straight into the table, past every application check. */
    private void insertBooking(UUID therapistId, UUID roomId, OffsetDateTime startsAt, String status) {
        jdbc.sql("""
                        INSERT INTO appointment (id, client_id, therapist_id, location_id, treatment_id, starts_at, ends_at,
                                                 blocked_until, status, version, room_id)
                        VALUES (:id, :clientId, :therapistId, :locationId, :treatmentId, :startsAt,
                                CAST(:startsAt AS timestamptz) + interval '60 minutes',
                                CAST(:startsAt AS timestamptz) + interval '75 minutes', :status, 1, :roomId)
                        """)
                .param("id", UUID.randomUUID())
                .param("clientId", SAM)
                .param("therapistId", therapistId)
                .param("locationId", UUID.randomUUID())
                .param("treatmentId", UUID.randomUUID())
                .param("startsAt", startsAt)
                .param("status", status)
                .param("roomId", roomId)
                .update();
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("No SQLException in " + failure);
    }

    private static String utc(OffsetDateTime time) {
        return time.toInstant().toString();
    }
}
