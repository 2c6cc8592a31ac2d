package com.clinicnetwork.web.frontdesk;

import static com.clinicnetwork.web.staff.ApiJson.LEEDS;
import static com.clinicnetwork.web.staff.ApiJson.MANCHESTER;
import static com.clinicnetwork.web.staff.ApiJson.MAYA;
import static com.clinicnetwork.web.staff.ApiJson.TOM;
import static com.clinicnetwork.web.staff.ApiJson.appointment;
import static com.clinicnetwork.web.staff.ApiJson.atRisk;
import static com.clinicnetwork.web.staff.ApiJson.location;
import static com.clinicnetwork.web.staff.ApiJson.page;
import static com.clinicnetwork.web.staff.ApiJson.problem;
import static com.clinicnetwork.web.staff.ApiJson.therapist;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class FrontDeskDayControllerTest extends StaffScreenTest {

    static final String BOOKED = "50000000-0000-4000-8000-000000000001";
    static final String CHECKED_IN = "50000000-0000-4000-8000-000000000002";

    RequestPostProcessor manchesterDesk() {
        return signedIn("FRONT_DESK", Map.of("location_ids", List.of(MANCHESTER)));
    }

    @BeforeEach
    void aMondayInManchester() {
        gateway.json("GET", "/api/v1/locations", 200, page(location(MANCHESTER, "Manchester Riverside", "Europe/London"),
                location(LEEDS, "Leeds Headingley", "Europe/London")));
        gateway.json("GET", "/api/v1/therapists", 200, page(therapist(MAYA, "Maya Okafor", MANCHESTER),
                therapist(TOM, "Tom Haldane", MANCHESTER)));
        gateway.json("GET", "/api/v1/appointments", 200, page(
                appointment(BOOKED, MAYA, "2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z", "BOOKED", "Sam Carter", null, 3),
                appointment(CHECKED_IN, TOM, "2026-06-01T08:15:00Z", "2026-06-01T09:00:00Z", "CHECKED_IN", null, null, 5)));
    }

    @Test
    void theDayShowsEachTherapistsAppointmentsAtTheLocationsLocalTimeWithClientAndTreatment() throws Exception {
        String html = mvc.perform(get("/frontdesk").param("date", "2026-06-01").with(manchesterDesk())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        StandInServer.Recorded list = gateway.last("GET", "/api/v1/appointments");
        assertThat(param(list, "locationId")).isEqualTo(MANCHESTER);
        assertThat(param(list, "from")).isEqualTo("2026-05-31T23:00:00Z"); // midnight in London, British Summer Time
        assertThat(param(list, "to")).isEqualTo("2026-06-01T23:00:00Z");
        assertThat(list.header("Authorization")).startsWith("Bearer ");
        assertThat(param(gateway.last("GET", "/api/v1/therapists"), "locationId")).isEqualTo(MANCHESTER);

        assertThat(html).contains("Maya Okafor", "Tom Haldane", "Sam Carter", "Knee pain relief massage, 60 min");
        assertThat(html).contains("<time datetime=\"2026-06-01T10:00+01:00\">10:00</time>");
        assertThat(html).contains("rowspan=\"4\""); // the 60-minute session spans four quarter hours
        assertThat(html).contains("Client (name not shown)"); // the API gave no name for the checked-in one
        assertThat(html).contains("Check in: Sam Carter, 10:00");
        assertThat(html).doesNotContain("Leeds Headingley"); // not this desk's location: no picker, nothing of it
    }

    @Test
    void withoutADateTheDeskSeesTodayAsItIsAtTheLocation() throws Exception {
        mvc.perform(get("/frontdesk").with(manchesterDesk())).andExpect(status().isOk());

        StandInServer.Recorded list = gateway.last("GET", "/api/v1/appointments");
        assertThat(param(list, "from")).isEqualTo("2026-03-02T00:00:00Z"); // Greenwich Mean Time in March
        assertThat(param(list, "to")).isEqualTo("2026-03-03T00:00:00Z");
    }

    @Test
    void checkingInSendsTheVersionReadAsIfMatchAndComesBackToTheSameDay() throws Exception {
        gateway.json("POST", "/api/v1/appointments/" + BOOKED + "/check-in", 200,
                appointment(BOOKED, MAYA, "2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z", "CHECKED_IN", null, null, 4));

        mvc.perform(post("/frontdesk/appointments/{id}/check-in", BOOKED).with(manchesterDesk()).with(csrf())
                        .param("version", "3").param("location", MANCHESTER).param("date", "2026-06-01"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/frontdesk?location=" + MANCHESTER + "&date=2026-06-01"))
                .andExpect(flash().attribute("changed", "check-in"));

        assertThat(gateway.last("POST", "/api/v1/appointments/" + BOOKED + "/check-in").header("If-Match"))
                .isEqualTo("\"3\"");
    }

    @Test
    void anUnconfirmedBookingAtRiskIsMarkedWithItsReasonsAndCountedAndAConfirmedOneIsNot() throws Exception {
        String unconfirmed = "50000000-0000-4000-8000-000000000003";
        gateway.json("GET", "/api/v1/appointments", 200, page(
                atRisk(appointment(unconfirmed, MAYA, "2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z", "BOOKED", "Sam Carter", null, 1),
                        "REQUESTED",
                        "{\"code\":\"no-shows\",\"description\":\"2 no-shows in the last 12 months\",\"count\":2,\"withinMonths\":12,\"days\":null}",
                        "{\"code\":\"booked-far-ahead\",\"description\":\"booked 45 days ahead\",\"count\":null,\"withinMonths\":null,\"days\":45}"),
                atRisk(appointment(CHECKED_IN, TOM, "2026-06-01T11:00:00Z", "2026-06-01T12:00:00Z", "BOOKED", "Ann Lee", null, 2),
                        "CONFIRMED",
                        "{\"code\":\"late-cancellations\",\"description\":\"1 late cancellation in the last month\",\"count\":1,\"withinMonths\":1,\"days\":null}")));

        String html = mvc.perform(get("/frontdesk").param("date", "2026-06-01").with(manchesterDesk())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("1 booking at risk of a no-show is not confirmed yet")
                .containsOnlyOnce("<span class=\"badge risk\">Not confirmed</span>")
                .contains("<li>2 no-shows in the last 12 months</li>", "<li>booked 45 days ahead</li>")
                .contains("block status-BOOKED unconfirmed")
                .contains("Confirmed by phone: Sam Carter, 10:00")
                .doesNotContain("Confirmed by phone: Ann Lee")
                .doesNotContain("1 late cancellation");
        assertThat(html).contains("<span class=\"badge\">Confirmed</span>");

        String german = mvc.perform(get("/frontdesk").param("date", "2026-06-01").header("Accept-Language", "de-DE")
                .with(manchesterDesk())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(german).contains("<li>2-mal nicht erschienen in den letzten 12 Monaten</li>", "<li>45 Tage im Voraus gebucht</li>",
                "Nicht bestätigt", "Telefonisch bestätigt: Sam Carter, 10:00");
    }

    @Test
    void theDeskRecordsAConfirmationGivenOnThePhoneWithTheVersionRead() throws Exception {
        gateway.json("POST", "/api/v1/appointments/" + BOOKED + "/confirm", 200,
                appointment(BOOKED, MAYA, "2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z", "BOOKED", null, null, 4));

        mvc.perform(post("/frontdesk/appointments/{id}/confirm", BOOKED).with(manchesterDesk()).with(csrf())
                        .param("version", "3").param("location", MANCHESTER).param("date", "2026-06-01"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/frontdesk?location=" + MANCHESTER + "&date=2026-06-01"))
                .andExpect(flash().attribute("changed", "confirm"));

        assertThat(gateway.last("POST", "/api/v1/appointments/" + BOOKED + "/confirm").header("If-Match")).isEqualTo("\"3\"");
    }

    @Test
    void aNoShowBeforeTheStartIsRefusedByTheApiAndTheDeskIsToldWhenItBecomesPossible() throws Exception {
        gateway.problem("POST", "/api/v1/appointments/" + BOOKED + "/no-show", 409, "session-not-started",
                ",\"currentStatus\":\"BOOKED\",\"transition\":\"no-show\",\"notBefore\":\"2026-06-01T09:00:00Z\"");

        String html = mvc.perform(post("/frontdesk/appointments/{id}/no-show", BOOKED).with(manchesterDesk()).with(csrf())
                        .param("version", "3").param("location", MANCHESTER).param("date", "2026-06-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("A no-show can be recorded only once the appointment has started, at 10:00.");
        assertThat(html).containsOnlyOnce("role=\"alert\"");
    }

    @Test
    void aCheckInTooEarlyOrTooLateIsRefusedByTheApiAndTheDeskIsToldWhenItOpensOrClosed() throws Exception {
        gateway.problem("POST", "/api/v1/appointments/" + BOOKED + "/check-in", 409, "check-in-too-early",
                ",\"currentStatus\":\"BOOKED\",\"transition\":\"check-in\",\"notBefore\":\"2026-06-01T08:30:00Z\"");

        String early = mvc.perform(post("/frontdesk/appointments/{id}/check-in", BOOKED).with(manchesterDesk()).with(csrf())
                        .param("version", "3").param("location", MANCHESTER).param("date", "2026-06-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(early).contains("Check-in opens 30 minutes before the session starts, at 09:30.");

        gateway.problem("POST", "/api/v1/appointments/" + BOOKED + "/check-in", 409, "check-in-too-late",
                ",\"currentStatus\":\"BOOKED\",\"transition\":\"check-in\",\"closedAt\":\"2026-06-01T10:00:00Z\"");

        String late = mvc.perform(post("/frontdesk/appointments/{id}/check-in", BOOKED).with(manchesterDesk()).with(csrf())
                        .param("version", "3").param("location", MANCHESTER).param("date", "2026-06-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(late).contains("Check-in closed when the session ended, at 11:00. A client who did not come is recorded as a no-show.")
                .containsOnlyOnce("role=\"alert\"");
    }

    @Test
    void aStaleVersionIsExplainedAndTheDayShownAsItIsNow() throws Exception {
        gateway.problem("POST", "/api/v1/appointments/" + BOOKED + "/check-in", 412, "stale-version", "");

        String html = mvc.perform(post("/frontdesk/appointments/{id}/check-in", BOOKED).with(manchesterDesk()).with(csrf())
                        .param("version", "2").param("location", MANCHESTER).param("date", "2026-06-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Someone changed this in the meantime.");
    }

    @Test
    void fulfilmentIsNotRecordedAtTheDesk() throws Exception {
        mvc.perform(post("/frontdesk/appointments/{id}/fulfil", BOOKED).with(manchesterDesk()).with(csrf())
                        .param("version", "3").param("location", MANCHESTER).param("date", "2026-06-01"))
                .andExpect(status().isNotFound());
        assertThat(gateway.requests()).noneMatch(request -> request.method().equals("POST"));
    }

    @Test
    void aDeskAtSeveralLocationsPicksOneAndCannotAskForAnotherOne() throws Exception {
        RequestPostProcessor twoLocations = signedIn("FRONT_DESK", Map.of("location_ids", List.of(MANCHESTER, LEEDS)));

        String html = mvc.perform(get("/frontdesk").param("location", LEEDS).param("date", "2026-06-02").with(twoLocations))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<select id=\"location\" name=\"location\">").contains("Manchester Riverside");
        assertThat(param(gateway.last("GET", "/api/v1/appointments"), "locationId")).isEqualTo(LEEDS);

        mvc.perform(get("/frontdesk").param("location", "10000000-0000-4000-8000-000000000003").with(manchesterDesk()))
                .andExpect(status().isOk());
        assertThat(param(gateway.last("GET", "/api/v1/appointments"), "locationId")).isEqualTo(MANCHESTER);
    }

    @Test
    void aDeskWithoutLocationIsToldSoWithoutAskingTheApi() throws Exception {
        String html = mvc.perform(get("/frontdesk").with(signedIn("FRONT_DESK", Map.of())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("not linked to a location");
        assertThat(gateway.requests()).isEmpty();
    }

    @Test
    void theDayIsInGermanForAGermanBrowser() throws Exception {
        String html = mvc.perform(get("/frontdesk").param("date", "2026-06-01").header("Accept-Language", "de-DE").with(manchesterDesk()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Einchecken", "Nicht erschienen", "Montag, 1. Juni 2026");
    }
}
