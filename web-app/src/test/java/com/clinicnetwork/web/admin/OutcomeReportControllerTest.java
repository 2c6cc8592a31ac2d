package com.clinicnetwork.web.admin;

import static com.clinicnetwork.web.staff.ApiJson.KNEE;
import static com.clinicnetwork.web.staff.ApiJson.MANCHESTER;
import static com.clinicnetwork.web.staff.ApiJson.location;
import static com.clinicnetwork.web.staff.ApiJson.page;
import static com.clinicnetwork.web.staff.ApiJson.treatment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.staff.StaffScreenTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class OutcomeReportControllerTest extends StaffScreenTest {

    private static final String REPORT = """
            {"from":null,"to":null,"locationId":null,"treatmentId":null,
             "rows":[{"treatmentId":"%s","treatmentName":"Knee pain relief massage","locationId":"%s",
                      "locationName":"Manchester Riverside","sessions":12,"clients":5,"clientsCompared":4,
                      "meanChange":-1.50,"shareImproved":0.75},
                     {"treatmentId":"%s","treatmentName":"Knee pain relief massage","locationId":"10000000-0000-4000-8000-000000000002",
                      "locationName":"Leeds Central","sessions":1,"clients":1,"clientsCompared":0,
                      "meanChange":null,"shareImproved":null}]}
            """.formatted(KNEE, MANCHESTER, KNEE);

    RequestPostProcessor admin() {
        return signedIn("CLINIC_ADMIN", Map.of());
    }

    @BeforeEach
    void theDirectory() {
        gateway.json("GET", "/api/v1/locations", 200, page(location(MANCHESTER, "Manchester Riverside", "Europe/London")));
        gateway.json("GET", "/api/v1/treatments", 200, page(treatment(KNEE, "Knee pain relief massage", 60)));
    }

    @Test
    void theReportShowsEachTreatmentAndLocationWithMeanChangeAndShareImproved() throws Exception {
        gateway.json("GET", "/api/v1/reports/outcomes", 200, REPORT);

        String html = mvc.perform(get("/admin/outcomes").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).containsSubsequence("Knee pain relief massage", "Manchester Riverside", "12", "5", "4",
                "-1.50 (better)", "75 %", "Leeds Central", "–", "–");
        assertThat(gateway.last("GET", "/api/v1/reports/outcomes").uri()).isEqualTo("/api/v1/reports/outcomes");
    }

    @Test
    void theFiltersGoToTheApiAsWholeUtcDays() throws Exception {
        gateway.json("GET", "/api/v1/reports/outcomes", 200, "{\"rows\":[]}");

        String html = mvc.perform(get("/admin/outcomes").param("from", "2026-02-01").param("to", "2026-02-28")
                        .param("locationId", MANCHESTER).param("treatmentId", KNEE).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        StandInServer.Recorded sent = gateway.last("GET", "/api/v1/reports/outcomes");
        assertThat(param(sent, "from")).isEqualTo("2026-02-01T00:00:00Z");
        assertThat(param(sent, "to")).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(param(sent, "locationId")).isEqualTo(MANCHESTER);
        assertThat(param(sent, "treatmentId")).isEqualTo(KNEE);
        assertThat(html).contains("No answered check-ins match these filters.", "value=\"2026-02-01\"");
    }

    @Test
    void aRangeEndingBeforeItStartsIsExplainedWithoutAskingTheApi() throws Exception {
        String html = mvc.perform(get("/admin/outcomes").param("from", "2026-03-01").param("to", "2026-02-01").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("The last day must not be before the first.", "aria-invalid=\"true\"");
        assertThat(gateway.requests()).noneMatch(request -> request.path().equals("/api/v1/reports/outcomes"));
    }

    @Test
    void onlyClinicAdminsOpenTheReport() throws Exception {
        mvc.perform(get("/admin/outcomes").with(signedIn("THERAPIST", Map.of()))).andExpect(status().isForbidden());
    }
}
