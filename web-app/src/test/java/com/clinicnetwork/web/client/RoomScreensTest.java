package com.clinicnetwork.web.client;

import static com.clinicnetwork.web.DemoDirectory.KNEE;
import static com.clinicnetwork.web.DemoDirectory.MANCHESTER;
import static com.clinicnetwork.web.DemoDirectory.MAYA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.clinicnetwork.web.DemoDirectory;
import com.clinicnetwork.web.SignedIn;
import com.clinicnetwork.web.WebAppTestBase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The client sees the room their session is in, and is told in plain words when no room is free for a time they chose:
 * booking one session or a course, rescheduling, accepting a waitlist offer ({@code room-taken}, never the API's wording).
 */
class RoomScreensTest extends WebAppTestBase {

    private static final String ID = "50000000-0000-4000-8000-000000000001";
    private static final String OFFER = "71000000-0000-4000-8000-000000000001";
    private static final String ROOM_TAKEN = "Every room this treatment needs is booked at that time. Please pick another time.";
    private static final String ROOM_TAKEN_MEMBERS = ",\"roomKind\":\"TREATMENT_TABLE\",\"requestedSlot\":{\"startsAt\":\"2026-03-03T09:00:00Z\"}";

    @BeforeEach
    void directoryAndClient() {
        DemoDirectory.serve(gateway);
        gateway.json("GET", "/api/v1/clients/me", 200, SignedIn.SAM_PROFILE);
    }

    @Test
    void theClientSeesTheRoomInTheirListOnTheAppointmentsPageAndOnTheConfirmation() throws Exception {
        String inRoom = inRoom(BookingScreensTest.appointment("BOOKED"), "Room 2");
        gateway.json("GET", "/api/v1/appointments", 200, DemoDirectory.page(inRoom, 1));
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, inRoom, Map.of("ETag", "\"1\""));
        gateway.json("GET", "/api/v1/locations/" + MANCHESTER + "/booking-policy", 200, """
                {"locationId":"%s","minimumNoticeMinutes":120,"bookingHorizonDays":90,"slotIntervalMinutes":15,
                 "lateCancellationWindowMinutes":1440,"isDefault":true,"version":0}""".formatted(MANCHESTER));

        assertThat(page(get("/client/appointments"))).containsSubsequence("Maya Okafor", "Manchester Riverside", "Room: Room 2");
        assertThat(page(get("/client/appointments/" + ID))).containsSubsequence("<dt>Room</dt>", "<dd>Room 2</dd>");
        assertThat(page(get("/client/book/confirmation/" + ID))).containsSubsequence("You are booked", "<dt>Room</dt>", "<dd>Room 2</dd>");
    }

    @Test
    void aSessionThatNeedsNoRoomShowsNone() throws Exception {
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, BookingScreensTest.appointment("BOOKED"), Map.of("ETag", "\"1\""));

        assertThat(page(get("/client/book/confirmation/" + ID))).doesNotContain("<dt>Room</dt>");
    }

    @Test
    void noRoomFreeForABookingIsExplainedNextToTheFormWithTheAnswersKept() throws Exception {
        gateway.problem("POST", "/api/v1/appointments", 409, "room-taken", ROOM_TAKEN_MEMBERS);

        String html = page(bookingForm());

        assertThat(html).contains(ROOM_TAKEN, "role=\"alert\"", ">Left knee</textarea>")
                .doesNotContain("IllegalStateException", "TREATMENT_TABLE");
    }

    @Test
    void aCourseNamesTheDatesWithoutAFreeRoom() throws Exception {
        gateway.problem("POST", "/api/v1/appointment-series", 409, "series-unavailable", """
                ,"unavailable":[{"startsAt":"2026-03-17T09:00:00Z","reason":"room-taken","detail":"x","alternatives":[]},
                {"startsAt":"2026-03-31T09:00:00Z","reason":"slot-taken","detail":"x","alternatives":[]}]""");

        String html = page(bookingForm().param("course", "true").param("intervalWeeks", "2").param("occurrences", "3"));

        assertThat(html).containsSubsequence("Tuesday, 17 March 2026", "no room free for this treatment",
                "Tuesday, 31 March 2026", "already taken");
    }

    @Test
    void noRoomFreeAtTheNewTimeOfARescheduleIsExplained() throws Exception {
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, BookingScreensTest.appointment("BOOKED"), Map.of("ETag", "\"1\""));
        gateway.problem("POST", "/api/v1/appointments/" + ID + "/reschedule", 409, "room-taken", ROOM_TAKEN_MEMBERS);

        String html = page(post("/client/appointments/" + ID + "/reschedule").with(csrf())
                .param("startsAt", "2026-03-04T09:00:00Z").param("etag", "\"1\""));

        assertThat(html).contains(ROOM_TAKEN).doesNotContain("TREATMENT_TABLE");
    }

    @Test
    void noRoomFreeWhenAcceptingAWaitlistOfferIsExplainedOnTheOfferPage() throws Exception {
        gateway.json("GET", "/api/v1/waitlist", 200, DemoDirectory.page("""
                {"id":"70000000-0000-4000-8000-000000000001","clientId":"%s","locationId":"%s","treatmentId":"%s","therapistId":null,
                 "windowStart":"2026-03-02T00:00:00Z","windowEnd":"2026-03-16T00:00:00Z","status":"WAITING",
                 "offer":{"id":"%s","therapistId":"%s","startsAt":"2026-03-04T10:30:00Z","endsAt":"2026-03-04T11:30:00Z",
                          "holdUntil":"2026-03-02T10:30:00Z","status":"OFFERED"}}"""
                .formatted(SignedIn.SAM_ID, MANCHESTER, KNEE, OFFER, MAYA), 1));
        gateway.problem("POST", "/api/v1/waitlist/offers/" + OFFER + "/accept", 409, "room-taken", ROOM_TAKEN_MEMBERS);

        String html = page(post("/waitlist/offers/" + OFFER + "/accept").with(csrf()));

        assertThat(html).contains("A slot has freed up for you", ROOM_TAKEN);
    }

    @Test
    void theRoomAndItsRefusalAreInGerman() throws Exception {
        gateway.json("GET", "/api/v1/appointments/" + ID, 200, inRoom(BookingScreensTest.appointment("BOOKED"), "Raum 2"),
                Map.of("ETag", "\"1\""));
        gateway.problem("POST", "/api/v1/appointments", 409, "room-taken", ROOM_TAKEN_MEMBERS);

        assertThat(page(get("/client/book/confirmation/" + ID).header("Accept-Language", "de")))
                .containsSubsequence("<dt>Raum</dt>", "<dd>Raum 2</dd>");
        assertThat(page(bookingForm().header("Accept-Language", "de")))
                .contains("Zu dieser Zeit ist jeder Raum belegt, den diese Behandlung braucht.");
    }

    private static MockHttpServletRequestBuilder bookingForm() {
        return post("/client/book").with(csrf())
                .param("therapistId", MAYA).param("locationId", MANCHESTER).param("treatmentId", KNEE)
                .param("startsAt", "2026-03-03T09:00:00Z").param("idempotencyKey", "6a0c1a52-7d38-4b8e-9a3e-1a1b2c3d4e5f")
                .param("whatHurts", "Left knee");
    }

    private static String inRoom(String appointment, String roomName) {
        return appointment.substring(0, appointment.lastIndexOf('}'))
                + ",\"roomId\":\"70000000-0000-4000-8000-000000000012\",\"roomName\":\"" + roomName + "\"}";
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedIn.sam())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
