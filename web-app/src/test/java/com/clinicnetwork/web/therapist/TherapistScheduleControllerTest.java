package com.clinicnetwork.web.therapist;

import static com.clinicnetwork.web.staff.ApiJson.MANCHESTER;
import static com.clinicnetwork.web.staff.ApiJson.MAYA;
import static com.clinicnetwork.web.staff.ApiJson.SAM;
import static com.clinicnetwork.web.staff.ApiJson.appointment;
import static com.clinicnetwork.web.staff.ApiJson.location;
import static com.clinicnetwork.web.staff.ApiJson.page;
import static com.clinicnetwork.web.staff.ApiJson.therapist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.staff.StaffScreenTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class TherapistScheduleControllerTest extends StaffScreenTest {

    static final String KNEE_SESSION = "50000000-0000-4000-8000-000000000011";
    static final String CHECKED_IN = "50000000-0000-4000-8000-000000000012";

    RequestPostProcessor maya() {
        return signedIn("THERAPIST", Map.of("therapist_id", MAYA, "location_ids", List.of(MANCHESTER)));
    }

    @BeforeEach
    void mayasMonday() {
        gateway.json("GET", "/api/v1/therapists/" + MAYA, 200, therapist(MAYA, "Maya Okafor", MANCHESTER));
        gateway.json("GET", "/api/v1/locations", 200, page(location(MANCHESTER, "Manchester Riverside", "Europe/London")));
        gateway.json("GET", "/api/v1/appointments", 200, page(
                appointment(KNEE_SESSION, MAYA, "2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z", "BOOKED", "Sam Carter",
                        "Left knee hurts when kneeling.\nGardening every weekend.", 2),
                appointment(CHECKED_IN, MAYA, "2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z", "CHECKED_IN", "Sam Carter", null, 4)));
    }

    @Test
    void myDayShowsEachSessionWithTheClientTheIntakeNotesAndTheirPastScoresNewestFirst() throws Exception {
        gateway.json("GET", "/api/v1/aftercare-check-ins", 200, """
                {"items":[{"appointmentId":"50000000-0000-4000-8000-000000000001","seriesId":null,"startsAt":"2026-02-02T11:00:00Z",
                           "score":6,"comment":"Still stiff","answeredAt":"2026-02-03T18:00:00Z"},
                          {"appointmentId":"50000000-0000-4000-8000-000000000002","seriesId":null,"startsAt":"2026-02-16T11:00:00Z",
                           "score":3,"comment":null,"answeredAt":"2026-02-17T18:00:00Z"}],
                 "page":0,"size":100,"totalItems":2}
                """);

        String html = mvc.perform(get("/therapist").with(maya())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        StandInServer.Recorded list = gateway.last("GET", "/api/v1/appointments");
        assertThat(param(list, "from")).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(param(list, "to")).isEqualTo("2026-03-03T00:00:00Z");
        assertThat(param(list, "therapistId")).isNull(); // the API narrows the list to the therapist's own
        assertThat(param(gateway.last("GET", "/api/v1/aftercare-check-ins"), "clientId")).isEqualTo(SAM);
        assertThat(html).containsSubsequence("09:00", "Sam Carter", "11:00", "Sam Carter");
        assertThat(html).contains("Left knee hurts when kneeling.\nGardening every weekend.", "No intake notes.");
        assertThat(html).containsSubsequence("3 of 10", "6 of 10", "Still stiff");
        assertThat(html).contains("Mark fulfilled: Sam Carter, 09:00", "Check in: Sam Carter, 11:00");
        // One read of the client's answers for both of their sessions.
        assertThat(gateway.requests().stream().filter(request -> request.path().equals("/api/v1/aftercare-check-ins"))).hasSize(1);
    }

    @Test
    void eachSessionShowsItsCourseTrendWithArrowsAndAWorseningStandsOut() throws Exception {
        gateway.json("GET", "/api/v1/appointments/" + KNEE_SESSION + "/outcome-trend", 200, """
                {"appointmentId":"%s","seriesId":"60000000-0000-4000-8000-000000000001","treatmentId":null,"basis":"COURSE",
                 "worseningThreshold":3,"change":2,
                 "sessions":[{"appointmentId":"50000000-0000-4000-8000-000000000001","startsAt":"2026-02-02T11:00:00Z","score":4,"change":null,"worsened":false},
                             {"appointmentId":"50000000-0000-4000-8000-000000000002","startsAt":"2026-02-09T11:00:00Z","score":2,"change":-2,"worsened":false},
                             {"appointmentId":"50000000-0000-4000-8000-000000000003","startsAt":"2026-02-16T11:00:00Z","score":6,"change":4,"worsened":true}]}
                """.formatted(KNEE_SESSION));

        String html = mvc.perform(get("/therapist").with(maya())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).containsSubsequence("Trend of this course",
                "The latest answer is 3 points or more worse than the one before",
                "2 Feb 2026", "4 of 10", "↓", "9 Feb 2026", "2 of 10", "(2 better)",
                "class=\"worsened\"", "↑", "16 Feb 2026", "6 of 10", "(4 worse)", "Overall 2 points worse over 3 answers.");
        // The checked-in session has no trend (the API answers 404): nothing is shown for it, the day still works.
        assertThat(html).containsOnlyOnce("Trend of this course");
        assertThat(gateway.requests().stream().filter(request -> request.path().endsWith("/outcome-trend"))).hasSize(2);
    }

    @Test
    void withoutAnswersOrWithoutTheEndpointTheScoresSayNoAnswersYet() throws Exception {
        String html = mvc.perform(get("/therapist").with(maya())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("No answers yet.");
    }

    @Test
    void aFailingScoresReadLeavesTheRestOfTheDayWorking() throws Exception {
        gateway.problem("GET", "/api/v1/aftercare-check-ins", 503, "service-unavailable", "");

        String html = mvc.perform(get("/therapist").with(maya())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("The check-in answers cannot be read right now.", "Left knee hurts when kneeling.");
    }

    @Test
    void markingFulfilledSendsTheVersionReadAndComesBackToTheDay() throws Exception {
        gateway.json("POST", "/api/v1/appointments/" + CHECKED_IN + "/fulfil", 200,
                appointment(CHECKED_IN, MAYA, "2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z", "FULFILLED", null, null, 5));

        mvc.perform(post("/therapist/appointments/{id}/fulfil", CHECKED_IN).param("version", "4").param("date", "2026-03-02")
                        .with(maya()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/therapist?date=2026-03-02"));

        assertThat(gateway.last("POST", "/api/v1/appointments/" + CHECKED_IN + "/fulfil").header("If-Match")).isEqualTo("\"4\"");
    }

    @Test
    void fulfillingBeforeCheckInIsExplainedNextToTheSession() throws Exception {
        gateway.problem("POST", "/api/v1/appointments/" + KNEE_SESSION + "/fulfil", 409, "illegal-transition",
                ",\"currentStatus\":\"BOOKED\"");

        String html = mvc.perform(post("/therapist/appointments/{id}/fulfil", KNEE_SESSION).param("version", "2")
                        .param("date", "2026-03-02").with(maya()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).containsOnlyOnce("role=\"alert\"").contains("That is not possible in the appointment&#39;s current state.");
    }

    @Test
    void fulfillingBeforeTheSessionStartsIsExplainedWithItsStart() throws Exception {
        gateway.problem("POST", "/api/v1/appointments/" + CHECKED_IN + "/fulfil", 409, "session-not-started",
                ",\"currentStatus\":\"CHECKED_IN\",\"transition\":\"fulfil\",\"notBefore\":\"2026-03-02T10:00:00Z\"");

        String html = mvc.perform(post("/therapist/appointments/{id}/fulfil", CHECKED_IN).param("version", "4")
                        .param("date", "2026-03-02").with(maya()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).containsOnlyOnce("role=\"alert\"")
                .contains("The session can be marked fulfilled only once it has started, at 10:00.");
    }

    @Test
    void noShowIsNotTheTherapistsToRecordHere() throws Exception {
        mvc.perform(post("/therapist/appointments/{id}/no-show", KNEE_SESSION).param("version", "2").param("date", "2026-03-02")
                        .with(maya()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void myWeekRunsMondayToSundayWithEachDaysSessions() throws Exception {
        String html = mvc.perform(get("/therapist/week").param("date", "2026-03-04").with(maya())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        StandInServer.Recorded list = gateway.last("GET", "/api/v1/appointments");
        assertThat(param(list, "from")).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(param(list, "to")).isEqualTo("2026-03-09T00:00:00Z");
        assertThat(html).containsSubsequence("Monday, 2 March 2026", "09:00", "Sam Carter", "11:00",
                "Tuesday, 3 March 2026", "No sessions.", "Sunday, 8 March 2026");
    }

    @Test
    void anAccountWithoutTherapistIsToldSo() throws Exception {
        String html = mvc.perform(get("/therapist").with(signedIn("THERAPIST", Map.of()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("not linked to a therapist");
        assertThat(gateway.requests()).isEmpty();
    }
}
