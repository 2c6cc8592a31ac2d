package com.clinicnetwork.web.staff;

import static com.clinicnetwork.web.staff.ApiJson.KNEE;
import static com.clinicnetwork.web.staff.ApiJson.MANCHESTER;
import static com.clinicnetwork.web.staff.ApiJson.MAYA;
import static com.clinicnetwork.web.staff.ApiJson.SAM;
import static com.clinicnetwork.web.staff.ApiJson.TOM;
import static com.clinicnetwork.web.staff.ApiJson.appointment;
import static com.clinicnetwork.web.staff.ApiJson.client;
import static com.clinicnetwork.web.staff.ApiJson.freeSlot;
import static com.clinicnetwork.web.staff.ApiJson.inRoom;
import static com.clinicnetwork.web.staff.ApiJson.list;
import static com.clinicnetwork.web.staff.ApiJson.location;
import static com.clinicnetwork.web.staff.ApiJson.page;
import static com.clinicnetwork.web.staff.ApiJson.therapist;
import static com.clinicnetwork.web.staff.ApiJson.treatment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff see which room each session is in, and are told in their words when no room is free for a booking. */
class RoomsOnStaffScreensTest extends StaffScreenTest {

    static final String IN_ROOM = "50000000-0000-4000-8000-000000000021";
    static final String NO_ROOM = "50000000-0000-4000-8000-000000000022";

    @BeforeEach
    void manchester() {
        gateway.json("GET", "/api/v1/locations", 200, page(location(MANCHESTER, "Manchester Riverside", "Europe/London")));
        gateway.json("GET", "/api/v1/therapists", 200, page(therapist(MAYA, "Maya Okafor", MANCHESTER),
                therapist(TOM, "Tom Haldane", MANCHESTER)));
        gateway.json("GET", "/api/v1/therapists/" + MAYA, 200, therapist(MAYA, "Maya Okafor", MANCHESTER));
    }

    @Test
    void theFrontDeskSeesTheRoomOfEachSessionInItsDay() throws Exception {
        gateway.json("GET", "/api/v1/appointments", 200, page(
                inRoom(appointment(IN_ROOM, MAYA, "2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z", "BOOKED", "Sam Carter", null, 3),
                        "Room 2"),
                appointment(NO_ROOM, TOM, "2026-06-01T11:00:00Z", "2026-06-01T12:00:00Z", "BOOKED", "Priya Natarajan", null, 1)));

        String html = html(get("/frontdesk").param("date", "2026-06-01"), frontDesk());

        assertThat(html).containsSubsequence("Sam Carter", "Knee pain relief massage, 60 min", "Room: Room 2", "Priya Natarajan");
        assertThat(html).containsOnlyOnce("Room: "); // a session whose treatment needs no room shows none
    }

    @Test
    void theTherapistSeesTheRoomOfEachSessionInTheirDay() throws Exception {
        gateway.json("GET", "/api/v1/appointments", 200, page(
                inRoom(appointment(IN_ROOM, MAYA, "2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z", "BOOKED", "Sam Carter", null, 2),
                        "Rehab gym")));

        String html = html(get("/therapist"), signedIn("THERAPIST", Map.of("therapist_id", MAYA, "location_ids", List.of(MANCHESTER))));

        assertThat(html).containsSubsequence("Treatment", "Knee pain relief massage, 60 min", "<dt>Room</dt>", "<dd>Rehab gym</dd>");
    }

    @Test
    void theFrontDeskIsToldWhenNoRoomIsFreeForTheChosenTime() throws Exception {
        gateway.json("GET", "/api/v1/treatments", 200, page(treatment(KNEE, "Knee pain relief massage, 60 min", 60)));
        gateway.json("GET", "/api/v1/clients/" + SAM, 200, client(SAM, "Sam", "Carter", "sam.carter@example.com"));
        gateway.json("GET", "/api/v1/availability", 200, list(freeSlot(MAYA, "2026-06-02T08:00:00Z", "2026-06-02T09:00:00Z"),
                freeSlot(TOM, "2026-06-02T09:00:00Z", "2026-06-02T10:00:00Z")));
        gateway.problem("POST", "/api/v1/appointments", 409, "room-taken",
                ",\"roomKind\":\"TREATMENT_TABLE\",\"requestedSlot\":{\"startsAt\":\"2026-06-02T08:00:00Z\"}");

        String html = html(post("/frontdesk/book").with(csrf()).param("clientId", SAM).param("locationId", MANCHESTER)
                .param("treatmentId", KNEE).param("date", "2026-06-02").param("slot", MAYA + "_2026-06-02T08:00Z")
                .param("idempotencyKey", UUID.randomUUID().toString()), frontDesk());

        assertThat(html).contains("No room of the kind this treatment needs is free then at this location. Please pick another free time.",
                "<legend>Tom Haldane</legend>").doesNotContain("IllegalStateException", "TREATMENT_TABLE");
    }

    @Test
    void theRoomAndItsRefusalAreInGermanForAGermanBrowser() throws Exception {
        gateway.json("GET", "/api/v1/appointments", 200, page(
                inRoom(appointment(IN_ROOM, MAYA, "2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z", "BOOKED", "Sam Carter", null, 3),
                        "Raum 2")));

        assertThat(html(get("/frontdesk").param("date", "2026-06-01").header("Accept-Language", "de"), frontDesk()))
                .contains("Raum: Raum 2");
    }

    private RequestPostProcessor frontDesk() {
        return signedIn("FRONT_DESK", Map.of("location_ids", List.of(MANCHESTER)));
    }

    private String html(MockHttpServletRequestBuilder request, RequestPostProcessor person) throws Exception {
        return mvc.perform(request.with(person)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
