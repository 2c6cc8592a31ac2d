package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class IntakeNotesIT extends IntegrationTestBase {

    private static final String APPOINTMENTS = "/api/v1/appointments/";


    @Test
    void theClientRewritesTheIntakeNotesOfABookedAppointmentWithTheVersionMovingOn() {
        BookableTherapist clinic = bookableTherapist();
        UUID nina = createClient("Nina");
        AppointmentView appointment = booked(client(nina), withNotes(clinic.booking(null, nextWeekAt(10, 0)), "Left knee"));

        put(appointment.id(), client(nina), "Right knee, since Tuesday", "\"1\"")
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody()
                .jsonPath("$.intakeNotes").isEqualTo("Right knee, since Tuesday")
                .jsonPath("$.version").isEqualTo(2);
        AppointmentView stored = read(client(nina), appointment.id());
        assertThat(stored.intakeNotes()).isEqualTo("Right knee, since Tuesday");
        assertThat(stored.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE payload LIKE '%Right knee%'").query(Long.class).single())
                .as("intake notes never travel in events").isZero();

        put(appointment.id(), client(nina), "Stale", "\"1\"").expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);
        put(appointment.id(), client(nina), "", null).expectStatus().isOk().expectBody().jsonPath("$.intakeNotes").doesNotExist();
        assertThat(read(client(nina), appointment.id()).version()).isEqualTo(3);
    }

    @Test
    void onlyTheClientMayChangeThemAndWhoCannotSeeTheAppointmentIsToldItDoesNotExist() {
        BookableTherapist clinic = bookableTherapist();
        UUID otto = createClient("Otto");
        AppointmentView appointment = booked(client(otto), withNotes(clinic.booking(null, nextWeekAt(11, 0)), "Shoulder"));

        for (String seer : new String[] {frontDesk(clinic.locationId()), therapist(clinic.therapistId(), clinic.locationId()),
                admin()}) {
            put(appointment.id(), seer, "Staff words", null).expectStatus().isForbidden();
        }
        for (String stranger : new String[] {client(SAM), frontDesk(UUID.randomUUID()), operator()}) {
            put(appointment.id(), stranger, "Stranger words", null).expectStatus().isNotFound();
        }
        assertThat(read(client(otto), appointment.id()).intakeNotes()).isEqualTo("Shoulder");
    }

    @Test
    void notesCloseOnceTheAppointmentIsNoLongerBookedOrHasStarted() {
        BookableTherapist clinic = bookableTherapist();
        UUID pia = createClient("Pia");
        AppointmentView started = booked(client(pia), withNotes(clinic.booking(null, nextWeekAt(9, 0)), "Back"));
        startedAgo(started.id(), Duration.ofMinutes(1));
        put(started.id(), client(pia), "Too late", null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").value(type -> assertThat(type.toString()).endsWith("intake-notes-closed"))
                .jsonPath("$.status").isEqualTo(409)
                .jsonPath("$.currentStatus").isEqualTo("BOOKED");

        AppointmentView cancelled = booked(client(pia), clinic.booking(null, nextWeekAt(14, 0)));
        post(APPOINTMENTS + cancelled.id() + "/cancel", client(pia), Map.of("reason", "Away"), null).expectStatus().isOk();
        put(cancelled.id(), client(pia), "After cancelling", null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").value(type -> assertThat(type.toString()).endsWith("intake-notes-closed"))
                .jsonPath("$.currentStatus").isEqualTo("CANCELLED");

        assertThat(read(client(pia), started.id()).intakeNotes()).isEqualTo("Back");
    }

    @Test
    void notesLongerThanAtBookingAreRejectedNamingTheField() {
        BookableTherapist clinic = bookableTherapist();
        UUID quin = createClient("Quin");
        AppointmentView appointment = booked(client(quin), clinic.booking(null, nextWeekAt(16, 0)));

        put(appointment.id(), client(quin), "x".repeat(2001), null)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("intakeNotes");
        put(appointment.id(), client(quin), "x".repeat(2000), null).expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec put(UUID id, String token, String notes, String ifMatch) {
        Map<String, Object> body = new HashMap<>();
        body.put("intakeNotes", notes);
        return http.put().uri(APPOINTMENTS + id + "/intake-notes")
                .header(HttpHeaders.AUTHORIZATION, token)
                .headers(headers -> {
                    if (ifMatch != null) {
                        headers.setIfMatch(ifMatch);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }

    private AppointmentView read(String token, UUID id) {
        return http.get().uri(APPOINTMENTS + "{id}", id).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(AppointmentView.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> withNotes(Map<String, Object> booking, String notes) {
        booking.put("intakeNotes", notes);
        return booking;
    }

}
