package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class AppointmentLifecycleIT extends IntegrationTestBase {


    private static final String APPOINTMENTS = "/api/v1/appointments/";

    @Test
    void aClientReschedulesKeepingTheIdAndTheEventCarriesThePreviousStart() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView booked = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        OffsetDateTime newStart = nextWeekAt(14, 0);

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            AppointmentView moved = post(APPOINTMENTS + booked.id() + "/reschedule", client(SAM), Map.of("startsAt", newStart.toString()), "\"1\"")
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                    .expectBody(AppointmentView.class).returnResult().getResponseBody();

            assertThat(moved.id()).isEqualTo(booked.id());
            assertThat(moved.version()).isEqualTo(2);
            assertThat(moved.status()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(moved.startsAt().toInstant()).isEqualTo(newStart.toInstant());
            assertThat(moved.endsAt().toInstant()).isEqualTo(newStart.plusMinutes(60).toInstant());
            JsonNode event = payload(awaitEvent(events, booked.id(), EventTypes.APPOINTMENT_RESCHEDULED));
            assertThat(event.get("version").asLong()).isEqualTo(2);
            assertThat(OffsetDateTime.parse(event.get("previousStartsAt").asString()).toInstant())
                    .isEqualTo(booked.startsAt().toInstant());
            assertThat(OffsetDateTime.parse(event.get("startsAt").asString()).toInstant()).isEqualTo(newStart.toInstant());
        }
        // The old time is free again, the new one taken.
        booked(client(PRIYA), setup.booking(null, nextWeekAt(10, 0)));
        post("/api/v1/appointments", client(PRIYA), setup.booking(null, nextWeekAt(14, 0)), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aReschedulingIntoATakenSlotIsAConflictAndChangesNothing() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView mine = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        booked(client(PRIYA), setup.booking(null, nextWeekAt(12, 0)));

        post(APPOINTMENTS + mine.id() + "/reschedule", client(SAM), Map.of("startsAt", nextWeekAt(11, 30).toString()), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/slot-taken")
                .jsonPath("$.conflictingSlot.startsAt").exists();
        assertThat(read(admin(), mine.id()).withNames(null, null, null, null, null)).isEqualTo(mine);
        post(APPOINTMENTS + mine.id() + "/reschedule", client(SAM), Map.of("startsAt", nextWeekAt(3, 0).toString()), null)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void cancellingRecordsTheReasonAndFlagsLateCancellationsByPolicy() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView nextWeek = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        OffsetDateTime soon = insideLateCancellationWindow();
        AppointmentView tomorrowish = booked(client(SAM), setup.booking(null, soon));

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            AppointmentView cancelled = post(APPOINTMENTS + nextWeek.id() + "/cancel", client(SAM),
                    Map.of("reason", "Knee feels much better"), null)
                    .expectStatus().isOk()
                    .expectBody(AppointmentView.class).returnResult().getResponseBody();
            assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(cancelled.cancellationReason()).isEqualTo("Knee feels much better");
            assertThat(cancelled.lateCancellation()).isFalse();
            JsonNode event = payload(awaitEvent(events, nextWeek.id(), EventTypes.APPOINTMENT_CANCELLED));
            assertThat(event.get("cancellationReason").asString()).isEqualTo("Knee feels much better");
            assertThat(event.get("lateCancellation").asBoolean()).isFalse();
            assertThat(event.get("status").asString()).isEqualTo("CANCELLED");

            post(APPOINTMENTS + tomorrowish.id() + "/cancel", frontDesk(setup.locationId()), Map.of("reason", "Client phoned in sick"), null)
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.lateCancellation").isEqualTo(true);
            assertThat(payload(awaitEvent(events, tomorrowish.id(), EventTypes.APPOINTMENT_CANCELLED)).get("lateCancellation")
                    .asBoolean()).isTrue();
        }
        // The freed slot can be booked again: the exclusion constraint ignores cancelled appointments.
        booked(client(PRIYA), setup.booking(null, nextWeekAt(10, 0)));
        post(APPOINTMENTS + nextWeek.id() + "/cancel", client(SAM), Map.of("reason", " "), null).expectStatus().isBadRequest();
    }

    @Test
    void theTherapistChecksInAndFulfilsEachWithItsEvent() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView booked = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        String therapist = therapist(setup.therapistId(), setup.locationId());

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            post(APPOINTMENTS + booked.id() + "/check-in", therapist, null, "\"1\"").expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("CHECKED_IN");
            post(APPOINTMENTS + booked.id() + "/fulfil", therapist, null, "\"2\"").expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("FULFILLED").jsonPath("$.version").isEqualTo(3);

            assertThat(payload(awaitEvent(events, booked.id(), EventTypes.APPOINTMENT_CHECKED_IN)).get("version").asLong()).isEqualTo(2);
            assertThat(payload(awaitEvent(events, booked.id(), EventTypes.APPOINTMENT_FULFILLED)).get("version").asLong()).isEqualTo(3);
            List<String> types = events.records().stream().filter(r -> booked.id().toString().equals(r.key()))
                    .map(r -> TopicProbe.header(r, CloudEventHeaders.TYPE)).toList();
            assertThat(types).containsExactly(EventTypes.APPOINTMENT_BOOKED, EventTypes.APPOINTMENT_CHECKED_IN,
                    EventTypes.APPOINTMENT_FULFILLED);
        }
    }

    @Test
    void frontDeskRecordsANoShowOnceTheAppointmentHasStartedWithItsEvent() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView booked = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        startedAgo(booked.id(), Duration.ofMinutes(10));

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            post(APPOINTMENTS + booked.id() + "/no-show", frontDesk(setup.locationId()), null, null).expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("NOSHOW");
            assertThat(payload(awaitEvent(events, booked.id(), EventTypes.APPOINTMENT_NO_SHOW)).get("status").asString())
                    .isEqualTo("NOSHOW");
        }
    }

    @Test
    void aNoShowBeforeTheStartIsRefusedAndChangesNothing() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView booked = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));

        post(APPOINTMENTS + booked.id() + "/no-show", frontDesk(setup.locationId()), null, "\"1\"")
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/illegal-transition")
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.currentStatus").isEqualTo("BOOKED")
                .jsonPath("$.transition").isEqualTo("no-show")
                .jsonPath("$.notBefore").isEqualTo(booked.startsAt().toInstant().toString());

        assertThat(read(admin(), booked.id()).withNames(null, null, null, null, null)).isEqualTo(booked);
        // The client can still turn up: the appointment takes its normal course.
        post(APPOINTMENTS + booked.id() + "/check-in", frontDesk(setup.locationId()), null, "\"1\"").expectStatus().isOk();
    }

    @Test
    void illegalTransitionsAreConflictsNamingTheStatus() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView booked = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        String admin = admin();

        post(APPOINTMENTS + booked.id() + "/fulfil", admin, null, null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/illegal-transition")
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.currentStatus").isEqualTo("BOOKED");
        post(APPOINTMENTS + booked.id() + "/cancel", admin, Map.of("reason", "Therapist ill"), null).expectStatus().isOk();
        for (String action : List.of("check-in", "fulfil", "no-show")) {
            post(APPOINTMENTS + booked.id() + "/" + action, admin, null, null).expectStatus().isEqualTo(HttpStatus.CONFLICT);
        }
        post(APPOINTMENTS + booked.id() + "/cancel", admin, Map.of("reason", "again"), null).expectStatus().isEqualTo(HttpStatus.CONFLICT);
        post(APPOINTMENTS + booked.id() + "/reschedule", admin, Map.of("startsAt", nextWeekAt(15, 0).toString()), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailure() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView booked = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        post(APPOINTMENTS + booked.id() + "/reschedule", client(SAM), Map.of("startsAt", nextWeekAt(11, 0).toString()), "\"1\"")
                .expectStatus().isOk();

        post(APPOINTMENTS + booked.id() + "/cancel", client(SAM), Map.of("reason", "Changed my mind"), "\"1\"")
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(client(SAM), booked.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void parallelReschedulesOfOneAppointmentNeverLoseAnUpdate() throws Exception {
        BookableTherapist setup = bookableTherapist();
        AppointmentView booked = booked(client(SAM), setup.booking(null, nextWeekAt(8, 0)));
        int attempts = 6;

        // All with the version they read: exactly one wins, the others learn that they are stale.
        List<HttpStatus> sameVersion = inParallel(attempts, i -> post(APPOINTMENTS + booked.id() + "/reschedule", client(SAM),
                Map.of("startsAt", nextWeekAt(10 + i, 0).toString()), "\"1\"").returnResult(Void.class).getStatus().value());
        assertThat(sameVersion).containsOnlyOnce(HttpStatus.OK).containsOnly(HttpStatus.OK, HttpStatus.PRECONDITION_FAILED);

        // Without If-Match they queue on the row lock: every one is applied on top of the one before.
        List<HttpStatus> unconditional = inParallel(attempts, i -> post(APPOINTMENTS + booked.id() + "/reschedule", client(SAM),
                Map.of("startsAt", nextWeekAt(16, i * 10).toString()), null).returnResult(Void.class).getStatus().value());
        assertThat(unconditional).containsOnly(HttpStatus.OK);
        assertThat(read(admin(), booked.id()).version()).isEqualTo(2 + attempts);
    }

    @Test
    void manyConcurrentBookingsOfOneSlotGiveExactlyOneAppointment() throws Exception {
        BookableTherapist setup = bookableTherapist();
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clients.add(createClient("Racer" + i));
        }

        List<HttpStatus> outcomes = inParallel(clients.size(), i -> post("/api/v1/appointments", client(clients.get(i)),
                setup.booking(null, nextWeekAt(9, 0)), null).returnResult(Void.class).getStatus().value());

        assertThat(outcomes).containsOnlyOnce(HttpStatus.CREATED).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
    }

    @Test
    void othersCannotSeeOrChangeAnAppointment() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        String cancelUri = APPOINTMENTS + samsAppointment.id() + "/cancel";

        // Client B and front desk of another location are told it does not exist.
        post(cancelUri, client(PRIYA), Map.of("reason", "mine now"), null).expectStatus().isNotFound();
        post(cancelUri, frontDesk(UUID.randomUUID()), Map.of("reason", "wrong desk"), null).expectStatus().isNotFound();
        post(APPOINTMENTS + samsAppointment.id() + "/check-in", therapist(UUID.randomUUID(), setup.locationId()), null, null)
                .expectStatus().isNotFound();
        // Those who can see it but may not do this are forbidden.
        post(cancelUri, therapist(setup.therapistId(), setup.locationId()), Map.of("reason", "busy"), null).expectStatus().isForbidden();
        post(APPOINTMENTS + samsAppointment.id() + "/check-in", client(SAM), null, null).expectStatus().isForbidden();
        post(cancelUri, operator(), Map.of("reason", "ops"), null).expectStatus().isNotFound();
        http.post().uri(cancelUri).contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "anon")).exchange()
                .expectStatus().isUnauthorized();
        assertThat(read(client(SAM), samsAppointment.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void searchesShowEachCallerOnlyWhatTheyMaySee() {
        BookableTherapist setup = bookableTherapist();
        BookableTherapist elsewhere = bookableTherapist();
        AppointmentView sams = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        AppointmentView priyas = booked(client(PRIYA), setup.booking(null, nextWeekAt(12, 0)));
        AppointmentView samsElsewhere = booked(client(SAM), elsewhere.booking(null, nextWeekAt(14, 0)));
        booked(client(PRIYA), setup.booking(null, nextWeekAt(15, 0)));
        post(APPOINTMENTS + priyas.id() + "/cancel", client(PRIYA), Map.of("reason", "travel"), null).expectStatus().isOk();

        assertThat(search(client(SAM), "?locationId=" + setup.locationId())).extracting(AppointmentView::id)
                .containsExactly(sams.id());
        assertThat(search(frontDesk(setup.locationId()), "?locationId=" + setup.locationId() + "&status=CANCELLED"))
                .extracting(AppointmentView::id).containsExactly(priyas.id());
        assertThat(search(therapist(elsewhere.therapistId(), elsewhere.locationId()), "")).extracting(AppointmentView::id)
                .containsExactly(samsElsewhere.id());
        PageOf<AppointmentView> firstPage = http.get().uri("/api/v1/appointments?locationId=" + setup.locationId() + "&size=2&page=0")
                .header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk().expectBody(APPOINTMENT_PAGE).returnResult().getResponseBody();
        assertThat(firstPage.totalItems()).isEqualTo(3);
        assertThat(firstPage.items()).hasSize(2);

        http.get().uri("/api/v1/appointments?clientId=" + PRIYA).header(HttpHeaders.AUTHORIZATION, client(SAM)).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/v1/appointments?locationId=" + setup.locationId())
                .header(HttpHeaders.AUTHORIZATION, frontDesk(elsewhere.locationId())).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/v1/appointments?status=LOST").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isBadRequest();
        http.get().uri("/api/v1/appointments?size=1000").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isBadRequest();
    }

    /**
     * A start inside the 24-hour late-cancellation window of the default policy, after its 2-hour notice and
     * inside the 08:00-20:00 working hours: at most 3 + 13 hours from now.
     */
    private static OffsetDateTime insideLateCancellationWindow() {
        OffsetDateTime start = OffsetDateTime.now(LONDON).plusHours(4).withMinute(0).withSecond(0).withNano(0);
        while (start.atZoneSameInstant(LONDON).getHour() < 8 || start.atZoneSameInstant(LONDON).getHour() > 18) {
            start = start.plusHours(1);
        }
        return start;
    }


    private List<AppointmentView> search(String token, String query) {
        return http.get().uri("/api/v1/appointments" + query).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(APPOINTMENT_PAGE).returnResult().getResponseBody().items();
    }

    private AppointmentView read(String token, UUID id) {
        return http.get().uri("/api/v1/appointments/{id}", id).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(AppointmentView.class).returnResult().getResponseBody();
    }

    private ConsumerRecord<String, String> awaitEvent(TopicProbe events, UUID appointmentId, String type) {
        return events.awaitRecord(EVENTUALLY, record -> appointmentId.toString().equals(record.key())
                && type.equals(TopicProbe.header(record, CloudEventHeaders.TYPE)));
    }

    private JsonNode payload(ConsumerRecord<String, String> record) {
        JsonNode payload = json.readTree(record.value());
        assertThat(payload.has("intakeNotes")).isFalse();
        return payload;
    }
}
