package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.directory.ExtraHours;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.OpeningHours;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TimeOff;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every path that takes a therapist's time judges it by the schedule availability is computed from: weekly
 * hours plus one-off extra hours, cut to the location's opening hours, minus time off.
 *
 * <p>The fixture: a London location open 09:00-17:00 every day; a therapist working 08:00-20:00 on weekdays
 * only (so opening hours cut it), off from 12:00 to 14:00 on a Tuesday, and with extra hours 10:00-14:00 on
 * the Saturday after it; a 60-minute treatment with a 15-minute buffer.
 */
class TherapistScheduleBookingIT extends IntegrationTestBase {

    private static final String PROBLEMS = "https://api.clinic-network.example/problems/";


    @Test
    void aBookingIsJudgedByOpeningHoursTimeOffAndExtraHours() {
        Schedule schedule = schedule();

        expectProblem(book(schedule, schedule.tuesdayAt(12, 30)), HttpStatus.UNPROCESSABLE_CONTENT, "therapist-unavailable");
        // 11:00-12:00 itself is free, but its buffer runs into the time off.
        expectProblem(book(schedule, schedule.tuesdayAt(11, 0)), HttpStatus.UNPROCESSABLE_CONTENT, "therapist-unavailable");
        // The therapist works from 08:00, the location opens at 09:00 and closes at 17:00.
        expectProblem(book(schedule, schedule.tuesdayAt(8, 0)), HttpStatus.UNPROCESSABLE_CONTENT, "outside-working-hours");
        expectProblem(book(schedule, schedule.tuesdayAt(16, 30)), HttpStatus.UNPROCESSABLE_CONTENT, "outside-working-hours");
        // Saturday has no weekly hours; only the extra 10:00-14:00 counts.
        expectProblem(book(schedule, schedule.saturdayAt(13, 30)), HttpStatus.UNPROCESSABLE_CONTENT, "outside-working-hours");

        AppointmentView onSaturday = book(schedule, schedule.saturdayAt(11, 0)).expectStatus().isCreated()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();
        assertThat(onSaturday.startsAt().toInstant()).isEqualTo(schedule.saturdayAt(11, 0).toInstant());
        book(schedule, schedule.tuesdayAt(14, 0)).expectStatus().isCreated();
        book(schedule, schedule.tuesdayAt(9, 0)).expectStatus().isCreated();
        assertThat(appointmentsOfTherapist(schedule)).isEqualTo(3);
    }

