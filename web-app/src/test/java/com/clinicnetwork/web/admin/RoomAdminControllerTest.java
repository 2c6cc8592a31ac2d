package com.clinicnetwork.web.admin;

import static com.clinicnetwork.web.staff.ApiJson.MANCHESTER;
import static com.clinicnetwork.web.staff.ApiJson.location;
import static com.clinicnetwork.web.staff.ApiJson.page;
import static com.clinicnetwork.web.staff.ApiJson.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.StandInServer;
import com.clinicnetwork.web.staff.StaffScreenTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class RoomAdminControllerTest extends StaffScreenTest {

    static final String ROOMS = "/api/v1/locations/" + MANCHESTER + "/rooms";
    static final String ROOM_1 = "70000000-0000-4000-8000-000000000011";
    static final String GYM = "70000000-0000-4000-8000-000000000014";

    RequestPostProcessor admin() {
        return signedIn("CLINIC_ADMIN", Map.of());
    }

    @BeforeEach
    void manchesterWithATableAndAnInactiveGym() {
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER, 200, location(MANCHESTER, "Manchester Riverside", "Europe/London"));
        gateway.json("GET", ROOMS, 200, page(room(ROOM_1, MANCHESTER, "Room 1", "TREATMENT_TABLE", true, 3),
                room(GYM, MANCHESTER, "Rehab gym", "GYM_AREA", false, 5)));
    }

    @Test
    void theLocationsRoomsAreListedWithTheirKindAndWhetherTheyTakeBookings() throws Exception {
        String html = html(get("/admin/locations/" + MANCHESTER + "/rooms"));

        assertThat(html).contains("Rooms at Manchester Riverside")
                .containsSubsequence("Room 1", "Treatment table", "Yes", "Take Room 1 out of booking",
                        "Rehab gym", "Gym area", "No", "Rehab gym: take bookings again")
                .contains("href=\"/admin/locations/" + MANCHESTER + "/rooms/" + ROOM_1 + "\"", "Add a room");
        assertThat(gateway.last("GET", ROOMS).header("Authorization")).startsWith("Bearer ");
    }

    @Test
    void theLocationsPageLinksToItsRooms() throws Exception {
        gateway.problem("GET", "/api/v1/locations/" + MANCHESTER + "/booking-policy", 404, "not-found", "");

        assertThat(html(get("/admin/locations/" + MANCHESTER)))
                .contains("href=\"/admin/locations/" + MANCHESTER + "/rooms\"", "Rooms: treatment tables and gym areas");
    }

    @Test
    void aRoomIsAddedWithItsKindAndTheFormsIdempotencyKey() throws Exception {
        gateway.json("POST", ROOMS, 201, room("70000000-0000-4000-8000-000000000015", MANCHESTER, "Room 5", "GYM_AREA", true, 1));
        UUID key = UUID.randomUUID();

        mvc.perform(post("/admin/locations/" + MANCHESTER + "/rooms").with(csrf()).with(admin())
                        .param("idempotencyKey", key.toString()).param("name", "  Room 5 ").param("kind", "GYM_AREA"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/locations/" + MANCHESTER + "/rooms"))
                .andExpect(flash().attribute("added", "Room 5"));

        StandInServer.Recorded sent = gateway.last("POST", ROOMS);
        assertThat(sent.header("Idempotency-Key")).isEqualTo(key.toString());
        assertThat(sent.body()).isEqualTo("{\"name\":\"Room 5\",\"kind\":\"GYM_AREA\",\"active\":true}");
    }

    @Test
    void aNameTheLocationAlreadyHasIsMarkedOnTheNameFieldAndKeptForCorrection() throws Exception {
        gateway.problem("POST", ROOMS, 409, "conflict", "");

        UUID key = UUID.randomUUID();

        String html = html(post("/admin/locations/" + MANCHESTER + "/rooms").with(csrf())
                .param("idempotencyKey", key.toString()).param("name", "room 1").param("kind", "TREATMENT_TABLE"));

        assertThat(html).contains("id=\"name-error\"", "The location already has a room of this name.", "value=\"room 1\"")
                .contains("name=\"idempotencyKey\"").doesNotContain("IllegalStateException", key.toString());
    }

    @Test
    void aRoomWithoutNameOrKindIsRefusedOnTheFormAndNothingIsSent() throws Exception {
        String html = html(post("/admin/locations/" + MANCHESTER + "/rooms").with(csrf())
                .param("idempotencyKey", UUID.randomUUID().toString()).param("name", " ").param("kind", ""));

        assertThat(html).contains("id=\"name-error\"", "id=\"kind-error\"");
        assertThat(sent("POST", ROOMS)).isFalse();
    }

    @Test
    void aRoomIsRenamedAndTakenOutOfBookingWithTheVersionShownAsIfMatch() throws Exception {
        gateway.json("GET", ROOMS + "/" + ROOM_1, 200, room(ROOM_1, MANCHESTER, "Room 1", "TREATMENT_TABLE", true, 3));
        gateway.json("PUT", ROOMS + "/" + ROOM_1, 200, room(ROOM_1, MANCHESTER, "Table by the window", "TREATMENT_TABLE", false, 4));

        String form = html(get("/admin/locations/" + MANCHESTER + "/rooms/" + ROOM_1));
        assertThat(form).contains("Room 1 at Manchester Riverside", "value=\"Room 1\"", "name=\"version\" value=\"3\"",
                        "aria-describedby=\"kind-hint\"", "A changed kind applies to new bookings")
                .containsPattern("<option value=\"TREATMENT_TABLE\" selected=\"selected\">Treatment table</option>");

        mvc.perform(post("/admin/locations/" + MANCHESTER + "/rooms/" + ROOM_1).with(csrf()).with(admin())
                        .param("version", "3").param("name", "Table by the window").param("kind", "TREATMENT_TABLE")
                        .param("_active", "on"))
                .andExpect(redirectedUrl("/admin/locations/" + MANCHESTER + "/rooms"))
                .andExpect(flash().attribute("saved", "room"));

        StandInServer.Recorded sent = gateway.last("PUT", ROOMS + "/" + ROOM_1);
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).isEqualTo("{\"name\":\"Table by the window\",\"kind\":\"TREATMENT_TABLE\",\"active\":false}");
    }

    @Test
    void aRoomChangedMeanwhileIsShownAgainAsItIsNowWithAWarning() throws Exception {
        gateway.problem("PUT", ROOMS + "/" + ROOM_1, 412, "precondition-failed", "");

        mvc.perform(post("/admin/locations/" + MANCHESTER + "/rooms/" + ROOM_1).with(csrf()).with(admin())
                        .param("version", "2").param("name", "Room 1").param("kind", "GYM_AREA").param("active", "true"))
                .andExpect(redirectedUrl("/admin/locations/" + MANCHESTER + "/rooms/" + ROOM_1))
                .andExpect(flash().attribute("stale", "room"));
    }

    @Test
    void takingARoomOutOfBookingFromTheListKeepsItsNameAndKindAndSendsTheListedVersion() throws Exception {
        gateway.json("GET", ROOMS + "/" + ROOM_1, 200, room(ROOM_1, MANCHESTER, "Room 1", "TREATMENT_TABLE", true, 3));
        gateway.json("PUT", ROOMS + "/" + ROOM_1, 200, room(ROOM_1, MANCHESTER, "Room 1", "TREATMENT_TABLE", false, 4));

        mvc.perform(post("/admin/locations/" + MANCHESTER + "/rooms/" + ROOM_1 + "/active").with(csrf()).with(admin())
                        .param("version", "3").param("active", "false"))
                .andExpect(redirectedUrl("/admin/locations/" + MANCHESTER + "/rooms"))
                .andExpect(flash().attribute("saved", "room-inactive"));

        StandInServer.Recorded sent = gateway.last("PUT", ROOMS + "/" + ROOM_1);
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).isEqualTo("{\"name\":\"Room 1\",\"kind\":\"TREATMENT_TABLE\",\"active\":false}");
        assertThat(html(get("/admin/locations/" + MANCHESTER + "/rooms").flashAttr("saved", "room-inactive")
                .flashAttr("roomName", "Room 1")))
                .contains("“Room 1” takes no new bookings. Sessions already booked into it keep it.");
    }

    @Test
    void theRoomsPagesAreTheAdminsOnly() throws Exception {
        mvc.perform(get("/admin/locations/" + MANCHESTER + "/rooms").with(signedIn("FRONT_DESK", Map.of("location_ids", List.of(MANCHESTER)))))
                .andExpect(status().isForbidden());
        assertThat(sent("GET", ROOMS)).isFalse();
    }

    @Test
    void theRoomsAreInGermanForAGermanBrowser() throws Exception {
        assertThat(html(get("/admin/locations/" + MANCHESTER + "/rooms").header("Accept-Language", "de")))
                .contains("Räume: Manchester Riverside", "Behandlungsliege", "Trainingsfläche", "Einen Raum hinzufügen");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
