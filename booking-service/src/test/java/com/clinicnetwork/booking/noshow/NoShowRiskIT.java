package com.clinicnetwork.booking.noshow;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.AppointmentStatus;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.appointment.NoShowRiskView;
import com.clinicnetwork.booking.series.SeriesView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * No-show risk through the API on the real database and broker: a client's own no-shows and late cancellations, and
 * the lead time, against the thresholds of the location's policy; what staff and the client see; the confirmation and
 * its event. Each test sets its location's thresholds (the tests' defaults switch them off).
 */
class NoShowRiskIT extends IntegrationTestBase {

    private static final String APPOINTMENTS = "/api/v1/appointments/";
    private static final String PROBLEMS = "https://api.clinic-network.example/problems/";

    @Test
    void aClientWithNoShowsAndLateCancellationsIsFlaggedWithTheReasonsAndAClientWithoutIsNot() {
        BookableTherapist setup = bookableTherapist();
        setThresholds(setup, 2, 1, 30);
        UUID lapsed = createClient("Lapsed");
        UUID regular = createClient("Regular");
        missed(setup, lapsed, 2);
        missed(setup, lapsed, 4);
        cancelledLate(setup, lapsed, nextWeekAt(17, 0));

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            AppointmentView atRisk = booked(client(lapsed), setup.booking(null, nextWeekAt(10, 0)));
            AppointmentView fine = booked(client(regular), setup.booking(null, nextWeekAt(12, 0)));

            // The client's own answer says a confirmation is requested, not why.
            assertThat(atRisk.noShowRisk()).isEqualTo(new NoShowRiskView(true, null, Confirmation.REQUESTED));
            assertThat(fine.noShowRisk()).isEqualTo(new NoShowRiskView(false, List.of(), Confirmation.NOT_REQUESTED));
            assertThat(payload(awaitEvent(events, atRisk.id(), EventTypes.APPOINTMENT_BOOKED))
                    .get("confirmationRequested").asBoolean()).isTrue();
            assertThat(payload(awaitEvent(events, fine.id(), EventTypes.APPOINTMENT_BOOKED))
                    .get("confirmationRequested").asBoolean()).isFalse();
        }

