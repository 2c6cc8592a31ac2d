package com.clinicnetwork.web.client;

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
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "Now" is Monday 2 March 2026, 10:00 UTC (TestIdentityProvider.NOW); Manchester is on UTC then. */
class MyAppointmentsScreensTest extends WebAppTestBase {

    private static final String ID = "50000000-0000-4000-8000-000000000002";
    private static final String POLICY = """
            {"locationId":"%s","minimumNoticeMinutes":120,"bookingHorizonDays":90,"slotIntervalMinutes":15,
             "lateCancellationWindowMinutes":1440,"isDefault":true,"version":0}""".formatted(MANCHESTER);

    @BeforeEach
    void directoryAndClient() {
        DemoDirectory.serve(gateway);
        gateway.json("GET", "/api/v1/clients/me", 200, SignedIn.SAM_PROFILE);
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER + "/booking-policy", 200, POLICY);
    }

    @Test
    void upcomingAppointmentsAreTheClientsOwnFromNowOn() throws Exception {
        gateway.json("GET", "/api/v1/appointments", 200, DemoDirectory.page(appointment("2026-03-04T15:30:00Z"), 1));

        String html = page(get("/client/appointments"));

        String asked = URLDecoder.decode(gateway.last("GET", "/api/v1/appointments").uri(), StandardCharsets.UTF_8);
        assertThat(asked).contains("clientId=" + SignedIn.SAM_ID, "from=2026-03-02T10:00Z").doesNotContain("to=");
        assertThat(html).contains("Wednesday, 4 March 2026", "15:30", "Maya Okafor", "Knee pain relief massage", "Booked")
                .contains("/client/appointments/" + ID + "/cancel", "/client/appointments/" + ID + "/reschedule");
    }

    @Test
    void aBookingTheClinicAsksToConfirmHasAConfirmButtonInTheListAndOnItsPage() throws Exception {
        String asked = withConfirmation(appointment("2026-03-04T15:30:00Z"), "REQUESTED");
        gateway.json("GET", "/api/v1/appointments", 200, DemoDirectory.page(asked, 1));
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, asked, Map.of("ETag", "\"4\""));

        assertThat(page(get("/client/appointments")))
                .contains("The clinic asks you to confirm that you will come.")
                .contains("action=\"/client/appointments/" + ID + "/confirm\"")
                .contains("name=\"version\" value=\"4\"")
                .contains("aria-label=\"Confirm I will come: Wednesday, 4 March 2026");
        assertThat(page(get("/client/appointments/" + ID))).contains("Confirm I will come");
    }

    @Test
    void aBookingNotAtRiskOrAlreadyConfirmedHasNoConfirmButton() throws Exception {
        gateway.json("GET", "/api/v1/appointments", 200, DemoDirectory.page(appointment("2026-03-04T15:30:00Z") + ","
                + withConfirmation(appointment("2026-03-05T15:30:00Z"), "CONFIRMED"), 2));

        assertThat(page(get("/client/appointments"))).doesNotContain("/confirm\"").contains("You confirmed that you will come.");
    }

    @Test
    void confirmingSendsTheVersionTheClientSawAndThanksThem() throws Exception {
        gateway.json("POST", "/api/v1/appointments/" + ID + "/confirm", 200,
                withConfirmation(appointment("2026-03-04T15:30:00Z"), "CONFIRMED"));
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, withConfirmation(appointment("2026-03-04T15:30:00Z"), "CONFIRMED"),
                Map.of("ETag", "\"5\""));

        mvc.perform(post("/client/appointments/" + ID + "/confirm").with(SignedIn.sam()).with(csrf()).param("version", "4"))
                .andExpect(redirectedUrl("/client/appointments/" + ID + "?confirmed"));

        assertThat(gateway.last("POST", "/api/v1/appointments/" + ID + "/confirm").header("If-Match")).isEqualTo("\"4\"");
        assertThat(page(get("/client/appointments/" + ID).param("confirmed", ""))).contains("Thank you: we have noted that you will come.")
                .doesNotContain("The clinic asks you to confirm");
    }

    @Test
    void aConfirmationTheApiRefusesIsExplainedOnTheAppointmentsPage() throws Exception {
        gateway.problem("POST", "/api/v1/appointments/" + ID + "/confirm", 409, "confirmation-not-requested", "");
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, appointment("2026-03-04T15:30:00Z"), Map.of("ETag", "\"4\""));

        assertThat(page(post("/client/appointments/" + ID + "/confirm").with(csrf()).param("version", "4")))
                .contains("This appointment needs no confirmation.");
    }

    @Test
    void beforeCancellingTheClientSeesTheRuleAndThatThisCancellationWouldBeLate() throws Exception {
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, appointment("2026-03-02T15:00:00Z"), Map.of("ETag", "\"4\""));

        String html = page(get("/client/appointments/" + ID + "/cancel"));

        assertThat(html).contains("Cancelling less than 24 hours before the start counts as a late cancellation.")
                .contains("Cancelling now would be a late cancellation.")
                .contains("name=\"etag\" value=\"&quot;4&quot;\"");
    }

    @Test
    void aCancellationWellAheadIsNotLate() throws Exception {
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, appointment("2026-03-05T15:00:00Z"), Map.of("ETag", "\"4\""));

        assertThat(page(get("/client/appointments/" + ID + "/cancel"))).contains("Cancelling now is not late.");
    }

    @Test
    void cancellingSendsTheVersionTheClientSawAndTheirReason() throws Exception {
        gateway.json("POST", "/api/v1/appointments/" + ID + "/cancel", 200, appointment("2026-03-05T15:00:00Z"));

        mvc.perform(post("/client/appointments/" + ID + "/cancel").with(SignedIn.sam()).with(csrf())
                        .param("etag", "\"4\"").param("reason", "FEELING_BETTER").param("details", "Knee is fine"))
                .andExpect(redirectedUrl("/client/appointments/" + ID + "?cancelled"));

        StandInServer.Recorded cancel = gateway.last("POST", "/api/v1/appointments/" + ID + "/cancel");
        assertThat(cancel.header("If-Match")).isEqualTo("\"4\"");
        assertThat(cancel.body()).isEqualTo("{\"reason\":\"I am feeling better: Knee is fine\"}");
    }

    @Test
    void aCancellationOfAChangedAppointmentAsksTheClientToLookAgain() throws Exception {
        gateway.problem("POST", "/api/v1/appointments/" + ID + "/cancel", 412, "stale-version", "");
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, appointment("2026-03-05T15:00:00Z"), Map.of("ETag", "\"5\""));

        String html = page(post("/client/appointments/" + ID + "/cancel").with(csrf()).param("etag", "\"4\"")
                .param("reason", "CANNOT_MAKE_IT"));

        assertThat(html).contains("This appointment changed in the meantime", "value=\"&quot;5&quot;\"");
    }

    @Test
    void reschedulingOffersTheSameTherapistsFreeTimesAndMovesWithTheVersion() throws Exception {
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, appointment("2026-03-05T15:00:00Z"), Map.of("ETag", "\"4\""));
        gateway.json("GET", "/api/v1/availability", 200, """
                [{"therapistId":"%s","startsAt":"2026-03-06T11:00:00Z","endsAt":"2026-03-06T12:00:00Z"}]""".formatted(MAYA));
        gateway.json("POST", "/api/v1/appointments/" + ID + "/reschedule", 200, appointment("2026-03-06T11:00:00Z"));

        String week = page(get("/client/appointments/" + ID + "/reschedule"));
        assertThat(URLDecoder.decode(gateway.last("GET", "/api/v1/availability").uri(), StandardCharsets.UTF_8))
                .contains("therapistId=" + MAYA, "treatmentId=" + KNEE);
        assertThat(week).contains("Friday, 6 March 2026", "11:00");

        mvc.perform(post("/client/appointments/" + ID + "/reschedule").with(SignedIn.sam()).with(csrf())
                        .param("startsAt", "2026-03-06T11:00:00Z").param("etag", "\"4\""))
                .andExpect(redirectedUrl("/client/appointments/" + ID + "?rescheduled"));
        StandInServer.Recorded move = gateway.last("POST", "/api/v1/appointments/" + ID + "/reschedule");
        assertThat(move.header("If-Match")).isEqualTo("\"4\"");
        assertThat(move.body()).isEqualTo("{\"startsAt\":\"2026-03-06T11:00Z\"}");
    }

    @Test
    void anAppointmentThatIsNotTheClientsIsNotFoundWithoutDetails() throws Exception {
        gateway.problem("GET", "/api/v1/appointments/" + ID, 404, "not-found", "");

        String html = mvc.perform(get("/client/appointments/" + ID).with(SignedIn.sam())).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("We could not find that, or it is not yours to see.").doesNotContain("IllegalStateException");
    }

    @Test
    void anUnreachableGatewayIsAnApologyNotAStackTrace() throws Exception {
        gateway.json("GET", "/api/v1/clients/me", 200, SignedIn.SAM_PROFILE);
        gateway.answer("GET", "/api/v1/appointments", new StandInServer.Answer(503, "application/problem+json",
                "{\"type\":\"https://api.clinic-network.example/problems/service-unavailable\",\"status\":503}", Map.of()));

        String html = mvc.perform(get("/client/appointments").with(SignedIn.sam())).andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("The booking system is busy or unavailable.");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedIn.sam())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The appointment as its client reads it when it was flagged at risk: no reasons, the confirmation. */
    private static String withConfirmation(String appointment, String confirmation) {
        return appointment.substring(0, appointment.lastIndexOf('}'))
                + ",\"noShowRisk\":{\"atRisk\":true,\"reasons\":null,\"confirmation\":\"" + confirmation + "\"}}";
    }

    private static String appointment(String startsAt) {
        return """
                {"id":"%s","clientId":"%s","therapistId":"%s","locationId":"%s","treatmentId":"%s",
                 "startsAt":"%s","endsAt":"%s","status":"BOOKED","intakeNotes":null,"version":4,
                 "createdAt":"2026-03-01T10:00:00Z","seriesId":null,"cancellationReason":null,"lateCancellation":null,
                 "therapistName":"Maya Okafor","treatmentName":"Knee pain relief massage",
                 "locationName":"Manchester Riverside","clientName":"Sam Carter"}"""
                .formatted(ID, SignedIn.SAM_ID, MAYA, MANCHESTER, KNEE, startsAt,
                        OffsetDateTime.parse(startsAt).plusHours(1));
    }
}
