package com.clinicnetwork.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.AppointmentStatus;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

class AppointmentSeriesIT extends IntegrationTestBase {

    private static final String SERIES = "/api/v1/appointment-series";

    @Test
    void aClientBooksEveryTwoWeeksSixTimesAtTheSameLocalTimeWithAnEventEachAndOneForTheWholeCourse() {
        BookableTherapist setup = bookableTherapist();

        Map<String, Object> request = course(setup, null, nextWeekAt(10, 0), 2, 6);
        request.put("intakeNotes", "Left knee swells after football.");

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            SeriesView series = post(SERIES, client(SAM), request, null)
                    .expectStatus().isCreated()
                    .expectBody(SeriesView.class).returnResult().getResponseBody();

            assertThat(series.appointments()).hasSize(6).allSatisfy(appointment -> {
                assertThat(appointment.seriesId()).isEqualTo(series.id());
                assertThat(appointment.clientId()).isEqualTo(SAM);
                assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
                assertThat(appointment.startsAt().atZoneSameInstant(LONDON).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            });
            assertThat(series.appointments().get(5).startsAt().toLocalDate())
                    .isEqualTo(nextWeekAt(10, 0).toLocalDate().plusWeeks(10));
            Set<String> ids = series.appointments().stream().map(a -> a.id().toString()).collect(Collectors.toSet());
            events.awaitRecord(EVENTUALLY, record -> record.key().equals(series.appointments().get(5).id().toString()));
            assertThat(events.records().stream().filter(record -> ids.contains(record.key()))
                    .filter(TopicProbe.withHeader(CloudEventHeaders.TYPE, EventTypes.APPOINTMENT_BOOKED)::test)
                    .map(record -> json.readTree(record.value()).get("seriesId").asString()))
                    .hasSize(6).containsOnly(series.id().toString());

            JsonNode course = json.readTree(events.awaitRecord(EVENTUALLY, record -> record.key().equals(series.id().toString())
                    && EventTypes.COURSE_BOOKED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))).value());
            assertThat(course.get("seriesId").asString()).isEqualTo(series.id().toString());
            assertThat(course.get("clientId").asString()).isEqualTo(SAM.toString());
            assertThat(course.get("therapistId").asString()).isEqualTo(setup.therapistId().toString());
            assertThat(course.get("locationId").asString()).isEqualTo(setup.locationId().toString());
            assertThat(course.get("treatmentId").asString()).isEqualTo(setup.treatmentId().toString());
            assertThat(course.get("client").get("email").asString()).isNotBlank();
            assertThat(course.get("sessions").valueStream().map(session -> session.get("appointmentId").asString() + "@"
                    + OffsetDateTime.parse(session.get("startsAt").asString()).toInstant() + "-"
                    + OffsetDateTime.parse(session.get("endsAt").asString()).toInstant()).toList())
                    .containsExactlyElementsOf(series.appointments().stream().map(session -> session.id() + "@"
                            + session.startsAt().toInstant() + "-" + session.endsAt().toInstant()).toList());
            assertThat(events.records()).allSatisfy(record -> assertThat(record.value()).doesNotContain("swells after football"));
        }
    }

    @Test
    void whenSomeDatesAreTakenNothingIsBookedAndTheAnswerNamesThemWithAlternatives() {
        BookableTherapist setup = bookableTherapist();
        OffsetDateTime taken = nextWeekAt(10, 0).plusWeeks(4);
        booked(client(PRIYA), setup.booking(null, taken));

        JsonNode problem = json.readTree(post(SERIES, frontDesk(setup.locationId()), course(setup, SAM, nextWeekAt(10, 0), 2, 6), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(problem.get("type").asString()).isEqualTo("https://api.clinic-network.example/problems/series-unavailable");
        JsonNode unavailable = problem.get("unavailable");
        assertThat(unavailable).hasSize(1);
        assertThat(OffsetDateTime.parse(unavailable.get(0).get("startsAt").asString()).toInstant()).isEqualTo(taken.toInstant());
        assertThat(unavailable.get(0).get("reason").asString()).isEqualTo("slot-taken");
        JsonNode nearest = unavailable.get(0).get("alternatives").get(0);
        // Priya's 10:00-11:00 session plus buffer blocks until 11:15; 08:45 and 11:15 are equally near, earlier first.
        assertThat(OffsetDateTime.parse(nearest.get("startsAt").asString()).toInstant())
                .isEqualTo(taken.withHour(8).withMinute(45).toInstant());
        assertThat(unavailable.get(0).get("alternatives")).hasSize(3);

        PageOf<AppointmentView> samsAtLocation = http.get().uri("/api/v1/appointments?clientId=" + SAM + "&locationId=" + setup.locationId())
                .header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk().expectBody(APPOINTMENT_PAGE).returnResult().getResponseBody();
        assertThat(samsAtLocation.totalItems()).isZero();
    }

    @Test
    void datesBeyondTheBookingHorizonAreNamedToo() {
        BookableTherapist setup = bookableTherapist();

        JsonNode problem = json.readTree(post(SERIES, client(SAM), course(setup, null, nextWeekAt(10, 0), 4, 6), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody(String.class).returnResult().getResponseBody());

        // Days 7, 35 and 63 from today fit the 90-day horizon; days 91, 119 and 147 do not.
        assertThat(problem.get("unavailable")).hasSize(3)
                .allSatisfy(date -> assertThat(date.get("reason").asString()).isEqualTo("not-bookable"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameSeries() {
        BookableTherapist setup = bookableTherapist();
        Map<String, Object> request = course(setup, null, nextWeekAt(12, 0), 1, 3);
        String key = UUID.randomUUID().toString();

        SeriesView first = withKey(request, key).expectStatus().isCreated().expectBody(SeriesView.class).returnResult().getResponseBody();
        SeriesView retry = withKey(request, key).expectStatus().isCreated().expectBody(SeriesView.class).returnResult().getResponseBody();

        assertThat(retry).isEqualTo(first);
        assertThat(first.appointments()).extracting(AppointmentView::id).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void invalidCoursesAreRejectedNamingTheField() {
        BookableTherapist setup = bookableTherapist();

        post(SERIES, client(SAM), course(setup, null, nextWeekAt(10, 0), 2, 1), null)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("occurrences");
        post(SERIES, client(SAM), course(setup, null, nextWeekAt(10, 0), 0, 3), null)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("intervalWeeks");
        post(SERIES, client(SAM), course(setup, PRIYA, nextWeekAt(10, 0), 1, 2), null).expectStatus().isForbidden();
        post(SERIES, therapist(setup.therapistId(), setup.locationId()), course(setup, SAM, nextWeekAt(10, 0), 1, 2), null)
                .expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec withKey(Map<String, Object> request, String key) {
        return http.post().uri(SERIES)
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .exchange();
    }

    private static Map<String, Object> course(BookableTherapist setup, UUID clientId, OffsetDateTime first, int intervalWeeks,
            int occurrences) {
        Map<String, Object> body = new LinkedHashMap<>(setup.booking(clientId, first));
        body.remove("startsAt");
        body.put("firstStartsAt", first.toString());
        body.put("intervalWeeks", intervalWeeks);
        body.put("occurrences", occurrences);
        return body;
    }
}
