package com.clinicnetwork.web.admin;

import static com.clinicnetwork.web.staff.ApiJson.KNEE;
import static com.clinicnetwork.web.staff.ApiJson.SPORTS;
import static com.clinicnetwork.web.staff.ApiJson.page;
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
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class TreatmentAdminControllerTest extends StaffScreenTest {

    RequestPostProcessor admin() {
        return signedIn("CLINIC_ADMIN", Map.of());
    }

    @Test
    void theTreatmentsAreListedWithLengthSpecialtyAndPrice() throws Exception {
        gateway.json("GET", "/api/v1/treatments", 200, page(treatment(KNEE, "Knee pain relief massage, 60 min", 60)));

        String html = mvc.perform(get("/admin/treatments").header("Accept-Language", "de").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Knee pain relief massage, 60 min", "60 Min.", "15 Min.", "Knie-Rehabilitation", "55,00", "Ja");
    }

    @Test
    void theListSaysWhichRoomEachTreatmentNeedsAndLinksToItsPage() throws Exception {
        gateway.json("GET", "/api/v1/treatments", 200, page(withRoomKind(treatment(KNEE, "Knee pain relief massage, 60 min", 60),
                "TREATMENT_TABLE"), treatment(SPORTS, "Sports massage, 45 min", 45)));

        String html = mvc.perform(get("/admin/treatments").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).containsSubsequence("Room needed", "Knee pain relief massage, 60 min", "Treatment table",
                "Sports massage, 45 min", "No room needed").contains("href=\"/admin/treatments/" + KNEE + "\"");
    }

    @Test
    void aNewTreatmentNeedingAGymAreaSaysSoAndOneNeedingNoRoomSendsNone() throws Exception {
        gateway.json("POST", "/api/v1/treatments", 201, treatment(KNEE, "Knee rehab exercises", 45));

        mvc.perform(newTreatment("Knee rehab exercises").param("roomKind", "GYM_AREA")).andExpect(status().isFound());
        assertThat(gateway.last("POST", "/api/v1/treatments").body()).contains("\"roomKind\":\"GYM_AREA\"");

        mvc.perform(newTreatment("Phone consultation").param("roomKind", "")).andExpect(status().isFound());
        assertThat(gateway.last("POST", "/api/v1/treatments").body()).contains("\"roomKind\":null");
    }

    @Test
    void aTreatmentIsEditedWithItsRoomKindAgainstTheVersionShown() throws Exception {
        gateway.json("GET", "/api/v1/treatments/" + KNEE, 200, treatment(KNEE, "Knee pain relief massage, 60 min", 60));
        gateway.json("PUT", "/api/v1/treatments/" + KNEE, 200,
                withRoomKind(treatment(KNEE, "Knee pain relief massage, 60 min", 60), "TREATMENT_TABLE"));

        String form = mvc.perform(get("/admin/treatments/" + KNEE).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Knee pain relief massage, 60 min\"", "name=\"version\" value=\"2\"",
                "<option value=\"\">No room needed</option>", "Save treatment").doesNotContain("selected=\"selected\">Treatment table");

        mvc.perform(post("/admin/treatments/" + KNEE).with(csrf()).with(admin()).param("version", "2")
                        .param("name", "Knee pain relief massage, 60 min").param("durationMinutes", "60").param("bufferMinutes", "15")
                        .param("requiredSpecialty", "KNEE_REHABILITATION").param("price", "55.00").param("aftercarePlan", "Stretch.")
                        .param("roomKind", "TREATMENT_TABLE").param("active", "true"))
                .andExpect(redirectedUrl("/admin/treatments/" + KNEE)).andExpect(flash().attribute("saved", "treatment"));

        StandInServer.Recorded sent = gateway.last("PUT", "/api/v1/treatments/" + KNEE);
        assertThat(sent.header("If-Match")).isEqualTo("\"2\"");
        assertThat(sent.body()).contains("\"roomKind\":\"TREATMENT_TABLE\"", "\"durationMinutes\":60", "\"active\":true");
    }

    @Test
    void aTreatmentChangedMeanwhileIsShownAgainWithAWarning() throws Exception {
        gateway.problem("PUT", "/api/v1/treatments/" + KNEE, 412, "precondition-failed", "");
        gateway.json("GET", "/api/v1/treatments/" + KNEE, 200, treatment(KNEE, "Knee pain relief massage, 60 min", 60));

        mvc.perform(post("/admin/treatments/" + KNEE).with(csrf()).with(admin()).param("version", "1")
                        .param("name", "Knee massage").param("durationMinutes", "60").param("bufferMinutes", "15")
                        .param("requiredSpecialty", "KNEE_REHABILITATION").param("price", "55.00"))
                .andExpect(redirectedUrl("/admin/treatments/" + KNEE)).andExpect(flash().attribute("stale", "treatment"));

        assertThat(mvc.perform(get("/admin/treatments/" + KNEE).with(admin()).flashAttr("stale", "treatment"))
                .andReturn().getResponse().getContentAsString()).contains("Someone changed this in the meantime.");
    }

    @Test
    void aNewTreatmentIsCreatedWithTheFormsIdempotencyKey() throws Exception {
        gateway.json("POST", "/api/v1/treatments", 201, treatment(KNEE, "Knee pain relief massage, 60 min", 60));
        UUID key = UUID.randomUUID();

        mvc.perform(post("/admin/treatments").with(csrf()).with(admin()).param("idempotencyKey", key.toString())
                        .param("name", "Knee pain relief massage, 60 min").param("durationMinutes", "60").param("bufferMinutes", "15")
                        .param("requiredSpecialty", "KNEE_REHABILITATION").param("price", "55.00")
                        .param("aftercarePlan", "Ice for 15 minutes.").param("active", "true"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/treatments"))
                .andExpect(flash().attribute("created", "Knee pain relief massage, 60 min"));

        StandInServer.Recorded sent = gateway.last("POST", "/api/v1/treatments");
        assertThat(sent.header("Idempotency-Key")).isEqualTo(key.toString());
        assertThat(sent.body()).contains("\"durationMinutes\":60", "\"bufferMinutes\":15",
                "\"requiredSpecialty\":\"KNEE_REHABILITATION\"", "\"price\":55.00", "\"aftercarePlan\":\"Ice for 15 minutes.\"");
    }

    private MockHttpServletRequestBuilder newTreatment(String name) {
        return post("/admin/treatments").with(csrf()).with(admin()).param("idempotencyKey", UUID.randomUUID().toString())
                .param("name", name).param("durationMinutes", "45").param("bufferMinutes", "15")
                .param("requiredSpecialty", "KNEE_REHABILITATION").param("price", "40.00");
    }

    private static String withRoomKind(String treatment, String roomKind) {
        return treatment.substring(0, treatment.lastIndexOf('}')) + ",\"roomKind\":\"" + roomKind + "\"}";
    }

    @Test
    void aTreatmentTooShortOrWithoutSpecialtyIsRefusedOnTheForm() throws Exception {
        String html = mvc.perform(post("/admin/treatments").with(csrf()).with(admin())
                        .param("idempotencyKey", UUID.randomUUID().toString()).param("name", "Quick rub")
                        .param("durationMinutes", "2").param("bufferMinutes", "0").param("requiredSpecialty", "")
                        .param("price", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"durationMinutes-error\"", "id=\"requiredSpecialty-error\"", "id=\"price-error\"");
        assertThat(sent("POST", "/api/v1/treatments")).isFalse();
    }
}
