package com.clinicnetwork.booking.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.servicedefaults.links.CheckInLinks;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** The aftercare check-in answered signed in and through its signed link, and read as the health data it is. */
class AftercareCheckInIT extends IntegrationTestBase {

    private static final String PROBLEMS = "https://api.clinic-network.example/problems/";
    private static final String LINKS = "/api/v1/aftercare-check-in-links/";

    private final CheckInLinks links = new CheckInLinks(CHECK_IN_LINK_SECRET);

    @Autowired
    private ObservationRegistry observations;

    @Test
    void theClientAnswersAFulfilledSessionOnceAndNobodyElseCan() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Imogen");
        AppointmentView session = fulfilled(setup, clientId, nextWeekAt(10, 0));

        JsonNode answer = answer(session.id(), client(clientId), Map.of("score", 3, "comment", "Stiff in the morning"))
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(answer.get("appointmentId").asString()).isEqualTo(session.id().toString());
        assertThat(answer.get("seriesId").isNull()).isTrue();
        assertThat(OffsetDateTime.parse(answer.get("startsAt").asString()).toInstant()).isEqualTo(session.startsAt().toInstant());
        assertThat(answer.get("score").asInt()).isEqualTo(3);
        assertThat(answer.get("comment").asString()).isEqualTo("Stiff in the morning");
        assertThat(Instant.parse(answer.get("answeredAt").asString())).isCloseTo(clock.instant(), within(1, ChronoUnit.MINUTES));
        assertProblem(answer(session.id(), client(clientId), Map.of("score", 5)), HttpStatus.CONFLICT, "check-in-already-answered");
        // Another client is told the appointment does not exist, as when reading it; staff may not answer for a client.
        assertProblem(answer(session.id(), client(SAM), Map.of("score", 5)), HttpStatus.NOT_FOUND, "not-found");
        answer(session.id(), therapist(setup.therapistId(), setup.locationId()), Map.of("score", 5)).expectStatus().isForbidden();
        answer(session.id(), admin(), Map.of("score", 5)).expectStatus().isForbidden();
        answer(session.id(), frontDesk(setup.locationId()), Map.of("score", 5)).expectStatus().isForbidden();
        assertThat(checkIns(clientId, null, admin()).get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("score").asInt()).isEqualTo(3));
    }

    @Test
    void anAnswerRepeatedWithItsIdempotencyKeyGetsTheFirstAnswerSignedInAndByLink() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Idona");
        AppointmentView signedIn = fulfilled(setup, clientId, nextWeekAt(10, 0));
        AppointmentView byLink = fulfilled(setup, clientId, nextWeekAt(14, 0));
        String link = LINKS + links.sign(byLink.id(), Instant.now().plus(Duration.ofDays(14)));

        createdOnceWithKey((body, key) -> postWithKey("/api/v1/appointments/" + signedIn.id() + "/aftercare-check-in",
                client(clientId), body, key), Map.of("score", 4), Map.of("score", 5));
        createdOnceWithKey((body, key) -> postWithKey(link, null, body, key), Map.of("score", 6), Map.of("score", 7));

        assertThat(checkIns(clientId, null, admin()).get("items").values())
                .extracting(item -> item.get("score").asInt()).containsExactly(4, 6);
    }

    @Test
    void onlyAFulfilledSessionWithinTheAnswerWindowCanBeAnswered() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Ottilie");
        AppointmentView booked = booked(client(clientId), setup.booking(null, nextWeekAt(9, 0)));
        AppointmentView longAgo = fulfilled(setup, clientId, nextWeekAt(12, 0));
        // The session ended 14 days and a minute ago: the default window (14 days) has just closed.
        startedAgo(longAgo.id(), Duration.ofDays(14).plusMinutes(61));
        AppointmentView lastWeek = fulfilled(setup, clientId, nextWeekAt(15, 0));
        startedAgo(lastWeek.id(), Duration.ofDays(7));

        answer(booked.id(), client(clientId), Map.of("score", 2))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "appointment-not-fulfilled")
                .jsonPath("$.currentStatus").isEqualTo("BOOKED");
        answer(longAgo.id(), client(clientId), Map.of("score", 2))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "check-in-closed")
                .jsonPath("$.closedAt").exists();
        answer(lastWeek.id(), client(clientId), Map.of("score", 2)).expectStatus().isCreated();
    }

    @Test
    void scoresAreWholeNumbersFromZeroToTenAndCommentsAtMostAThousandCharacters() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Wilhelmina");
        AppointmentView session = fulfilled(setup, clientId, nextWeekAt(10, 0));
        String token = client(clientId);

        assertInvalidField(answer(session.id(), token, Map.of("score", 11)), "score");
        assertInvalidField(answer(session.id(), token, Map.of("score", -1)), "score");
        assertInvalidField(answer(session.id(), token, Map.of("comment", "no score")), "score");
        assertInvalidField(answer(session.id(), token, Map.of("score", 4, "comment", "x".repeat(1001))), "comment");
        for (String notAWholeNumber : List.of("{\"score\": 5.5}", "{\"score\": \"5\"}", "{\"score\": 5e0}", "{\"score\": true}",
                "{\"score\": 99999999999}", "{\"score\": [5]}", "not json")) {
            assertProblem(http.post().uri("/api/v1/appointments/{id}/aftercare-check-in", session.id())
                    .header(HttpHeaders.AUTHORIZATION, token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(notAWholeNumber)
                    .exchange(), HttpStatus.BAD_REQUEST, "malformed-request");
        }
        assertThat(checkIns(clientId, null, admin()).get("totalItems").asLong()).isZero();

        Map<String, Object> blankComment = new HashMap<>();
        blankComment.put("score", 0);
        blankComment.put("comment", "   ");
        answer(session.id(), token, blankComment).expectStatus().isCreated()
                .expectBody().jsonPath("$.score").isEqualTo(0).jsonPath("$.comment").doesNotExist();
    }

    @Test
    void twoAnswersAtTheSameTimeRecordOneAndRefuseTheOther() throws Exception {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Ferdinand");
        AppointmentView session = fulfilled(setup, clientId, nextWeekAt(10, 0));
        String token = links.sign(session.id(), Instant.now().plus(Duration.ofDays(14)));

        // Signed in and by link at once, several times over: the primary key lets exactly one through.
        List<HttpStatus> outcomes = inParallel(6, index -> (index % 2 == 0
                ? answer(session.id(), client(clientId), Map.of("score", index))
                : byLink(token, Map.of("score", index))).returnResult(Void.class).getStatus().value());

        assertThat(outcomes).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT);
        assertThat(outcomes).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM aftercare_check_in WHERE appointment_id = :id").param("id", session.id())
                .query(Long.class).single()).isOne();
    }

    @Test
    void aSignedLinkShowsTheSessionWithoutTheClientAndTakesOneAnswerWithoutSigningIn() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Cordelia");
        AppointmentView session = fulfilled(setup, clientId, nextWeekAt(11, 0));
        String token = links.sign(session.id(), Instant.now().plus(Duration.ofDays(14)));

        JsonNode page = http.get().uri(LINKS + token).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(page.propertyNames()).containsExactlyInAnyOrder("appointmentId", "treatmentName", "therapistName",
                "startsAt", "treatedArea", "answered", "score");
        assertThat(page.get("appointmentId").asString()).isEqualTo(session.id().toString());
        assertThat(page.get("treatmentName").asString()).isEqualTo("Knee pain relief massage");
        assertThat(page.get("therapistName").asString()).isEqualTo("Test Therapist");
        assertThat(page.get("treatedArea").asString()).isEqualTo("KNEE_REHABILITATION");
        assertThat(OffsetDateTime.parse(page.get("startsAt").asString()).toInstant()).isEqualTo(session.startsAt().toInstant());
        assertThat(page.get("answered").asBoolean()).isFalse();
        assertThat(page.get("score").isNull()).isTrue();
        assertThat(page.toString()).doesNotContain("Cordelia").doesNotContain("cordelia@example.com");

        byLink(token, Map.of("score", 6, "comment", "Better after the stretches"))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.appointmentId").isEqualTo(session.id().toString())
                .jsonPath("$.score").isEqualTo(6)
                .jsonPath("$.comment").isEqualTo("Better after the stretches");

        http.get().uri(LINKS + token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.answered").isEqualTo(true).jsonPath("$.score").isEqualTo(6);
        assertProblem(byLink(token, Map.of("score", 1)), HttpStatus.CONFLICT, "check-in-already-answered");
        assertProblem(answer(session.id(), client(clientId), Map.of("score", 1)), HttpStatus.CONFLICT, "check-in-already-answered");
        assertThat(checkIns(clientId, null, client(clientId)).get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("score").asInt()).isEqualTo(6));
    }

    @Test
    void aLinkThatIsAlteredSignedWithAnotherSecretOrForNoAppointmentIsNotValidAndAnExpiredOneIsGone() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Barnaby");
        AppointmentView session = fulfilled(setup, clientId, nextWeekAt(13, 0));
        Instant expiry = Instant.now().plus(Duration.ofDays(14));
        String genuine = links.sign(session.id(), expiry);
        String other = links.sign(UUID.randomUUID(), expiry);
        List<String> invalid = List.of(
                genuine.substring(0, genuine.indexOf('.')) + other.substring(other.indexOf('.')),
                new CheckInLinks("a-secret-notification-service-does-not-have").sign(session.id(), expiry),
                other,
                "not-a-token",
                genuine + "A");
        for (String token : invalid) {
            assertProblem(http.get().uri(LINKS + token).exchange(), HttpStatus.NOT_FOUND, "check-in-link-invalid");
            assertProblem(byLink(token, Map.of("score", 4)), HttpStatus.NOT_FOUND, "check-in-link-invalid");
        }
        String expired = links.sign(session.id(), Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS));
        assertProblem(http.get().uri(LINKS + expired).exchange(), HttpStatus.GONE, "check-in-link-expired");
        byLink(expired, Map.of("score", 4))
                .expectStatus().isEqualTo(HttpStatus.GONE)
                .expectBody().jsonPath("$.expiredAt").exists();

        assertThat(jdbc.sql("SELECT count(*) FROM aftercare_check_in WHERE appointment_id = :id").param("id", session.id())
                .query(Long.class).single()).isZero();
        byLink(genuine, Map.of("score", 4)).expectStatus().isCreated();
    }

    @Test
    void aLinkStillFollowsTheRulesOfTheSession() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Leopold");
        AppointmentView booked = booked(client(clientId), setup.booking(null, nextWeekAt(16, 0)));

        assertProblem(byLink(links.sign(booked.id(), Instant.now().plus(Duration.ofDays(30))), Map.of("score", 4)),
                HttpStatus.CONFLICT, "appointment-not-fulfilled");
        assertInvalidField(byLink(links.sign(booked.id(), Instant.now().plus(Duration.ofDays(30))), Map.of("score", 12)), "score");
    }

    @Test
    void answersAreReadByTheClientTheirTherapistsAndAdminsOnlyInSessionOrderAndEachReadIsAudited() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Perpetua");
        // Booked and answered in the other order than the sessions take place: the list follows the sessions.
        AppointmentView later = booked(client(clientId), setup.booking(null, nextWeekAt(17, 0)));
        AppointmentView earlier = fulfilled(setup, clientId, nextWeekAt(8, 0));
        fulfil(later.id(), later.startsAt());
        answer(later.id(), client(clientId), Map.of("score", 2)).expectStatus().isCreated();
        answer(earlier.id(), client(clientId), Map.of("score", 7)).expectStatus().isCreated();
        String ownTherapist = therapist(setup.therapistId(), setup.locationId());
        String otherTherapist = therapist(UUID.randomUUID(), setup.locationId());

        for (String allowed : List.of(client(clientId), ownTherapist, admin())) {
            JsonNode page = checkIns(clientId, null, allowed);
            assertThat(page.get("items").valueStream().map(item -> item.get("appointmentId").asString()).toList())
                    .containsExactly(earlier.id().toString(), later.id().toString());
            assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        }
        for (String refused : List.of(client(SAM), otherTherapist, frontDesk(setup.locationId()), operator())) {
            http.get().uri("/api/v1/aftercare-check-ins?clientId={id}", clientId).header(HttpHeaders.AUTHORIZATION, refused)
                    .exchange().expectStatus().isForbidden();
        }
        assertInvalidField(http.get().uri("/api/v1/aftercare-check-ins").header(HttpHeaders.AUTHORIZATION, admin()).exchange(),
                "clientId");
        JsonNode secondPage = http.get().uri("/api/v1/aftercare-check-ins?clientId={id}&size=1&page=1", clientId)
                .header(HttpHeaders.AUTHORIZATION, client(clientId)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(secondPage.get("items")).singleElement()
                .satisfies(item -> assertThat(item.get("appointmentId").asString()).isEqualTo(later.id().toString()));

        List<String> readers = jdbc.sql("""
                        SELECT roles FROM audit_event
                        WHERE record_type = 'aftercare-check-in' AND record_id = :id AND method = 'GET'
                        """)
                .param("id", earlier.id().toString())
                .query(String.class).list();
        assertThat(readers).anyMatch(roles -> roles.contains("THERAPIST")).anyMatch(roles -> roles.contains("CLINIC_ADMIN"))
                .anyMatch(roles -> roles.contains("CLIENT"));
    }

    @Test
    void aCoursesAnswersAreReadByCourseAndChartedInTheCourseViewForThoseWhoMayReadThem() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Theodora");
        JsonNode course = post("/api/v1/appointment-series", client(clientId), Map.of("therapistId", setup.therapistId(),
                "locationId", setup.locationId(), "treatmentId", setup.treatmentId(), "firstStartsAt", nextWeekAt(10, 0).toString(),
                "intervalWeeks", 1, "occurrences", 3), null)
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        UUID seriesId = UUID.fromString(course.get("id").asString());
        List<UUID> sessions = course.get("appointments").valueStream().map(s -> UUID.fromString(s.get("id").asString())).toList();
        fulfil(sessions.get(0), OffsetDateTime.parse(course.get("appointments").get(0).get("startsAt").asString()));
        fulfil(sessions.get(1), OffsetDateTime.parse(course.get("appointments").get(1).get("startsAt").asString()));
        answer(sessions.get(1), client(clientId), Map.of("score", 4)).expectStatus().isCreated();
        answer(sessions.get(0), client(clientId), Map.of("score", 8)).expectStatus().isCreated();

        JsonNode byCourse = checkIns(null, seriesId, ownTherapistOf(setup));
        assertThat(byCourse.get("items").valueStream().map(item -> item.get("score").asInt()).toList()).containsExactly(8, 4);
        assertThat(byCourse.get("items").get(0).get("seriesId").asString()).isEqualTo(seriesId.toString());
        http.get().uri("/api/v1/aftercare-check-ins?seriesId={id}", seriesId).header(HttpHeaders.AUTHORIZATION, client(SAM))
                .exchange().expectStatus().isNotFound();
        http.get().uri("/api/v1/aftercare-check-ins?seriesId={id}", UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, admin())
                .exchange().expectStatus().isNotFound();
        assertThat(checkIns(SAM, seriesId, admin()).get("items")).isEmpty();

        JsonNode view = http.get().uri("/api/v1/appointment-series/{id}", seriesId).header(HttpHeaders.AUTHORIZATION, client(clientId))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(view.get("aftercareCheckIns").valueStream().map(answer -> answer.get("appointmentId").asString() + "="
                + answer.get("score").asInt()).toList())
                .containsExactly(sessions.get(0) + "=8", sessions.get(1) + "=4");
        assertThat(view.get("aftercareCheckIns").get(0).has("answeredAt")).isTrue();
        assertThat(view.get("aftercareCheckIns").get(0).has("comment")).isFalse();
        http.get().uri("/api/v1/appointment-series/{id}", seriesId).header(HttpHeaders.AUTHORIZATION, frontDesk(setup.locationId()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.appointments.length()").isEqualTo(3).jsonPath("$.aftercareCheckIns").isEmpty();
    }

    @Test
    void theFulfilmentEventSaysUntilWhenTheCheckInCanBeAnswered() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Augustin");
        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            AppointmentView session = fulfilled(setup, clientId, nextWeekAt(10, 0));

            JsonNode fulfilment = json.readTree(events.awaitRecord(EVENTUALLY, record -> session.id().toString().equals(record.key())
                    && EventTypes.APPOINTMENT_FULFILLED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))).value());
            assertThat(OffsetDateTime.parse(fulfilment.get("checkInClosesAt").asString()).toInstant())
                    .isEqualTo(session.endsAt().toInstant().plus(Duration.ofDays(14)));
            JsonNode checkedIn = json.readTree(events.awaitRecord(EVENTUALLY, record -> session.id().toString().equals(record.key())
                    && EventTypes.APPOINTMENT_CHECKED_IN.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))).value());
            assertThat(checkedIn.get("checkInClosesAt").isNull()).isTrue();
        }
    }

    @Test
    void anErasedClientsAnswersGoAndNoNewOneIsTaken() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Hildegard");
        AppointmentView answered = fulfilled(setup, clientId, nextWeekAt(9, 0));
        AppointmentView open = fulfilled(setup, clientId, nextWeekAt(12, 0));
        answer(answered.id(), client(clientId), Map.of("score", 5, "comment", "Sore")).expectStatus().isCreated();
        JsonNode export = http.get().uri("/api/v1/clients/{id}/export", clientId).header(HttpHeaders.AUTHORIZATION, client(clientId))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(export.get("aftercareCheckIns")).singleElement().satisfies(item -> {
            assertThat(item.get("appointmentId").asString()).isEqualTo(answered.id().toString());
            assertThat(item.get("comment").asString()).isEqualTo("Sore");
        });
        assertThat(export.get("auditEvents").valueStream().map(event -> event.get("recordType").asString()))
                .contains("aftercare-check-in");

        http.delete().uri("/api/v1/clients/{id}", clientId).header(HttpHeaders.AUTHORIZATION, client(clientId))
                .exchange().expectStatus().isNoContent();

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM aftercare_check_in c JOIN appointment a ON a.id = c.appointment_id
                        WHERE a.client_id = :id
                        """).param("id", clientId).query(Long.class).single()).isZero();
        assertProblem(byLink(links.sign(open.id(), Instant.now().plus(Duration.ofDays(14))), Map.of("score", 3)),
                HttpStatus.CONFLICT, "client-erased");
    }

    @Test
    void noObservationOfThisServiceKeepsALinksToken() {
        String token = links.sign(UUID.randomUUID(), Instant.now().plus(Duration.ofDays(1)));
        Observation request = Observation.createNotStarted("http.server.requests", observations)
                .highCardinalityKeyValue("http.url", LINKS + token);

        request.start().stop();

        assertThat(request.getContext().getHighCardinalityKeyValue("http.url").getValue())
                .isEqualTo(LINKS + "{token}").doesNotContain(token);
    }

    private AppointmentView fulfilled(BookableTherapist setup, UUID clientId, OffsetDateTime startsAt) {
        AppointmentView booked = booked(client(clientId), setup.booking(null, startsAt));
        fulfil(booked.id(), booked.startsAt());
        return booked;
    }

    /** The session's time comes (the service's clock moves on to its start): the client is checked in, it is held. */
    private void fulfil(UUID appointmentId, OffsetDateTime startsAt) {
        advanceClockTo(startsAt.toInstant());
        post("/api/v1/appointments/" + appointmentId + "/check-in", admin(), null, null).expectStatus().isOk();
        post("/api/v1/appointments/" + appointmentId + "/fulfil", admin(), null, null).expectStatus().isOk();
    }

    private static String ownTherapistOf(BookableTherapist setup) {
        return therapist(setup.therapistId(), setup.locationId());
    }

    private RestTestClient.ResponseSpec answer(UUID appointmentId, String token, Map<String, Object> body) {
        return post("/api/v1/appointments/" + appointmentId + "/aftercare-check-in", token, body, null);
    }

    /** No Authorization header at all: the link is the credential. */
    private RestTestClient.ResponseSpec byLink(String token, Map<String, Object> body) {
        return http.post().uri(LINKS + token).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private JsonNode checkIns(UUID clientId, UUID seriesId, String token) {
        StringBuilder uri = new StringBuilder("/api/v1/aftercare-check-ins?size=100");
        if (clientId != null) {
            uri.append("&clientId=").append(clientId);
        }
        if (seriesId != null) {
            uri.append("&seriesId=").append(seriesId);
        }
        return http.get().uri(uri.toString()).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static void assertProblem(RestTestClient.ResponseSpec response, HttpStatus status, String slug) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + slug);
    }

    private static void assertInvalidField(RestTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
