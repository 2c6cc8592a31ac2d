package com.clinicnetwork.web.frontdesk;

import static com.clinicnetwork.web.staff.ApiJson.KNEE;
import static com.clinicnetwork.web.staff.ApiJson.MANCHESTER;
import static com.clinicnetwork.web.staff.ApiJson.MAYA;
import static com.clinicnetwork.web.staff.ApiJson.SAM;
import static com.clinicnetwork.web.staff.ApiJson.SPORTS;
import static com.clinicnetwork.web.staff.ApiJson.TOM;
import static com.clinicnetwork.web.staff.ApiJson.appointment;
import static com.clinicnetwork.web.staff.ApiJson.client;
import static com.clinicnetwork.web.staff.ApiJson.freeSlot;
import static com.clinicnetwork.web.staff.ApiJson.list;
import static com.clinicnetwork.web.staff.ApiJson.location;
import static com.clinicnetwork.web.staff.ApiJson.page;
import static com.clinicnetwork.web.staff.ApiJson.problem;
import static com.clinicnetwork.web.staff.ApiJson.therapist;
import static com.clinicnetwork.web.staff.ApiJson.treatment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.staff.StaffScreenTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class FrontDeskBookingControllerTest extends StaffScreenTest {

    static final String BOOKED = "50000000-0000-4000-8000-000000000009";

    RequestPostProcessor manchesterDesk() {
        return signedIn("FRONT_DESK", Map.of("location_ids", List.of(MANCHESTER)));
    }

    @BeforeEach
    void directoryAndClient() {
        gateway.json("GET", "/api/v1/locations", 200, page(location(MANCHESTER, "Manchester Riverside", "Europe/London")));
        gateway.json("GET", "/api/v1/therapists", 200, page(therapist(TOM, "Tom Haldane", MANCHESTER),
                therapist(MAYA, "Maya Okafor", MANCHESTER)));
        gateway.json("GET", "/api/v1/treatments", 200, page(treatment(KNEE, "Knee pain relief massage, 60 min", 60),
                treatment(SPORTS, "Sports massage, 45 min", 45)));
        gateway.json("GET", "/api/v1/clients/" + SAM, 200, client(SAM, "Sam", "Carter", "sam.carter@example.com"));
        gateway.json("GET", "/api/v1/availability", 200, list(
                freeSlot(TOM, "2026-06-02T08:00:00Z", "2026-06-02T09:00:00Z"),
                freeSlot(MAYA, "2026-06-02T09:00:00Z", "2026-06-02T10:00:00Z"),
                freeSlot(MAYA, "2026-06-02T08:00:00Z", "2026-06-02T09:00:00Z")));
    }

    @Test
    void theFreeTimesOfTheDayAreOfferedPerTherapistInTheLocationsTime() throws Exception {
        String html = mvc.perform(get("/frontdesk/book").param("client", SAM).param("treatment", KNEE).param("date", "2026-06-02")
                        .with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        StandInServer.Recorded search = gateway.last("GET", "/api/v1/availability");
        assertThat(param(search, "locationId")).isEqualTo(MANCHESTER);
        assertThat(param(search, "treatmentId")).isEqualTo(KNEE);
        assertThat(param(search, "from")).isEqualTo("2026-06-02T00:00+01:00"); // midnight in London, summer time
        assertThat(param(search, "to")).isEqualTo("2026-06-03T00:00+01:00");
        assertThat(html).contains("Book for Sam Carter", "sam.carter@example.com");
        // Maya before Tom, and her times in order, in London time.
        assertThat(html).containsSubsequence("<legend>Maya Okafor</legend>", "09:00", "10:00", "<legend>Tom Haldane</legend>", "09:00");
        assertThat(html).contains("value=\"" + MAYA + "_2026-06-02T09:00Z\"");
        // Only treatments someone offers at the location (the demo therapists offer the knee massage only).
        assertThat(html).contains("Knee pain relief massage, 60 min").doesNotContain("Sports massage, 45 min");
    }

    @Test
    void bookingSendsTheClientTheChosenTimeAndTheFormsIdempotencyKeyThenShowsTheDay() throws Exception {
        gateway.json("POST", "/api/v1/appointments", 201,
                appointment(BOOKED, MAYA, "2026-06-02T09:00:00Z", "2026-06-02T10:00:00Z", "BOOKED", null, "Left knee", 1));
        UUID key = UUID.randomUUID();

        mvc.perform(book(key, MAYA + "_2026-06-02T09:00Z").param("intakeNotes", " Left knee ").with(manchesterDesk()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/frontdesk?location=" + MANCHESTER + "&date=2026-06-02"))
                .andExpect(flash().attribute("changed", "booked"));

        StandInServer.Recorded sent = gateway.last("POST", "/api/v1/appointments");
        assertThat(sent.header("Idempotency-Key")).isEqualTo(key.toString());
        assertThat(sent.body()).contains("\"clientId\":\"" + SAM + "\"", "\"therapistId\":\"" + MAYA + "\"",
                "\"locationId\":\"" + MANCHESTER + "\"", "\"treatmentId\":\"" + KNEE + "\"", "\"intakeNotes\":\"Left knee\"")
                .containsPattern("\"startsAt\":\"2026-06-02T09:00(:00)?Z\"");
    }

    @Test
    void aTimeTakenMeanwhileIsExplainedAndTheFreeTimesOfferedAgainWithAFreshKey() throws Exception {
        gateway.problem("POST", "/api/v1/appointments", 409, "slot-taken", "");
        UUID key = UUID.randomUUID();

        String html = mvc.perform(book(key, MAYA + "_2026-06-02T09:00Z").with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("That time was just taken. Please pick another free time.", "<legend>Maya Okafor</legend>");
        Matcher shown = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(html);
        assertThat(shown.find()).isTrue();
        assertThat(shown.group(1)).isNotEqualTo(key.toString());
    }

    @Test
    void withoutAChosenTimeNothingIsBooked() throws Exception {
        String html = mvc.perform(book(UUID.randomUUID(), "").with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Please choose a free time.");
        assertThat(sent("POST", "/api/v1/appointments")).isFalse();
    }

    private static MockHttpServletRequestBuilder book(UUID key, String slot) {
        return post("/frontdesk/book").with(csrf()).param("clientId", SAM).param("locationId", MANCHESTER)
                .param("treatmentId", KNEE).param("date", "2026-06-02").param("slot", slot)
                .param("idempotencyKey", key.toString());
    }
}