    @Test
    void whatAvailabilityOffersOnAnExtraHoursDayCanBeBooked() {
        Schedule schedule = schedule();

        JsonNode slots = json.readTree(http.get().uri("/api/v1/availability?locationId={l}&treatmentId={t}&therapistId={th}&from={f}&to={to}",
                        schedule.locationId(), schedule.treatmentId(), schedule.therapistId(),
                        schedule.saturdayAt(0, 0).toInstant().toString(), schedule.saturdayAt(23, 0).toInstant().toString())
                .header(HttpHeaders.AUTHORIZATION, client(SAM)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(slots).isNotEmpty();
        OffsetDateTime last = OffsetDateTime.parse(slots.get(slots.size() - 1).get("startsAt").asString());
        assertThat(last.toInstant()).isEqualTo(schedule.saturdayAt(13, 0).toInstant());
        book(schedule, last).expectStatus().isCreated();
    }

    @Test
    void aRescheduleIsJudgedTheSameWay() {
        Schedule schedule = schedule();
        AppointmentView booked = book(schedule, schedule.tuesdayAt(15, 0)).expectStatus().isCreated()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();
        String reschedule = "/api/v1/appointments/" + booked.id() + "/reschedule";

        expectProblem(post(reschedule, client(SAM), Map.of("startsAt", schedule.tuesdayAt(12, 0).toString()), null),
                HttpStatus.UNPROCESSABLE_CONTENT, "therapist-unavailable");
        expectProblem(post(reschedule, client(SAM), Map.of("startsAt", schedule.tuesdayAt(17, 0).toString()), null),
                HttpStatus.UNPROCESSABLE_CONTENT, "outside-working-hours");

        post(reschedule, client(SAM), Map.of("startsAt", schedule.saturdayAt(10, 0).toString()), "\"1\"")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void aSeriesNamesTheDateThatFallsIntoTimeOffAndBooksNothing() {
        Schedule schedule = schedule();
        Map<String, Object> course = new LinkedHashMap<>();
        course.put("therapistId", schedule.therapistId());
        course.put("locationId", schedule.locationId());
        course.put("treatmentId", schedule.treatmentId());
        course.put("firstStartsAt", schedule.tuesdayAt(12, 0).toString());
        course.put("intervalWeeks", 1);
        course.put("occurrences", 3);

        JsonNode problem = json.readTree(post("/api/v1/appointment-series", client(SAM), course, null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(problem.get("type").asString()).isEqualTo(PROBLEMS + "series-unavailable");
        JsonNode unavailable = problem.get("unavailable");
        assertThat(unavailable).hasSize(1);
        assertThat(OffsetDateTime.parse(unavailable.get(0).get("startsAt").asString()).toInstant())
                .isEqualTo(schedule.tuesdayAt(12, 0).toInstant());
        assertThat(unavailable.get(0).get("reason").asString()).isEqualTo("not-bookable");
        assertThat(unavailable.get(0).get("detail").asString()).contains("time off");
        assertThat(appointmentsOfTherapist(schedule)).isZero();
    }

    @Test
    void anOfferedSlotCannotBeAcceptedOnceTheTherapistHasTakenTimeOffOverIt() {
        Schedule schedule = schedule();
        AppointmentView samsAppointment = book(schedule, schedule.tuesdayAt(15, 0)).expectStatus().isCreated()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();
        post("/api/v1/waitlist", client(PRIYA), Map.of("locationId", schedule.locationId(), "treatmentId", schedule.treatmentId(),
                "windowStart", schedule.tuesdayAt(14, 0).toString(), "windowEnd", schedule.tuesdayAt(17, 0).toString()), null)
                .expectStatus().isCreated();
        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        UUID offerId = jdbc.sql("SELECT id FROM waitlist_offer WHERE therapist_id = :therapist AND status = 'OFFERED'")
                .param("therapist", schedule.therapistId())
                .query(UUID.class).single();

        // While Priya decides, the therapist books the afternoon off.
        publishTherapist(schedule, 2, List.of(schedule.lunchOff(),
                timeOff(schedule.tuesdayAt(14, 30), schedule.tuesdayAt(17, 0))));
        await().atMost(EVENTUALLY).until(() -> directory.timeOffOverlapping(schedule.therapistId(),
                schedule.tuesdayAt(15, 0).toInstant(), schedule.tuesdayAt(16, 0).toInstant()).size() == 1);

        expectProblem(post("/api/v1/waitlist/offers/" + offerId + "/accept", client(PRIYA), null, null),
                HttpStatus.UNPROCESSABLE_CONTENT, "therapist-unavailable");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE client_id = :client AND location_id = :location")
                .param("client", PRIYA).param("location", schedule.locationId()).query(Long.class).single()).isZero();
    }

    private RestTestClient.ResponseSpec book(Schedule schedule, OffsetDateTime startsAt) {
        return post("/api/v1/appointments", client(SAM), Map.of("therapistId", schedule.therapistId(),
                "locationId", schedule.locationId(), "treatmentId", schedule.treatmentId(), "startsAt", startsAt.toString()), null);
    }

    private static void expectProblem(RestTestClient.ResponseSpec response, HttpStatus status, String type) {
        response.expectStatus().isEqualTo(status)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + type);
    }

    private long appointmentsOfTherapist(Schedule schedule) {
        return jdbc.sql("SELECT count(*) FROM appointment WHERE therapist_id = :id AND status <> 'CANCELLED'")
                .param("id", schedule.therapistId()).query(Long.class).single();
    }

    private Schedule schedule() {
        LocalDate tuesday = LocalDate.now(LONDON).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Schedule schedule = new Schedule(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), tuesday);
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, schedule.locationId(), new LocationState(schedule.locationId(), 1,
                "Nine to five clinic", "3 Test Street, Manchester", LONDON.getId(), true,
                Arrays.stream(DayOfWeek.values()).map(day -> new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList()));
        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, schedule.treatmentId(), new TreatmentState(schedule.treatmentId(), 1,
                "Knee pain relief massage", 60, 15, "KNEE_REHABILITATION", null, true));
        publishTherapist(schedule, 1, List.of(schedule.lunchOff()));
        await().atMost(EVENTUALLY).until(() -> !directory.openingHours(schedule.locationId()).isEmpty()
                && directory.findTreatment(schedule.treatmentId()).isPresent()
                && directory.findTherapist(schedule.therapistId()).isPresent());
        return schedule;
    }

    private void publishTherapist(Schedule schedule, long version, List<TimeOff> timeOff) {
        List<WeeklyWorkingHours> weekdays = Arrays.stream(DayOfWeek.values())
                .filter(day -> day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY)
                .map(day -> new WeeklyWorkingHours(schedule.locationId(), day, LocalTime.of(8, 0), LocalTime.of(20, 0)))
                .toList();
        ExtraHours saturdayClinic = new ExtraHours(UUID.randomUUID(), schedule.locationId(), schedule.saturday(),
                LocalTime.of(10, 0), LocalTime.of(14, 0));
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, schedule.therapistId(), new TherapistState(schedule.therapistId(),
                version, "Scheduled Therapist", Set.of("KNEE_REHABILITATION"), Set.of(schedule.locationId()),
                Set.of(schedule.treatmentId()), weekdays, true, timeOff, List.of(saturdayClinic)));
    }

    private static TimeOff timeOff(OffsetDateTime from, OffsetDateTime to) {
        return new TimeOff(UUID.randomUUID(), from, to);
    }

    private record Schedule(UUID locationId, UUID treatmentId, UUID therapistId, LocalDate tuesday) {

        LocalDate saturday() {
            return tuesday.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        }

        OffsetDateTime tuesdayAt(int hour, int minute) {
            return tuesday.atTime(hour, minute).atZone(LONDON).toOffsetDateTime();
        }

        OffsetDateTime saturdayAt(int hour, int minute) {
            return saturday().atTime(hour, minute).atZone(LONDON).toOffsetDateTime();
        }

        TimeOff lunchOff() {
            return timeOff(tuesdayAt(12, 0), tuesdayAt(14, 0));
        }
    }
}
