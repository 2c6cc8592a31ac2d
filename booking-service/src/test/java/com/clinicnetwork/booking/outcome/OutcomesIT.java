package com.clinicnetwork.booking.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.EventTypes;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Outcomes per course: the trend as health data, the therapist's alert on a worsening, the admins' report. */
class OutcomesIT extends IntegrationTestBase {

    private static final String REPORT = "/api/v1/reports/outcomes";

    @Test
    void aRiseOfThreePointsAlertsTheTherapistWithTheAnswerAndARiseOfTwoDoesNot() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Rosalind");
        List<AppointmentView> sessions = bookAll(setup, clientId, nextWeekAt(8, 0), nextWeekAt(10, 0), nextWeekAt(12, 0));
        AppointmentView upcoming = booked(client(clientId), setup.booking(null, nextWeekAt(18, 0)));
        fulfilAll(sessions);

        answer(sessions.get(0), clientId, 2);
        answer(sessions.get(1), clientId, 4);
        answer(sessions.get(2), clientId, 7);

        assertThat(alerts(sessions.get(0).id())).isEmpty();
        assertThat(alerts(sessions.get(1).id())).isEmpty();
        assertThat(alerts(sessions.get(2).id())).singleElement().satisfies(alert -> {
            assertThat(alert.get("appointmentId").asString()).isEqualTo(sessions.get(2).id().toString());
            assertThat(alert.get("seriesId").isNull()).isTrue();
            assertThat(alert.get("clientId").asString()).isEqualTo(clientId.toString());
            assertThat(alert.get("therapistId").asString()).isEqualTo(setup.therapistId().toString());
            assertThat(alert.get("treatmentId").asString()).isEqualTo(setup.treatmentId().toString());
            assertThat(alert.get("previousScore").asInt()).isEqualTo(4);
            assertThat(alert.get("score").asInt()).isEqualTo(7);
            assertThat(OffsetDateTime.parse(alert.get("nextSessionStartsAt").asString()).toInstant())
                    .isEqualTo(upcoming.startsAt().toInstant());
            assertThat(alert.toString()).doesNotContain("Rosalind").doesNotContain("rosalind@example.com");
        });
    }

    @Test
    void aLateAnswerIsComparedWithTheSessionBeforeItAndAFallIsNoAlert() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Leopold");
        List<AppointmentView> sessions = bookAll(setup, clientId, nextWeekAt(8, 0), nextWeekAt(10, 0), nextWeekAt(12, 0));
        fulfilAll(sessions);

        answer(sessions.get(0), clientId, 1);
        answer(sessions.get(2), clientId, 2);
        // Answered last, but the middle session: 1 -> 5 is a worsening, and the third (2) fell from it.
        answer(sessions.get(1), clientId, 5);

        assertThat(alerts(sessions.get(1).id())).singleElement()
                .satisfies(alert -> assertThat(alert.get("previousScore").asInt()).isOne());
        assertThat(alerts(sessions.get(2).id())).isEmpty();
    }

    @Test
    void theTrendOfACourseIsReadByItsClientItsTherapistAndAdminsOnlyAndEachReadIsAudited() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Cressida");
        JsonNode course = post("/api/v1/appointment-series", client(clientId), Map.of("therapistId", setup.therapistId(),
                "locationId", setup.locationId(), "treatmentId", setup.treatmentId(), "firstStartsAt", nextWeekAt(10, 0).toString(),
                "intervalWeeks", 1, "occurrences", 3), null)
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        UUID seriesId = UUID.fromString(course.get("id").asString());
        List<AppointmentView> sessions = course.get("appointments").valueStream()
                .map(session -> json.treeToValue(session, AppointmentView.class))
                .sorted(Comparator.comparing(AppointmentView::startsAt))
                .toList();
        fulfilAll(sessions.subList(0, 2));
        answer(sessions.get(0), clientId, 6);
        answer(sessions.get(1), clientId, 3);
        String ownTherapist = therapist(setup.therapistId(), setup.locationId());

        for (String allowed : List.of(client(clientId), ownTherapist, admin())) {
            // Any session of the course shows the course's trend, also one still to come.
            JsonNode trend = trend(sessions.get(2).id(), allowed).expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(trend.get("seriesId").asString()).isEqualTo(seriesId.toString());
            assertThat(trend.get("basis").asString()).isEqualTo("COURSE");
            assertThat(trend.get("worseningThreshold").asInt()).isEqualTo(3);
            assertThat(trend.get("sessions").valueStream().map(session -> session.get("appointmentId").asString()))
                    .containsExactly(sessions.get(0).id().toString(), sessions.get(1).id().toString());
            assertThat(trend.get("sessions").valueStream().map(session -> session.get("score").asInt())).containsExactly(6, 3);
            assertThat(trend.get("sessions").get(0).get("change").isNull()).isTrue();
            assertThat(trend.get("sessions").get(1).get("change").asInt()).isEqualTo(-3);
            assertThat(trend.get("change").asInt()).isEqualTo(-3);
        }
        // Stricter than intake notes: the front desk of the very location is refused, as are operators.
        trend(sessions.get(0).id(), frontDesk(setup.locationId())).expectStatus().isForbidden();
        trend(sessions.get(0).id(), operator()).expectStatus().isForbidden();
        for (String stranger : List.of(client(SAM), therapist(UUID.randomUUID(), setup.locationId()))) {
            assertNotFound(trend(sessions.get(0).id(), stranger));
        }
        assertNotFound(trend(UUID.randomUUID(), admin()));
        http.get().uri("/api/v1/appointments/{id}/outcome-trend", sessions.get(0).id()).exchange().expectStatus().isUnauthorized();

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event
                        WHERE record_type = 'appointment' AND record_id = :id AND method = 'GET' AND status = 200
                          AND path LIKE '%/outcome-trend' AND roles LIKE '%THERAPIST%'
                        """)
                .param("id", sessions.get(2).id().toString()).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event
                        WHERE record_type = 'aftercare-check-in' AND record_id = :id AND path LIKE '%/outcome-trend'
                        """)
                .param("id", sessions.get(0).id().toString()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aSingleAppointmentsTrendIsTheClientsSingleSessionsOfTheTreatment() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Ambrose");
        List<AppointmentView> sessions = bookAll(setup, clientId, nextWeekAt(9, 0), nextWeekAt(13, 0));
        fulfilAll(sessions);
        answer(sessions.get(0), clientId, 3);

        JsonNode trend = trend(sessions.get(1).id(), client(clientId)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(trend.get("basis").asString()).isEqualTo("TREATMENT");
        assertThat(trend.get("seriesId").isNull()).isTrue();
        assertThat(trend.get("sessions")).singleElement().satisfies(session -> assertThat(session.get("score").asInt()).isEqualTo(3));
        assertThat(trend.get("change").isNull()).isTrue();
    }

    @Test
    void theReportGivesAdminsSessionsClientsMeanChangeAndShareImprovedPerTreatmentAndLocation() {
        BookableTherapist setup = bookableTherapist();
        UUID improving = createClient("Juniper");
        UUID worsening = createClient("Horatio");
        UUID once = createClient("Marigold");
        List<AppointmentView> improvingSessions = bookAll(setup, improving, nextWeekAt(8, 0), nextWeekAt(10, 0));
        List<AppointmentView> worseningSessions = bookAll(setup, worsening, nextWeekAt(12, 0), nextWeekAt(14, 0));
        List<AppointmentView> onceSessions = bookAll(setup, once, nextWeekAt(16, 0));
        fulfilAll(improvingSessions);
        fulfilAll(worseningSessions);
        fulfilAll(onceSessions);
        answer(improvingSessions.get(0), improving, 7);
        answer(improvingSessions.get(1), improving, 4);
        answer(worseningSessions.get(0), worsening, 3);
        answer(worseningSessions.get(1), worsening, 5);
        answer(onceSessions.get(0), once, 5);

        JsonNode report = report("?locationId=" + setup.locationId(), admin()).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(report.get("locationId").asString()).isEqualTo(setup.locationId().toString());
        assertThat(report.get("rows")).singleElement().satisfies(row -> {
            assertThat(row.get("treatmentId").asString()).isEqualTo(setup.treatmentId().toString());
            assertThat(row.get("treatmentName").asString()).isEqualTo("Knee pain relief massage");
            assertThat(row.get("locationName").asString()).isEqualTo("Test clinic");
            assertThat(row.get("sessions").asInt()).isEqualTo(5);
            assertThat(row.get("clients").asInt()).isEqualTo(3);
            assertThat(row.get("clientsCompared").asInt()).isEqualTo(2);
            // (4 - 7 + 5 - 3) / 2 = -0.5; one of the two improved.
            assertThat(row.get("meanChange").decimalValue()).isEqualByComparingTo("-0.50");
            assertThat(row.get("shareImproved").decimalValue()).isEqualByComparingTo("0.50");
            assertThat(row.propertyNames()).containsExactlyInAnyOrder("treatmentId", "treatmentName", "locationId",
                    "locationName", "sessions", "clients", "clientsCompared", "meanChange", "shareImproved");
        });
        assertThat(report.toString()).doesNotContain(improving.toString()).doesNotContain("Juniper");

        // Only the sessions starting in [from, to): the two clients' second sessions and the single one.
        JsonNode afternoon = report("?locationId=" + setup.locationId() + "&treatmentId=" + setup.treatmentId()
                + "&from=" + encoded(nextWeekAt(9, 0)) + "&to=" + encoded(nextWeekAt(17, 0)), admin())
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(afternoon.get("rows")).singleElement().satisfies(row -> {
            assertThat(row.get("sessions").asInt()).isEqualTo(4);
            assertThat(row.get("clientsCompared").asInt()).isOne();
        });
        assertThat(report("?locationId=" + setup.locationId() + "&treatmentId=" + UUID.randomUUID(), admin())
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("rows")).isEmpty();
    }

    @Test
    void onlyClinicAdminsReadTheReportAndBadFiltersAreProblems() {
        BookableTherapist setup = bookableTherapist();
        for (String refused : List.of(frontDesk(setup.locationId()), therapist(setup.therapistId(), setup.locationId()),
                client(SAM), operator())) {
            report("", refused).expectStatus().isForbidden();
        }
        report("", admin()).expectStatus().isOk();

        report("?from=" + encoded(nextWeekAt(12, 0)) + "&to=" + encoded(nextWeekAt(9, 0)), admin())
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        for (String malformed : List.of("?locationId=not-a-uuid", "?treatmentId=42", "?from=yesterday", "?to=2026-13-01T00:00:00Z")) {
            report(malformed, admin()).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private List<AppointmentView> bookAll(BookableTherapist setup, UUID clientId, OffsetDateTime... starts) {
        return Arrays.stream(starts).map(start -> booked(client(clientId), setup.booking(null, start))).toList();
    }

    /** The sessions' times come in turn (the service's clock moves to each start): each is checked in and fulfilled. */
    private void fulfilAll(List<AppointmentView> sessions) {
        for (AppointmentView session : sessions) {
            advanceClockTo(session.startsAt().toInstant());
            post("/api/v1/appointments/" + session.id() + "/check-in", admin(), null, null).expectStatus().isOk();
            post("/api/v1/appointments/" + session.id() + "/fulfil", admin(), null, null).expectStatus().isOk();
        }
    }

    private void answer(AppointmentView session, UUID clientId, int score) {
        post("/api/v1/appointments/" + session.id() + "/aftercare-check-in", client(clientId),
                Map.of("score", score, "comment", "Private words"), null).expectStatus().isCreated();
    }

    /** The {@code check-in.worsened} events written to the outbox about the session. */
    private List<JsonNode> alerts(UUID appointmentId) {
        return jdbc.sql("SELECT payload FROM outbox_event WHERE subject = :subject AND event_type = :type")
                .param("subject", appointmentId.toString())
                .param("type", EventTypes.CHECK_IN_WORSENED)
                .query(String.class).list().stream()
                .map(json::readTree)
                .toList();
    }

    private RestTestClient.ResponseSpec trend(UUID appointmentId, String token) {
        return http.get().uri("/api/v1/appointments/{id}/outcome-trend", appointmentId)
                .header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    private RestTestClient.ResponseSpec report(String query, String token) {
        return http.get().uri(REPORT + query).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    /** In UTC, so the query needs no "+" (which a query string would read as a space). */
    private static String encoded(OffsetDateTime time) {
        return time.toInstant().toString();
    }

    private static void assertNotFound(RestTestClient.ResponseSpec response) {
        response.expectStatus().isEqualTo(HttpStatus.NOT_FOUND)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/not-found");
    }
}