        List<NoShowRiskView.Reason> expected = List.of(
                new NoShowRiskView.Reason("no-shows", "2 no-shows in the last 12 months", 2, 12, null),
                new NoShowRiskView.Reason("late-cancellations", "1 late cancellation in the last 12 months", 1, 12, null));
        AppointmentView seenByFrontDesk = onlyBookedAt(frontDesk(setup.locationId()), setup, "confirmation=REQUESTED");
        // The cancelled booking was at risk too and was never confirmed: the flag stays, the status tells it apart.
        assertThat(search(frontDesk(setup.locationId()), "locationId=" + setup.locationId() + "&confirmation=REQUESTED"))
                .extracting(AppointmentView::status).containsExactlyInAnyOrder(AppointmentStatus.BOOKED, AppointmentStatus.CANCELLED);
        assertThat(seenByFrontDesk.clientId()).isEqualTo(lapsed);
        assertThat(seenByFrontDesk.noShowRisk()).isEqualTo(new NoShowRiskView(true, expected, Confirmation.REQUESTED));
        assertThat(read(therapist(setup.therapistId(), setup.locationId()), seenByFrontDesk.id()).noShowRisk().reasons())
                .isEqualTo(expected);
        assertThat(read(admin(), seenByFrontDesk.id()).noShowRisk().reasons()).isEqualTo(expected);
        assertThat(read(client(lapsed), seenByFrontDesk.id()).noShowRisk())
                .isEqualTo(new NoShowRiskView(true, null, Confirmation.REQUESTED));
        assertThat(search(frontDesk(setup.locationId()), "locationId=" + setup.locationId() + "&confirmation=NOT_REQUESTED"
                + "&status=BOOKED")).extracting(AppointmentView::clientId).containsExactly(regular);
        // A client filters their own.
        assertThat(search(client(lapsed), "confirmation=REQUESTED&status=BOOKED")).extracting(AppointmentView::id)
                .containsExactly(seenByFrontDesk.id());
        // The client's own export (GDPR art. 15) holds the flag with its facts.
        JsonNode exported = http.get().uri("/api/v1/clients/{id}/export", lapsed).header(HttpHeaders.AUTHORIZATION, client(lapsed))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(exported.get("appointments").valueStream()
                .filter(item -> item.get("id").asString().equals(seenByFrontDesk.id().toString())))
                .singleElement().satisfies(item -> {
                    assertThat(item.get("riskNoShows").asInt()).isEqualTo(2);
                    assertThat(item.get("riskLateCancellations").asInt()).isEqualTo(1);
                    assertThat(item.get("riskWithinMonths").asInt()).isEqualTo(12);
                    assertThat(item.get("riskDaysAhead").isNull()).isTrue();
                    assertThat(item.get("confirmation").asString()).isEqualTo("REQUESTED");
                });
        http.get().uri("/api/v1/appointments?confirmation=MAYBE").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("confirmation");
    }

    @Test
    void changingTheLocationsThresholdsChangesWhichBookingsAreFlagged() {
        BookableTherapist setup = bookableTherapist();
        UUID lapsed = createClient("Twice");
        missed(setup, lapsed, 2);
        missed(setup, lapsed, 4);

        setThresholds(setup, 3, 0, 0);
        assertThat(booked(client(lapsed), setup.booking(null, nextWeekAt(9, 0))).noShowRisk().atRisk()).isFalse();

        setThresholds(setup, 2, 0, 0);
        AppointmentView flagged = booked(client(lapsed), setup.booking(null, nextWeekAt(11, 0)));
        assertThat(flagged.noShowRisk().confirmation()).isEqualTo(Confirmation.REQUESTED);
        assertThat(read(admin(), flagged.id()).noShowRisk().reasons()).extracting(NoShowRiskView.Reason::description)
                .containsExactly("2 no-shows in the last 12 months");

        // A policy that leaves the thresholds out takes the chain's defaults, which in these tests flag nobody.
        putPolicy(setup, Map.of());
        assertThat(booked(client(lapsed), setup.booking(null, nextWeekAt(13, 0))).noShowRisk().atRisk()).isFalse();
    }

    @Test
    void bookingFarAheadAfterALapseIsFlaggedSessionBySessionAlsoInACourse() {
        BookableTherapist setup = bookableTherapist();
        setThresholds(setup, 2, 2, 30);
        UUID lapsed = createClient("Once");
        missed(setup, lapsed, 2);

        assertThat(booked(client(lapsed), setup.booking(null, nextWeekAt(10, 0))).noShowRisk().atRisk()).isFalse();

        OffsetDateTime inThreeWeeks = LocalDate.now(LONDON).plusDays(21).atTime(10, 0).atZone(LONDON).toOffsetDateTime();
        Map<String, Object> course = new LinkedHashMap<>(setup.booking(null, inThreeWeeks));
        course.remove("startsAt");
        course.put("firstStartsAt", inThreeWeeks.toString());
        course.put("intervalWeeks", 1);
        course.put("occurrences", 3);
        SeriesView booked = post("/api/v1/appointment-series", client(lapsed), course, null)
                .expectStatus().isCreated()
                .expectBody(SeriesView.class).returnResult().getResponseBody();

        List<AppointmentView> sessions = booked.appointments();
        assertThat(sessions).extracting(session -> session.noShowRisk().atRisk()).containsExactly(false, false, true);
        AppointmentView last = sessions.get(2);
        long daysAhead = Duration.between(last.createdAt(), last.startsAt()).toDays();
        assertThat(read(frontDesk(setup.locationId()), last.id()).noShowRisk().reasons())
                .extracting(NoShowRiskView.Reason::description)
                .containsExactly("1 no-show in the last 12 months", "booked " + daysAhead + " days ahead");
    }

    @Test
    void aWaitlistOfferAcceptedByAClientWithLapsesIsFlaggedToo() {
        BookableTherapist setup = bookableTherapist();
        setThresholds(setup, 1, 0, 0);
        UUID lapsed = createClient("Waiting");
        missed(setup, lapsed, 2);
        AppointmentView taken = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        post("/api/v1/waitlist", client(lapsed), Map.of("locationId", setup.locationId(), "treatmentId", setup.treatmentId(),
                "windowStart", nextWeekAt(9, 0).toString(), "windowEnd", nextWeekAt(12, 0).toString()), null)
                .expectStatus().isCreated();

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            post(APPOINTMENTS + taken.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null).expectStatus().isOk();
            JsonNode offer = payload(events.awaitRecord(EVENTUALLY, record ->
                    EventTypes.WAITLIST_OFFER_MADE.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))
                            && json.readTree(record.value()).get("clientId").asString().equals(lapsed.toString())));

            AppointmentView accepted = post("/api/v1/waitlist/offers/" + offer.get("offerId").asString() + "/accept",
                    client(lapsed), null, null)
                    .expectStatus().isCreated()
                    .expectBody(AppointmentView.class).returnResult().getResponseBody();

            assertThat(accepted.noShowRisk().confirmation()).isEqualTo(Confirmation.REQUESTED);
            assertThat(payload(awaitEvent(events, accepted.id(), EventTypes.APPOINTMENT_BOOKED))
                    .get("confirmationRequested").asBoolean()).isTrue();
        }
    }

    @Test
    void theClientConfirmsOnceAndAppointmentConfirmedIsPublished() {
        BookableTherapist setup = bookableTherapist();
        setThresholds(setup, 1, 0, 0);
        UUID lapsed = createClient("Confirming");
        missed(setup, lapsed, 2);
        AppointmentView atRisk = booked(client(lapsed), setup.booking(null, nextWeekAt(10, 0)));
        String confirm = APPOINTMENTS + atRisk.id() + "/confirm";

        // Only the client, or the front desk of the location; everyone else may not see it (404) or has no such right (403).
        post(confirm, client(SAM), null, null).expectStatus().isNotFound();
        post(confirm, frontDesk(UUID.randomUUID()), null, null).expectStatus().isNotFound();
        post(confirm, therapist(setup.therapistId(), setup.locationId()), null, null).expectStatus().isForbidden();
        post(confirm, admin(), null, null).expectStatus().isForbidden();
        post(confirm, operator(), null, null).expectStatus().isForbidden();
        post(confirm, client(lapsed), null, "\"7\"").expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED);

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            AppointmentView confirmed = post(confirm, client(lapsed), null, "\"1\"")
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                    .expectBody(AppointmentView.class).returnResult().getResponseBody();

            assertThat(confirmed.version()).isEqualTo(2);
            assertThat(confirmed.noShowRisk()).isEqualTo(new NoShowRiskView(true, null, Confirmation.CONFIRMED));
            JsonNode event = payload(awaitEvent(events, atRisk.id(), EventTypes.APPOINTMENT_CONFIRMED));
            assertThat(event.get("version").asLong()).isEqualTo(2);
            assertThat(event.get("status").asString()).isEqualTo("BOOKED");
            assertThat(event.get("confirmationRequested").asBoolean()).isTrue();
        }
        // A repeat, even with the version read before the first, finds it confirmed: no new version, no second event.
        post(confirm, client(lapsed), null, "\"1\"")
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
        assertThat(outboxEvents(atRisk.id(), EventTypes.APPOINTMENT_CONFIRMED)).isEqualTo(1);
        assertThat(search(frontDesk(setup.locationId()), "locationId=" + setup.locationId() + "&confirmation=REQUESTED"))
                .isEmpty();
        assertThat(search(frontDesk(setup.locationId()), "locationId=" + setup.locationId() + "&confirmation=CONFIRMED"))
                .extracting(AppointmentView::id).containsExactly(atRisk.id());
    }

    @Test
    void theFrontDeskRecordsAConfirmationGivenOnThePhone() {
        BookableTherapist setup = bookableTherapist();
        setThresholds(setup, 1, 0, 0);
        UUID lapsed = createClient("Calling");
        missed(setup, lapsed, 2);
        AppointmentView atRisk = booked(client(lapsed), setup.booking(null, nextWeekAt(10, 0)));

        post(APPOINTMENTS + atRisk.id() + "/confirm", frontDesk(setup.locationId()), null, null)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.noShowRisk.confirmation").isEqualTo("CONFIRMED");

        assertThat(read(client(lapsed), atRisk.id()).noShowRisk().confirmation()).isEqualTo(Confirmation.CONFIRMED);
        assertThat(outboxEvents(atRisk.id(), EventTypes.APPOINTMENT_CONFIRMED)).isEqualTo(1);
    }

    @Test
    void onlyABookedAppointmentThatAsksForItCanBeConfirmed() {
        BookableTherapist setup = bookableTherapist();
        setThresholds(setup, 1, 0, 0);
        UUID lapsed = createClient("Refused");
        UUID regular = createClient("Reliable");
        missed(setup, lapsed, 2);
        AppointmentView notAtRisk = booked(client(regular), setup.booking(null, nextWeekAt(10, 0)));
        AppointmentView cancelled = booked(client(lapsed), setup.booking(null, nextWeekAt(12, 0)));
        post(APPOINTMENTS + cancelled.id() + "/cancel", client(lapsed), Map.of("reason", "Busy"), null).expectStatus().isOk();

        post(APPOINTMENTS + notAtRisk.id() + "/confirm", client(regular), null, null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "confirmation-not-requested");
        post(APPOINTMENTS + cancelled.id() + "/confirm", client(lapsed), null, null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "illegal-transition")
                .jsonPath("$.currentStatus").isEqualTo("CANCELLED")
                .jsonPath("$.transition").isEqualTo("confirm");
        post(APPOINTMENTS + UUID.randomUUID() + "/confirm", client(lapsed), null, null).expectStatus().isNotFound();
        post(APPOINTMENTS + "not-an-id/confirm", client(lapsed), null, null).expectStatus().isBadRequest();
        post(APPOINTMENTS + cancelled.id() + "/confirm", client(lapsed), null, "not-an-etag").expectStatus().isBadRequest();
        assertThat(outboxEvents(notAtRisk.id(), EventTypes.APPOINTMENT_CONFIRMED)).isZero();
    }

    @Test
    void aRescheduleAssessesTheBookingAgainAndAsksForAFreshConfirmation() {
        BookableTherapist setup = bookableTherapist();
        setThresholds(setup, 1, 0, 0);
        UUID lapsed = createClient("Moving");
        missed(setup, lapsed, 2);
        AppointmentView atRisk = booked(client(lapsed), setup.booking(null, nextWeekAt(10, 0)));
        post(APPOINTMENTS + atRisk.id() + "/confirm", client(lapsed), null, null).expectStatus().isOk();

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            AppointmentView moved = reschedule(atRisk.id(), lapsed, nextWeekAt(14, 0));
            assertThat(moved.noShowRisk().confirmation()).isEqualTo(Confirmation.REQUESTED);
            assertThat(payload(awaitEvent(events, atRisk.id(), EventTypes.APPOINTMENT_RESCHEDULED))
                    .get("confirmationRequested").asBoolean()).isTrue();

            setThresholds(setup, 0, 0, 0);
            AppointmentView movedAgain = reschedule(atRisk.id(), lapsed, nextWeekAt(16, 0));
            assertThat(movedAgain.noShowRisk()).isEqualTo(new NoShowRiskView(false, List.of(), Confirmation.NOT_REQUESTED));
            assertThat(events.awaitRecord(EVENTUALLY, record -> atRisk.id().toString().equals(record.key())
                    && EventTypes.APPOINTMENT_RESCHEDULED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))
                    && json.readTree(record.value()).get("version").asLong() == movedAgain.version()))
                    .satisfies(record -> assertThat(json.readTree(record.value()).get("confirmationRequested").asBoolean()).isFalse());
        }
    }

    /** The location's policy with these thresholds (a one-year look-back) and a 14-day late-cancellation window. */
    private void setThresholds(BookableTherapist setup, int noShows, int lateCancellations, int leadTimeDays) {
        putPolicy(setup, Map.of("riskNoShows", noShows, "riskLateCancellations", lateCancellations,
                "riskLeadTimeDays", leadTimeDays, "riskLookBackMonths", 12));
    }

    private void putPolicy(BookableTherapist setup, Map<String, Object> thresholds) {
        Map<String, Object> policy = new LinkedHashMap<>(Map.of("minimumNoticeMinutes", 60, "bookingHorizonDays", 90,
                "slotIntervalMinutes", 15, "lateCancellationWindowMinutes", 20160));
        policy.putAll(thresholds);
        http.put().uri("/api/v1/locations/{id}/booking-policy", setup.locationId())
                .header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON)
                .body(policy)
                .exchange()
                .expectStatus().isOk();
    }

    /** A past appointment of the client's, started {@code hoursAgo}, that the front desk recorded as a no-show. */
    private void missed(BookableTherapist setup, UUID clientId, int hoursAgo) {
        AppointmentView appointment = booked(admin(), setup.booking(clientId, nextWeekAt(18, 0)));
        startedAgo(appointment.id(), Duration.ofHours(hoursAgo));
        post(APPOINTMENTS + appointment.id() + "/no-show", frontDesk(setup.locationId()), null, null).expectStatus().isOk();
    }

    /** A booking the client cancelled inside the late-cancellation window (14 days at the tests' locations). */
    private void cancelledLate(BookableTherapist setup, UUID clientId, OffsetDateTime startsAt) {
        AppointmentView appointment = booked(admin(), setup.booking(clientId, startsAt));
        post(APPOINTMENTS + appointment.id() + "/cancel", client(clientId), Map.of("reason", "Something came up"), null)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lateCancellation").isEqualTo(true);
    }

    private AppointmentView reschedule(UUID id, UUID clientId, OffsetDateTime startsAt) {
        return post(APPOINTMENTS + id + "/reschedule", client(clientId), Map.of("startsAt", startsAt.toString()), null)
                .expectStatus().isOk()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();
    }

    /** The one booked appointment at the test's location the query finds. */
    private AppointmentView onlyBookedAt(String token, BookableTherapist setup, String query) {
        List<AppointmentView> found = search(token, "locationId=" + setup.locationId() + "&status=BOOKED&" + query);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<AppointmentView> search(String token, String query) {
        return http.get().uri("/api/v1/appointments?" + query).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(APPOINTMENT_PAGE).returnResult().getResponseBody().items();
    }

    private AppointmentView read(String token, UUID id) {
        return http.get().uri(APPOINTMENTS + id).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(AppointmentView.class).returnResult().getResponseBody();
    }

    private ConsumerRecord<String, String> awaitEvent(TopicProbe events, UUID appointmentId,
            String type) {
        return events.awaitRecord(EVENTUALLY, record -> appointmentId.toString().equals(record.key())
                && type.equals(TopicProbe.header(record, CloudEventHeaders.TYPE)));
    }

    private JsonNode payload(ConsumerRecord<String, String> record) {
        return json.readTree(record.value());
    }

    private long outboxEvents(UUID appointmentId, String type) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE subject = :subject AND event_type = :type")
                .param("subject", appointmentId.toString())
                .param("type", type)
                .query(Long.class)
                .single();
    }
}
