package com.clinicnetwork.web.client;

import static com.clinicnetwork.web.DemoDirectory.BERLIN;
import static com.clinicnetwork.web.DemoDirectory.KNEE;
import static com.clinicnetwork.web.DemoDirectory.MANCHESTER;
import static com.clinicnetwork.web.DemoDirectory.MAYA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.DemoDirectory;
import com.clinicnetwork.web.SignedIn;
import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.WebAppTestBase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class BookingScreensTest extends WebAppTestBase {

    private static final String APPOINTMENT_ID = "50000000-0000-4000-8000-000000000001";
    private static final String FORM_KEY = "6a0c1a52-7d38-4b8e-9a3e-1a1b2c3d4e5f";

    @BeforeEach
    void directoryAndClient() {
        DemoDirectory.serve(gateway);
        gateway.json("GET", "/api/v1/clients/me", 200, SignedIn.SAM_PROFILE);
    }

    @Test
    void theWeekAsksForItsFreeTimesAsTheSignedInPersonFromTheBrowsersAddress() throws Exception {
        gateway.json("GET", "/api/v1/availability", 200, """
                [{"therapistId":"%s","startsAt":"2026-03-03T09:00:00Z","endsAt":"2026-03-03T10:00:00Z"}]""".formatted(MAYA));

        String html = page(get("/client/book").param("locationId", MANCHESTER).param("treatmentId", KNEE)
                .with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                }));

        StandInServer.Recorded asked = gateway.last("GET", "/api/v1/availability");
        assertThat(URLDecoder.decode(asked.uri(), StandardCharsets.UTF_8))
                .contains("locationId=" + MANCHESTER, "treatmentId=" + KNEE, "from=2026-03-02T00:00Z", "to=2026-03-09T00:00Z");
        assertThat(asked.header("Authorization")).isEqualTo("Bearer " + SignedIn.ACCESS_TOKEN);
        assertThat(asked.header("X-Forwarded-For")).isEqualTo("203.0.113.7");
        assertThat(html).contains("Tuesday, 3 March 2026", ">09:00<", "Maya Okafor")
                .contains("/client/book/new?therapistId=" + MAYA);
    }

    @Test
    void timesAreShownOnTheClockOfTheLocationInThePagesLanguage() throws Exception {
        gateway.json("GET", "/api/v1/availability", 200, """
                [{"therapistId":"%s","startsAt":"2026-03-03T08:30:00+01:00","endsAt":"2026-03-03T09:30:00+01:00"}]""".formatted(MAYA));

        String html = page(get("/client/book").param("locationId", BERLIN).param("treatmentId", KNEE)
                .header("Accept-Language", "de-DE,de;q=0.9"));

        assertThat(html).contains("lang=\"de\"", "Freie Zeiten", "Dienstag, 3. März 2026", ">08:30<")
                .doesNotContain(">07:30<");
        assertThat(gateway.last("GET", "/api/v1/availability").header("Accept-Language")).isEqualTo("de-DE");
    }

    @Test
    void bookingSendsTheIntakeAnswersAsNotesWithTheFormsIdempotencyKey() throws Exception {
        gateway.json("POST", "/api/v1/appointments", 201, appointment("BOOKED"));

        mvc.perform(bookingForm().with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/client/book/confirmation/" + APPOINTMENT_ID));

        StandInServer.Recorded booking = gateway.last("POST", "/api/v1/appointments");
        assertThat(booking.header("Idempotency-Key")).isEqualTo(FORM_KEY);
        assertThat(booking.body()).contains("\"therapistId\":\"" + MAYA + "\"", "\"startsAt\":\"2026-03-03T09:00:00Z\"")
                .contains("\"intakeNotes\":\"What hurts? Left knee when kneeling\\nSince when? Three weeks\\n"
                        + "Pressure you prefer: Firm\"")
                .doesNotContain("clientId");
    }

    @Test
    void aCourseIsBookedAsOneSeries() throws Exception {
        gateway.json("POST", "/api/v1/appointment-series", 201, "{\"id\":\"60000000-0000-4000-8000-000000000001\",\"appointments\":[]}");

        mvc.perform(bookingForm().param("course", "true").param("intervalWeeks", "2").param("occurrences", "6").with(csrf()))
                .andExpect(redirectedUrl("/client/courses/60000000-0000-4000-8000-000000000001?booked"));

        assertThat(gateway.last("POST", "/api/v1/appointment-series").body())
                .contains("\"firstStartsAt\":\"2026-03-03T09:00:00Z\"", "\"intervalWeeks\":2", "\"occurrences\":6");
    }

    @Test
    void aTakenSlotIsExplainedNextToTheFormWithoutTheApisWording() throws Exception {
        gateway.problem("POST", "/api/v1/appointments", 409, "slot-taken", "");

        String html = page(bookingForm().with(csrf()));

        assertThat(html).contains("Someone has just booked this time", "role=\"alert\"", ">Left knee when kneeling</textarea>")
                .doesNotContain("IllegalStateException", "com.example");
    }

    @Test
    void aCourseThatDoesNotFitNamesTheDatesThatAreNotFree() throws Exception {
        gateway.problem("POST", "/api/v1/appointment-series", 409, "series-unavailable", """
                ,"unavailable":[{"startsAt":"2026-03-17T09:00:00Z","reason":"slot-taken","detail":"x",
                "alternatives":[{"therapistId":"%s","startsAt":"2026-03-17T11:00:00Z","endsAt":"2026-03-17T12:00:00Z"}]}]"""
                .formatted(MAYA));

        String html = page(bookingForm().param("course", "true").with(csrf()));

        assertThat(html).contains("Not every session of the course is free", "Tuesday, 17 March 2026", "already taken", "11:00");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(bookingForm()).andExpect(status().isForbidden());

        assertThat(gateway.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void theAccessTokenNeverReachesThePage() throws Exception {
        gateway.json("GET", "/api/v1/availability", 200, "[]");
        gateway.json("GET", "/api/v1/appointments", 200, DemoDirectory.page(appointment("BOOKED"), 1));
        gateway.json("GET", "/api/v1/appointments/" + APPOINTMENT_ID, 200, appointment("BOOKED"), Map.of("ETag", "\"2\""));

        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/client"), get("/client/appointments"), get("/client/appointments/" + APPOINTMENT_ID),
                get("/client/book").param("locationId", MANCHESTER).param("treatmentId", KNEE)}) {
            var response = mvc.perform(request.with(SignedIn.sam())).andReturn().getResponse();
            assertThat(response.getContentAsString()).doesNotContain(SignedIn.ACCESS_TOKEN);
            assertThat(response.getHeaderNames()).allSatisfy(name ->
                    assertThat(String.join(",", response.getHeaders(name))).doesNotContain(SignedIn.ACCESS_TOKEN));
        }
    }

    @Test
    void theConfirmationShowsTheBookingOnTheLocationsClock() throws Exception {
        gateway.json("GET", "/api/v1/appointments/" + APPOINTMENT_ID, 200, appointment("BOOKED"), Map.of("ETag", "\"1\""));

        String html = page(get("/client/book/confirmation/" + APPOINTMENT_ID));

        assertThat(html).contains("You are booked", "Tuesday, 3 March 2026", "09:00", "Knee pain relief massage", "Maya Okafor")
                .contains("What hurts? Left knee");
    }

    private MockHttpServletRequestBuilder bookingForm() {
        return post("/client/book").with(SignedIn.sam())
                .param("therapistId", MAYA).param("locationId", MANCHESTER).param("treatmentId", KNEE)
                .param("startsAt", "2026-03-03T09:00:00Z").param("idempotencyKey", FORM_KEY)
                .param("whatHurts", "Left knee when kneeling").param("sinceWhen", "Three weeks").param("goals", "")
                .param("pressure", "FIRM");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedIn.sam())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static String appointment(String status) {
        return """
                {"id":"%s","clientId":"%s","therapistId":"%s","locationId":"%s","treatmentId":"%s",
                 "startsAt":"2026-03-03T09:00:00Z","endsAt":"2026-03-03T10:00:00Z","status":"%s",
                 "intakeNotes":"What hurts? Left knee","version":1,"createdAt":"2026-03-01T10:00:00Z","seriesId":null,
                 "cancellationReason":null,"lateCancellation":null,"therapistName":"Maya Okafor",
                 "treatmentName":"Knee pain relief massage","locationName":"Manchester Riverside","clientName":"Sam Carter"}"""
                .formatted(APPOINTMENT_ID, SignedIn.SAM_ID, MAYA, MANCHESTER, KNEE, status);
    }
}
