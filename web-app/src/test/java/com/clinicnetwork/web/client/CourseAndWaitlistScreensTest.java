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
import com.clinicnetwork.web.WebAppTestBase;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseAndWaitlistScreensTest extends WebAppTestBase {

    private static final String COURSE = "60000000-0000-4000-8000-000000000001";
    private static final String ENTRY = "70000000-0000-4000-8000-000000000001";
    private static final String OFFER = "71000000-0000-4000-8000-000000000001";

    @BeforeEach
    void directoryAndClient() {
        DemoDirectory.serve(gateway);
        gateway.json("GET", "/api/v1/clients/me", 200, SignedIn.SAM_PROFILE);
    }

    @Test
    void aCourseIsShownAsOneWithItsCheckInsAsAChart() throws Exception {
        gateway.json("GET", "/api/v1/appointment-series/" + COURSE, 200, course());
        gateway.json("GET", "/api/v1/aftercare-check-ins", 200, DemoDirectory.page("""
                {"appointmentId":"50000000-0000-4000-8000-0000000000a1","seriesId":"%s","startsAt":"2026-02-09T09:00:00Z",
                 "score":7,"comment":"Stiff","answeredAt":"2026-02-10T09:00:00Z"},
                {"appointmentId":"50000000-0000-4000-8000-0000000000a2","seriesId":"%s","startsAt":"2026-02-23T09:00:00Z",
                 "score":4,"comment":null,"answeredAt":"2026-02-24T09:00:00Z"}""".formatted(COURSE, COURSE), 2));

        String html = mvc.perform(get("/client/courses/" + COURSE).with(SignedIn.sam())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(gateway.last("GET", "/api/v1/aftercare-check-ins").uri()).contains("seriesId=" + COURSE);
        assertThat(html).contains("3 sessions, every 2 weeks", "<svg", "role=\"img\"", "Check-in scores per session")
                .contains("<polyline", "Stiff", "Cancel all upcoming sessions");
        assertThat(Pattern.compile("<circle ").matcher(html).results().count()).isEqualTo(2);
        assertThat(html).doesNotContain("<script>", "style=\"");
    }

    @Test
    void aNewCourseWithoutCheckInsSaysSoInsteadOfAChart() throws Exception {
        gateway.json("GET", "/api/v1/appointment-series/" + COURSE, 200, course());
        gateway.json("GET", "/api/v1/aftercare-check-ins", 200, DemoDirectory.page("", 0));

        String html = mvc.perform(get("/client/courses/" + COURSE).with(SignedIn.sam())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("3 sessions, every 2 weeks", "No check-in answers yet.").doesNotContain("<svg");
    }

    @Test
    void aCourseIsStillShownWhenItsCheckInsCannotBeRead() throws Exception {
        gateway.json("GET", "/api/v1/appointment-series/" + COURSE, 200, course());
        gateway.problem("GET", "/api/v1/aftercare-check-ins", 503, "service-unavailable", "");

        String html = mvc.perform(get("/client/courses/" + COURSE).with(SignedIn.sam())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("3 sessions, every 2 weeks", "Your check-in answers cannot be shown right now.")
                .doesNotContain("<svg");
    }

    @Test
    void cancellingACourseCancelsItThroughTheApiInOneGo() throws Exception {
        gateway.json("POST", "/api/v1/appointment-series/" + COURSE + "/cancel", 200, course());

        mvc.perform(post("/client/courses/" + COURSE + "/cancel").with(SignedIn.sam()).with(csrf()).param("reason", ""))
                .andExpect(redirectedUrl("/client/courses/" + COURSE + "?cancelled"));

        assertThat(gateway.last("POST", "/api/v1/appointment-series/" + COURSE + "/cancel").body())
                .isEqualTo("{\"reason\":\"Course cancelled by the client\"}");
    }

    @Test
    void theOfferPageFromTheEmailShowsTheHeldSlotAndAcceptingBooksIt() throws Exception {
        gateway.json("GET", "/api/v1/waitlist", 200, DemoDirectory.page(entry(), 1));
        gateway.json("POST", "/api/v1/waitlist/offers/" + OFFER + "/accept", 201, """
                {"id":"50000000-0000-4000-8000-0000000000b1","status":"BOOKED","version":0}""");

        String html = mvc.perform(get("/waitlist/offers/" + OFFER).with(SignedIn.sam())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(gateway.last("GET", "/api/v1/waitlist").uri()).contains("clientId=" + SignedIn.SAM_ID);
        assertThat(html).contains("A slot has freed up for you", "Wednesday, 4 March 2026", "Maya Okafor", "10:30",
                "Book this slot", "No, thanks");

        mvc.perform(post("/waitlist/offers/" + OFFER + "/accept").with(SignedIn.sam()).with(csrf()))
                .andExpect(redirectedUrl("/client/book/confirmation/50000000-0000-4000-8000-0000000000b1"));
    }

    @Test
    void theOfferPageNeedsSignInAndComesBackAfterwards() throws Exception {
        var session = mvc.perform(get("/waitlist/offers/" + OFFER)).andExpect(redirectedUrl("/oauth2/authorization/clinic"))
                .andReturn().getRequest().getSession();

        assertThat(session.getAttribute("SPRING_SECURITY_SAVED_REQUEST").toString()).contains("/waitlist/offers/" + OFFER);
    }

    @Test
    void joiningTheWaitlistTurnsTheDaysIntoTheLocationsMidnights() throws Exception {
        gateway.json("GET", "/api/v1/waitlist", 200, DemoDirectory.page("", 0));
        gateway.json("POST", "/api/v1/waitlist", 201, entry());

        mvc.perform(post("/client/waitlist").with(SignedIn.sam()).with(csrf()).param("locationId", MANCHESTER)
                        .param("treatmentId", KNEE).param("therapistId", "").param("fromDate", "2026-03-10")
                        .param("toDate", "2026-03-20"))
                .andExpect(redirectedUrl("/client/waitlist?joined"));

        assertThat(gateway.last("POST", "/api/v1/waitlist").body()).contains("\"locationId\":\"" + MANCHESTER + "\"",
                "\"therapistId\":null", "\"windowStart\":\"2026-03-10T00:00:00Z\"", "\"windowEnd\":\"2026-03-21T00:00:00Z\"");
    }

    @Test
    void joiningAcrossNearbyLocationsSendsTheSpecialtyAndTheAreaAroundTheChosenLocationWithTheNotes() throws Exception {
        gateway.json("GET", "/api/v1/waitlist", 200, DemoDirectory.page("", 0));
        gateway.json("POST", "/api/v1/waitlist", 201, nearbyEntry());

        mvc.perform(post("/client/waitlist").with(SignedIn.sam()).with(csrf()).param("locationId", MANCHESTER)
                        .param("nearby", "true").param("specialty", "KNEE_REHABILITATION").param("radiusKm", "15")
                        .param("treatmentId", "").param("therapistId", MAYA).param("fromDate", "2026-03-10")
                        .param("toDate", "2026-03-20").param("intakeNotes", "  Left knee, stairs hurt.  "))
                .andExpect(redirectedUrl("/client/waitlist?joined"));

        assertThat(gateway.last("POST", "/api/v1/waitlist").body()).contains("\"locationId\":null", "\"therapistId\":null",
                "\"treatmentId\":null", "\"specialty\":\"KNEE_REHABILITATION\"",
                "\"near\":{\"locationId\":\"" + MANCHESTER + "\",\"radiusKm\":15}",
                "\"windowStart\":\"2026-03-10T00:00:00Z\"", "\"intakeNotes\":\"Left knee, stairs hurt.\"");
    }

    @Test
    void joiningNearbyNeedsASpecialtyAndARadiusWithinReasonAndAtOneLocationATreatment() throws Exception {
        gateway.json("GET", "/api/v1/waitlist", 200, DemoDirectory.page("", 0));

        String html = mvc.perform(post("/client/waitlist").with(SignedIn.sam()).with(csrf()).param("locationId", MANCHESTER)
                        .param("nearby", "true").param("specialty", "").param("radiusKm", "500")
                        .param("fromDate", "2026-03-10").param("toDate", "2026-03-20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Choose what you need help with, to wait at locations nearby.", "id=\"radiusKm-error\"")
                .doesNotContain("id=\"treatmentId-error\"");

        String atOne = mvc.perform(post("/client/waitlist").with(SignedIn.sam()).with(csrf()).param("locationId", MANCHESTER)
                        .param("nearby", "false").param("fromDate", "2026-03-10").param("toDate", "2026-03-20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(atOne).contains("Choose a treatment, or wait at any location nearby.");
        assertThat(gateway.requests()).noneMatch(request -> "POST".equals(request.method()));
    }

    @Test
    void aNearbyEntryShowsItsAreaAndWhereTheSlotOfferedToItIs() throws Exception {
        gateway.json("GET", "/api/v1/waitlist", 200, DemoDirectory.page(nearbyEntry(), 1));

        String html = mvc.perform(get("/client/waitlist").with(SignedIn.sam())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String offer = mvc.perform(get("/waitlist/offers/" + OFFER).with(SignedIn.sam())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Knee pain and knee rehab", "Within 15 km of Manchester Riverside",
                "Knee pain relief massage", "At Berlin Mitte.", "At any location near it");
        assertThat(offer).contains("Berlin Mitte", "Knee pain relief massage", "Maya Okafor");
    }

    private static String course() {
        return """
                {"id":"%s","clientId":"%s","therapistId":"%s","locationId":"%s","treatmentId":"%s","intervalWeeks":2,
                 "occurrences":3,"createdAt":"2026-02-01T10:00:00Z","appointments":[%s,%s,%s]}"""
                .formatted(COURSE, SignedIn.SAM_ID, MAYA, MANCHESTER, KNEE, session("a1", "2026-02-09T09:00:00Z", "FULFILLED"),
                        session("a2", "2026-02-23T09:00:00Z", "FULFILLED"), session("a3", "2026-03-09T09:00:00Z", "BOOKED"));
    }

    private static String session(String suffix, String startsAt, String status) {
        return """
                {"id":"50000000-0000-4000-8000-0000000000%s","clientId":"%s","therapistId":"%s","locationId":"%s",
                 "treatmentId":"%s","startsAt":"%s","endsAt":"%s","status":"%s","version":1,"seriesId":"%s",
                 "therapistName":"Maya Okafor","treatmentName":"Knee pain relief massage","locationName":"Manchester Riverside"}"""
                .formatted(suffix, SignedIn.SAM_ID, MAYA, MANCHESTER, KNEE, startsAt, startsAt.replace("09:00", "10:00"), status, COURSE);
    }

    private static String entry() {
        return """
                {"id":"%s","clientId":"%s","locationId":"%s","treatmentId":"%s","therapistId":null,
                 "windowStart":"2026-03-02T00:00:00Z","windowEnd":"2026-03-16T00:00:00Z","status":"WAITING",
                 "offer":{"id":"%s","therapistId":"%s","locationId":"%s","treatmentId":"%s","startsAt":"2026-03-04T10:30:00Z",
                          "endsAt":"2026-03-04T11:30:00Z","holdUntil":"2026-03-02T10:30:00Z","status":"OFFERED"}}"""
                .formatted(ENTRY, SignedIn.SAM_ID, MANCHESTER, KNEE, OFFER, MAYA, MANCHESTER, KNEE);
    }

    /** Waiting for knee help within 15 km of Manchester, offered a slot at Berlin Mitte (a stand-in: any location in reach). */
    private static String nearbyEntry() {
        return """
                {"id":"%s","clientId":"%s","locationId":null,"treatmentId":null,"therapistId":null,
                 "specialty":"KNEE_REHABILITATION","near":{"locationId":"%s","latitude":53.48,"longitude":-2.24,"radiusKm":15},
                 "windowStart":"2026-03-02T00:00:00Z","windowEnd":"2026-03-16T00:00:00Z","status":"WAITING",
                 "offer":{"id":"%s","therapistId":"%s","locationId":"%s","treatmentId":"%s","startsAt":"2026-03-04T10:30:00Z",
                          "endsAt":"2026-03-04T11:30:00Z","holdUntil":"2099-03-02T10:30:00Z","status":"OFFERED"}}"""
                .formatted(ENTRY, SignedIn.SAM_ID, MANCHESTER, OFFER, MAYA, BERLIN, KNEE);
    }
}
