package com.clinicnetwork.web.admin;

import static com.clinicnetwork.web.staff.ApiJson.MANCHESTER;
import static com.clinicnetwork.web.staff.ApiJson.location;
import static com.clinicnetwork.web.staff.ApiJson.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.staff.StaffScreenTest;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class LocationAdminControllerTest extends StaffScreenTest {

    static final String POLICY = """
            {"locationId":"%s","minimumNoticeMinutes":120,"bookingHorizonDays":90,"slotIntervalMinutes":15,
             "lateCancellationWindowMinutes":1440,"riskNoShows":2,"riskLateCancellations":3,"riskLeadTimeDays":30,
             "riskLookBackMonths":12,"isDefault":%s,"version":%d}
            """;

    RequestPostProcessor admin() {
        return signedIn("CLINIC_ADMIN", Map.of());
    }

    @Test
    void theAdminSeesTheLocationsByName() throws Exception {
        gateway.json("GET", "/api/v1/locations", 200, page(location("10000000-0000-4000-8000-000000000003", "Berlin Mitte",
                "Europe/Berlin"), location(MANCHESTER, "Manchester Riverside", "Europe/London")));

        String html = mvc.perform(get("/admin/locations").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).containsSubsequence("Berlin Mitte", "Europe/Berlin", "Manchester Riverside", "Europe/London");
    }

    @Test
    void aNewLocationIsCreatedWithItsWeekOfOpeningHoursAndTheFormsIdempotencyKey() throws Exception {
        String created = "10000000-0000-4000-8000-000000000009";
        gateway.json("POST", "/api/v1/locations", 201, location(created, "York Minster", "Europe/London"));
        UUID key = UUID.randomUUID();

        mvc.perform(locationForm(post("/admin/locations"), "York Minster", "Europe/London")
                        .param("idempotencyKey", key.toString())
                        .param("days[0].blocks[0].opensAt", "08:00").param("days[0].blocks[0].closesAt", "12:00")
                        .param("days[0].blocks[1].opensAt", "13:00").param("days[0].blocks[1].closesAt", "19:00")
                        .with(admin()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/locations/" + created));

        StandInServer.Recorded sent = gateway.last("POST", "/api/v1/locations");
        assertThat(sent.header("Idempotency-Key")).isEqualTo(key.toString());
        assertThat(sent.body()).contains("\"name\":\"York Minster\"", "\"timeZone\":\"Europe/London\"", "\"active\":true",
                "{\"dayOfWeek\":\"MONDAY\",\"opensAt\":\"08:00:00\",\"closesAt\":\"12:00:00\"}",
                "{\"dayOfWeek\":\"MONDAY\",\"opensAt\":\"13:00:00\",\"closesAt\":\"19:00:00\"}")
                .doesNotContain("TUESDAY");
    }

    @Test
    void hoursThatEndBeforeTheyStartOrAnUnknownZoneAreShownOnTheFormAndNothingIsSent() throws Exception {
        String html = mvc.perform(locationForm(post("/admin/locations"), "York Minster", "Europe/Yorkshire")
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .param("days[2].blocks[0].opensAt", "19:00").param("days[2].blocks[0].closesAt", "08:00")
                        .param("days[3].blocks[0].opensAt", "08:00")
                        .with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Please enter a time zone such as Europe/London.", "The end must be after the start.",
                "Enter both times, or neither.");
        assertThat(sent("POST", "/api/v1/locations")).isFalse();
    }

    @Test
    void theLocationPageShowsItsHoursAndItsBookingPolicy() throws Exception {
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER, 200, location(MANCHESTER, "Manchester Riverside", "Europe/London"));
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER + "/booking-policy", 200, POLICY.formatted(MANCHESTER, true, 0));

        String html = mvc.perform(get("/admin/locations/{id}", MANCHESTER).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("value=\"Manchester Riverside\"", "id=\"days0.blocks0.opensAt\"", "value=\"08:00\"",
                "value=\"19:00\"", "default policy applies until you save one", "name=\"minimumNoticeMinutes\"", "value=\"120\"",
                "No-show risk", "name=\"riskLateCancellations\"", "value=\"3\"", "name=\"riskLookBackMonths\"", "value=\"12\"");
        assertThat(html).contains("<label class=\"visually-hidden\" for=\"days0.blocks0.opensAt\">Opens, block 1, Monday</label>");
    }

    @Test
    void savingTheLocationSendsTheVersionEdited() throws Exception {
        gateway.json("PUT", "/api/v1/locations/" + MANCHESTER, 200, location(MANCHESTER, "Manchester Riverside", "Europe/London"));

        mvc.perform(locationForm(post("/admin/locations/{id}", MANCHESTER), "Manchester Riverside", "Europe/London")
                        .param("version", "4").param("active", "false").with(admin()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/locations/" + MANCHESTER))
                .andExpect(flash().attribute("saved", "location"));

        StandInServer.Recorded sent = gateway.last("PUT", "/api/v1/locations/" + MANCHESTER);
        assertThat(sent.header("If-Match")).isEqualTo("\"4\"");
        assertThat(sent.body()).contains("\"active\":false", "\"openingHours\":[]");
    }

    @Test
    void theCoordinatesAreShownAndSentBackSoSavingTheLocationKeepsThem() throws Exception {
        String placed = location(MANCHESTER, "Manchester Riverside", "Europe/London")
                .replaceFirst("\\{", "{\"coordinates\":{\"latitude\":53.4808,\"longitude\":-2.2426},");
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER, 200, placed);
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER + "/booking-policy", 200, POLICY.formatted(MANCHESTER, true, 0));
        gateway.json("PUT", "/api/v1/locations/" + MANCHESTER, 200, placed);

        String html = mvc.perform(get("/admin/locations/{id}", MANCHESTER).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(locationForm(post("/admin/locations/{id}", MANCHESTER), "Manchester Riverside", "Europe/London")
                        .param("version", "4").param("latitude", "53.4808").param("longitude", "-2.2426").with(admin()))
                .andExpect(redirectedUrl("/admin/locations/" + MANCHESTER));

        assertThat(html).contains("id=\"latitude\"", "value=\"53.4808\"", "id=\"longitude\"", "value=\"-2.2426\"");
        assertThat(gateway.last("PUT", "/api/v1/locations/" + MANCHESTER).body())
                .contains("\"coordinates\":{\"latitude\":53.4808,\"longitude\":-2.2426}");
    }

    @Test
    void aLatitudeWithoutLongitudeOrOffTheGlobeIsShownOnTheFormAndNothingIsSent() throws Exception {
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER, 200, location(MANCHESTER, "Manchester Riverside", "Europe/London"));
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER + "/booking-policy", 200, POLICY.formatted(MANCHESTER, true, 0));

        String oneOnly = mvc.perform(locationForm(post("/admin/locations/{id}", MANCHESTER), "Manchester Riverside", "Europe/London")
                        .param("version", "4").param("latitude", "53.4808").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String offTheGlobe = mvc.perform(locationForm(post("/admin/locations/{id}", MANCHESTER), "Manchester Riverside",
                        "Europe/London").param("version", "4").param("latitude", "91").param("longitude", "0").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(oneOnly).contains("Give both latitude and longitude, or neither.", "id=\"longitude-error\"");
        assertThat(offTheGlobe).contains("id=\"latitude-error\"");
        assertThat(sent("PUT", "/api/v1/locations/" + MANCHESTER)).isFalse();
    }

    @Test
    void aLocationChangedMeanwhileIsShownAgainAsItIsNowWithAWarning() throws Exception {
        gateway.problem("PUT", "/api/v1/locations/" + MANCHESTER, 412, "precondition-failed", ",\"currentVersion\":5");

        mvc.perform(locationForm(post("/admin/locations/{id}", MANCHESTER), "Manchester Riverside", "Europe/London")
                        .param("version", "4").with(admin()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/locations/" + MANCHESTER))
                .andExpect(flash().attribute("stale", "location"));
    }

    @Test
    void theBookingPolicyIsReplacedInBookingServiceWithItsVersion() throws Exception {
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER, 200, location(MANCHESTER, "Manchester Riverside", "Europe/London"));
        gateway.json("PUT", "/api/v1/locations/" + MANCHESTER + "/booking-policy", 200, POLICY.formatted(MANCHESTER, false, 1));

        mvc.perform(post("/admin/locations/{id}/booking-policy", MANCHESTER).with(csrf()).with(admin())
                        .param("minimumNoticeMinutes", "60").param("bookingHorizonDays", "120").param("slotIntervalMinutes", "30")
                        .param("lateCancellationWindowMinutes", "720").param("riskNoShows", "3")
                        .param("riskLateCancellations", "0").param("riskLeadTimeDays", "45").param("riskLookBackMonths", "6")
                        .param("version", "0"))
                .andExpect(status().isFound());

        StandInServer.Recorded sent = gateway.last("PUT", "/api/v1/locations/" + MANCHESTER + "/booking-policy");
        assertThat(sent.header("If-Match")).isEqualTo("\"0\"");
        assertThat(sent.body()).contains("\"minimumNoticeMinutes\":60", "\"bookingHorizonDays\":120", "\"slotIntervalMinutes\":30",
                "\"lateCancellationWindowMinutes\":720", "\"riskNoShows\":3", "\"riskLateCancellations\":0",
                "\"riskLeadTimeDays\":45", "\"riskLookBackMonths\":6");
    }

    @Test
    void aPolicyOutsideTheBoundsIsShownOnTheForm() throws Exception {
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER, 200, location(MANCHESTER, "Manchester Riverside", "Europe/London"));

        String html = mvc.perform(post("/admin/locations/{id}/booking-policy", MANCHESTER).with(csrf()).with(admin())
                        .param("minimumNoticeMinutes", "60").param("bookingHorizonDays", "0").param("slotIntervalMinutes", "30")
                        .param("lateCancellationWindowMinutes", "720").param("riskNoShows", "2")
                        .param("riskLateCancellations", "3").param("riskLeadTimeDays", "30").param("riskLookBackMonths", "0")
                        .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"bookingHorizonDays-error\"", "id=\"riskLookBackMonths-error\"");
        assertThat(sent("PUT", "/api/v1/locations/" + MANCHESTER + "/booking-policy")).isFalse();
    }

    @Test
    void aNewLocationTheBookingSystemDoesNotKnowYetSaysSoInsteadOfAPolicyForm() throws Exception {
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER, 200, location(MANCHESTER, "Manchester Riverside", "Europe/London"));

        String html = mvc.perform(get("/admin/locations/{id}", MANCHESTER).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("The booking system does not know this location yet.").doesNotContain("name=\"minimumNoticeMinutes\"");
    }

    @Test
    void onlyClinicAdminsReachTheDirectoryScreens() throws Exception {
        mvc.perform(get("/admin/locations").with(signedIn("FRONT_DESK", Map.of()))).andExpect(status().isForbidden());
        assertThat(gateway.requests()).isEmpty();
    }

    /** The location form with every day's hours empty (closed) unless the test adds some. */
    private static MockHttpServletRequestBuilder locationForm(MockHttpServletRequestBuilder request, String name, String zone) {
        request.with(csrf()).param("name", name).param("address", "1 High Street").param("timeZone", zone);
        DayOfWeek[] week = DayOfWeek.values();
        for (int day = 0; day < week.length; day++) {
            request.param("days[" + day + "].dayOfWeek", week[day].name());
        }
        return request;
    }
}
