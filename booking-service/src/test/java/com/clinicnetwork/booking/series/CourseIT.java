package com.clinicnetwork.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.AppointmentStatus;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.booking.waitlist.WaitlistEntryView;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class CourseIT extends IntegrationTestBase {

    private static final String SERIES = "/api/v1/appointment-series";


    @Test
    void whoMaySeeItsSessionsReadsTheCourseAndEveryoneElseIsToldItDoesNotExist() {
        BookableTherapist clinic = bookableTherapist();
        UUID rhea = createClient("Rhea");
        SeriesView booked = book(client(rhea), clinic, nextWeekAt(9, 0), 3);

        for (String reader : new String[] {client(rhea), therapist(clinic.therapistId(), clinic.locationId()),
                frontDesk(clinic.locationId()), admin()}) {
            CourseView course = read(reader, booked.id());
            assertThat(course.clientId()).isEqualTo(rhea);
            assertThat(course.locationId()).isEqualTo(clinic.locationId());
            assertThat(course.occurrences()).isEqualTo(3);
            assertThat(course.intervalWeeks()).isEqualTo(1);
            assertThat(course.appointments()).extracting(AppointmentView::id)
                    .containsExactlyElementsOf(booked.appointments().stream().map(AppointmentView::id).toList());
            assertThat(course.appointments()).allSatisfy(session -> assertThat(session.locationName()).isEqualTo("Test clinic"));
        }
        for (String stranger : new String[] {client(SAM), therapist(UUID.randomUUID(), clinic.locationId()),
                frontDesk(UUID.randomUUID()), operator()}) {
            http.get().uri(SERIES + "/{id}", booked.id()).header(HttpHeaders.AUTHORIZATION, stranger).exchange()
                    .expectStatus().isNotFound();
            post(SERIES + "/" + booked.id() + "/cancel", stranger, Map.of("reason", "Not mine"), null).expectStatus().isNotFound();
        }
        http.get().uri(SERIES + "/{id}", UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void cancellingACourseCancelsEachUpcomingSessionAsASingleCancellationWould() {
        BookableTherapist clinic = bookableTherapist();
        UUID rosa = createClient("Rosa");
        UUID wes = createClient("Wesley");
        SeriesView booked = book(client(rosa), clinic, nextWeekAt(10, 0), 4);
        AppointmentView started = booked.appointments().get(0);
        AppointmentView alreadyCancelled = booked.appointments().get(1);
        AppointmentView second = booked.appointments().get(2);
        AppointmentView last = booked.appointments().get(3);
        startedAgo(started.id(), Duration.ofMinutes(1));
        post("/api/v1/appointments/" + alreadyCancelled.id() + "/cancel", client(rosa), Map.of("reason", "Away that week"), null)
                .expectStatus().isOk();
        WaitlistEntryView waiting = waitFor(wes, clinic, last.startsAt());

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            CourseView course = post(SERIES + "/" + booked.id() + "/cancel", client(rosa), Map.of("reason", " Feeling better "), null)
                    .expectStatus().isOk()
                    .expectBody(CourseView.class).returnResult().getResponseBody();

            assertThat(course.appointments()).extracting(AppointmentView::status).containsExactly(AppointmentStatus.BOOKED,
                    AppointmentStatus.CANCELLED, AppointmentStatus.CANCELLED, AppointmentStatus.CANCELLED);
            assertThat(course.appointments().get(1).cancellationReason()).isEqualTo("Away that week");
            assertThat(course.appointments().subList(2, 4)).allSatisfy(session -> {
                assertThat(session.cancellationReason()).isEqualTo("Feeling better");
                assertThat(session.lateCancellation()).isFalse();
                assertThat(session.version()).isEqualTo(2);
            });
            for (AppointmentView session : List.of(second, last)) {
                events.awaitRecord(EVENTUALLY, record -> record.key().equals(session.id().toString())
                        && EventTypes.APPOINTMENT_CANCELLED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE)));
            }
        }
        WaitlistEntryView.OfferView offer = http.get().uri("/api/v1/waitlist/{id}", waiting.id())
                .header(HttpHeaders.AUTHORIZATION, client(wes)).exchange()
                .expectStatus().isOk().expectBody(WaitlistEntryView.class).returnResult().getResponseBody().offer();
        assertThat(offer).as("the freed slot of the last session went to the waitlist").isNotNull();
        assertThat(offer.startsAt().toInstant()).isEqualTo(last.startsAt().toInstant());
    }

    @Test
    void theTherapistMaySeeButNotCancelACourseAndFrontDeskAtTheLocationMay() {
        BookableTherapist clinic = bookableTherapist();
        UUID ruth = createClient("Ruth");
        SeriesView booked = book(admin(), clinic, nextWeekAt(15, 0), 2, ruth);

        post(SERIES + "/" + booked.id() + "/cancel", therapist(clinic.therapistId(), clinic.locationId()),
                Map.of("reason", "Busy"), null).expectStatus().isForbidden();
        assertThat(read(admin(), booked.id()).appointments()).extracting(AppointmentView::status)
                .containsOnly(AppointmentStatus.BOOKED);
        post(SERIES + "/" + booked.id() + "/cancel", frontDesk(clinic.locationId()), Map.of("reason", " "), null)
                .expectStatus().isBadRequest();

        post(SERIES + "/" + booked.id() + "/cancel", frontDesk(clinic.locationId()), Map.of("reason", "Therapist ill"), null)
                .expectStatus().isOk();
        assertThat(read(client(ruth), booked.id()).appointments()).extracting(AppointmentView::status)
                .containsOnly(AppointmentStatus.CANCELLED);
    }

    private SeriesView book(String token, BookableTherapist clinic, OffsetDateTime first, int occurrences) {
        return book(token, clinic, first, occurrences, null);
    }

    private SeriesView book(String token, BookableTherapist clinic, OffsetDateTime first, int occurrences, UUID clientId) {
        Map<String, Object> body = new LinkedHashMap<>(clinic.booking(clientId, first));
        body.remove("startsAt");
        body.put("firstStartsAt", first.toString());
        body.put("intervalWeeks", 1);
        body.put("occurrences", occurrences);
        return post(SERIES, token, body, null).expectStatus().isCreated()
                .expectBody(SeriesView.class).returnResult().getResponseBody();
    }

    private CourseView read(String token, UUID id) {
        return http.get().uri(SERIES + "/{id}", id).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(CourseView.class).returnResult().getResponseBody();
    }

    /** The client waits for any slot within an hour either side of {@code around}. */
    private WaitlistEntryView waitFor(UUID clientId, BookableTherapist clinic, OffsetDateTime around) {
        Map<String, Object> join = new LinkedHashMap<>();
        join.put("locationId", clinic.locationId());
        join.put("treatmentId", clinic.treatmentId());
        join.put("windowStart", around.minusHours(1).toString());
        join.put("windowEnd", around.plusHours(1).toString());
        return post("/api/v1/waitlist", client(clientId), join, null).expectStatus().isCreated()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody();
    }

}
