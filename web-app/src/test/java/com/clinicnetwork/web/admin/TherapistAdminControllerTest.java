package com.clinicnetwork.web.admin;

import static com.clinicnetwork.web.staff.ApiJson.KNEE;
import static com.clinicnetwork.web.staff.ApiJson.MANCHESTER;
import static com.clinicnetwork.web.staff.ApiJson.MAYA;
import static com.clinicnetwork.web.staff.ApiJson.location;
import static com.clinicnetwork.web.staff.ApiJson.page;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class TherapistAdminControllerTest extends StaffScreenTest {

    static final String THERAPIST_PATH = "/api/v1/therapists/" + MAYA;

    RequestPostProcessor admin() {
        return signedIn("CLINIC_ADMIN", Map.of());
    }

    @BeforeEach
    void directory() {
        gateway.json("GET", "/api/v1/locations", 200, page(location(MANCHESTER, "Manchester Riverside", "Europe/London")));
        gateway.json("GET", "/api/v1/treatments", 200, page(treatment(KNEE, "Knee pain relief massage, 60 min", 60)));
        gateway.json("GET", THERAPIST_PATH, 200, therapist(MAYA, "Maya Okafor", MANCHESTER));
    }

    @Test
    void theTherapistsPageHasTheProfileTheWeeklyHoursAndTimeOff() throws Exception {
        String html = mvc.perform(get("/admin/therapists/{id}", MAYA).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"Maya Okafor\"", "Knees and backs.", "Knee rehabilitation");
        assertThat(html).containsPattern("value=\"KNEE_REHABILITATION\"[^>]*checked");
        assertThat(html).containsPattern("type=\"checkbox\" value=\"" + MANCHESTER + "\"[^>]*checked");
        // The Monday 09:00-17:00 block and blank rows to add more.
        assertThat(html).contains("name=\"rows[0].startsAt\" value=\"09:00\"", "name=\"rows[0].endsAt\" value=\"17:00\"",
                "name=\"rows[3].startsAt\" value=\"\"");
        assertThat(html).contains("No time off.", "Times in British Time.");
    }

    @Test
    void timeOffIsListedInTheTherapistsLocalTimeWithAWayToWithdrawIt() throws Exception {
        String off = "60000000-0000-4000-8000-000000000001";
        gateway.json("GET", THERAPIST_PATH, 200, therapist(MAYA, "Maya Okafor", MANCHESTER).replace("\"timeOff\":[]",
                "\"timeOff\":[{\"id\":\"" + off + "\",\"startsAt\":\"2026-07-06T23:00:00Z\",\"endsAt\":\"2026-07-08T23:00:00Z\"}]"));

        String html = mvc.perform(get("/admin/therapists/{id}", MAYA).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Tuesday, 7 July 2026, 00:00", "Thursday, 9 July 2026, 00:00",
                "action=\"/admin/therapists/" + MAYA + "/time-off/" + off + "/delete\"",
                "aria-label=\"Withdraw the time off from Tuesday, 7 July 2026, 00:00\"");
    }

    @Test
    void aNewTherapistIsCreatedWithTheFormsIdempotencyKey() throws Exception {
        gateway.json("POST", "/api/v1/therapists", 201, therapist(MAYA, "Maya Okafor", MANCHESTER));
        UUID key = UUID.randomUUID();

        mvc.perform(post("/admin/therapists").with(csrf()).with(admin()).param("idempotencyKey", key.toString())
                        .param("displayName", "Maya Okafor").param("licenceNumber", "HCPC-1").param("bio", "")
                        .param("specialties", "KNEE_REHABILITATION", "SPORTS_MASSAGE").param("locationIds", MANCHESTER)
                        .param("treatmentIds", KNEE).param("active", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/therapists/" + MAYA));

        StandInServer.Recorded sent = gateway.last("POST", "/api/v1/therapists");
        assertThat(sent.header("Idempotency-Key")).isEqualTo(key.toString());
        assertThat(sent.body()).contains("\"displayName\":\"Maya Okafor\"", "\"bio\":null",
                "\"specialties\":[\"KNEE_REHABILITATION\",\"SPORTS_MASSAGE\"]", "\"locationIds\":[\"" + MANCHESTER + "\"]",
                "\"treatmentIds\":[\"" + KNEE + "\"]");
    }

    @Test
    void aTherapistNeedsASpecialtyAndALocation() throws Exception {
        String html = mvc.perform(post("/admin/therapists").with(csrf()).with(admin())
                        .param("idempotencyKey", UUID.randomUUID().toString()).param("displayName", "Maya Okafor")
                        .param("licenceNumber", "HCPC-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"specialties-error\"", "id=\"locationIds-error\"");
        assertThat(sent("POST", "/api/v1/therapists")).isFalse();
    }

    @Test
    void aTreatmentWithoutItsSpecialtyIsExplainedByTheApiNextToTheProfile() throws Exception {
        gateway.problem("PUT", THERAPIST_PATH, 400, "validation",
                ",\"errors\":[{\"field\":\"treatmentIds\",\"message\":\"requires specialty SPORTS_MASSAGE\"}]");

        String html = mvc.perform(post("/admin/therapists/{id}", MAYA).with(csrf()).with(admin()).param("version", "7")
                        .param("displayName", "Maya Okafor").param("licenceNumber", "HCPC-1")
                        .param("specialties", "KNEE_REHABILITATION").param("locationIds", MANCHESTER).param("treatmentIds", KNEE))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(gateway.last("PUT", THERAPIST_PATH).header("If-Match")).isEqualTo("\"7\"");
        assertThat(html).contains("<strong>Offers</strong>", "requires specialty SPORTS_MASSAGE");
        assertThat(html).contains("<p class=\"field-error\" id=\"treatmentIds-error\">requires specialty SPORTS_MASSAGE</p>");
    }

    @Test
    void theWeeklyHoursReplaceTheWholeWeekLeavingOutRemovedAndEmptyRows() throws Exception {
        gateway.json("PUT", THERAPIST_PATH + "/working-hours", 200, therapist(MAYA, "Maya Okafor", MANCHESTER));

        mvc.perform(post("/admin/therapists/{id}/working-hours", MAYA).with(csrf()).with(admin()).param("version", "7")
                        .param("rows[0].locationId", MANCHESTER).param("rows[0].dayOfWeek", "MONDAY")
                        .param("rows[0].startsAt", "09:00").param("rows[0].endsAt", "17:00").param("rows[0].remove", "true")
                        .param("rows[1].locationId", MANCHESTER).param("rows[1].dayOfWeek", "TUESDAY")
                        .param("rows[1].startsAt", "10:00").param("rows[1].endsAt", "14:00")
                        .param("rows[2].locationId", "").param("rows[2].dayOfWeek", "")
                        .param("rows[2].startsAt", "").param("rows[2].endsAt", ""))
                .andExpect(status().isFound()).andExpect(flash().attribute("saved", "hours"));

        StandInServer.Recorded sent = gateway.last("PUT", THERAPIST_PATH + "/working-hours");
        assertThat(sent.header("If-Match")).isEqualTo("\"7\"");
        assertThat(sent.body()).isEqualTo("{\"workingHours\":[{\"locationId\":\"" + MANCHESTER
                + "\",\"dayOfWeek\":\"TUESDAY\",\"startsAt\":\"10:00:00\",\"endsAt\":\"14:00:00\"}]}");
    }

    @Test
    void hoursTheApiRefusesAreMarkedOnTheRowTheyWereEnteredIn() throws Exception {
        gateway.problem("PUT", THERAPIST_PATH + "/working-hours", 400, "validation",
                ",\"errors\":[{\"field\":\"workingHours[0].startsAt\",\"message\":\"SUNDAY 10:00-13:00 is outside the opening hours\"}]");

        String html = mvc.perform(post("/admin/therapists/{id}/working-hours", MAYA).with(csrf()).with(admin()).param("version", "7")
                        .param("rows[0].locationId", MANCHESTER).param("rows[0].dayOfWeek", "MONDAY")
                        .param("rows[0].startsAt", "09:00").param("rows[0].endsAt", "17:00").param("rows[0].remove", "true")
                        .param("rows[1].locationId", MANCHESTER).param("rows[1].dayOfWeek", "SUNDAY")
                        .param("rows[1].startsAt", "10:00").param("rows[1].endsAt", "13:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // The API's first block is the form's second row: the first was removed.
        assertThat(html).contains("<input type=\"time\" aria-invalid=\"true\" id=\"rows1.startsAt\"")
                .contains("<p class=\"field-error\">SUNDAY 10:00-13:00 is outside the opening hours</p>");
    }

    @Test
    void aHalfFilledRowIsShownAndNothingIsSaved() throws Exception {
        String html = mvc.perform(post("/admin/therapists/{id}/working-hours", MAYA).with(csrf()).with(admin()).param("version", "7")
                        .param("rows[0].locationId", MANCHESTER).param("rows[0].startsAt", "09:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Choose the location and day and enter both times");
        assertThat(sent("PUT", THERAPIST_PATH + "/working-hours")).isFalse();
    }

    @Test
    void timeOffIsEnteredInTheTherapistsLocalTimeAndSentAsInstants() throws Exception {
        gateway.json("POST", THERAPIST_PATH + "/time-off", 201,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"startsAt\":\"2026-03-28T23:00:00Z\",\"endsAt\":\"2026-03-30T22:00:00Z\"}");
        UUID key = UUID.randomUUID();

        mvc.perform(post("/admin/therapists/{id}/time-off", MAYA).with(csrf()).with(admin()).param("idempotencyKey", key.toString())
                        .param("startsAt", "2026-03-28T23:00").param("endsAt", "2026-03-30T23:00"))
                .andExpect(status().isFound()).andExpect(flash().attribute("saved", "time-off"));

        StandInServer.Recorded sent = gateway.last("POST", THERAPIST_PATH + "/time-off");
        assertThat(sent.header("Idempotency-Key")).isEqualTo(key.toString());
        // Saturday 23:00 is still winter time in London, Monday 23:00 already summer time.
        assertThat(sent.body()).contains("\"startsAt\":\"2026-03-28T23:00:00Z\"", "\"endsAt\":\"2026-03-30T23:00:00+01:00\"");
    }

    @Test
    void timeOffThatEndsBeforeItStartsIsRefusedOnTheForm() throws Exception {
        String html = mvc.perform(post("/admin/therapists/{id}/time-off", MAYA).with(csrf()).with(admin())
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .param("startsAt", "2026-04-02T09:00").param("endsAt", "2026-04-01T09:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("The end must be after the start.");
        assertThat(sent("POST", THERAPIST_PATH + "/time-off")).isFalse();
    }

    @Test
    void timeOffCanBeWithdrawn() throws Exception {
        String timeOff = UUID.randomUUID().toString();
        gateway.json("DELETE", THERAPIST_PATH + "/time-off/" + timeOff, 204, null);

        mvc.perform(post("/admin/therapists/{id}/time-off/{off}/delete", MAYA, timeOff).with(csrf()).with(admin()))
                .andExpect(status().isFound()).andExpect(flash().attribute("saved", "time-off-removed"));

        assertThat(sent("DELETE", THERAPIST_PATH + "/time-off/" + timeOff)).isTrue();
    }
}
