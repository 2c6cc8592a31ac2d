package com.clinicnetwork.systemtests.browser;

import static com.clinicnetwork.systemtests.browser.WebApp.button;
import static com.clinicnetwork.systemtests.browser.WebApp.heading;
import static com.clinicnetwork.systemtests.browser.WebApp.link;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.systemtests.Gateway;
import com.clinicnetwork.systemtests.Therapists;
import com.clinicnetwork.systemtests.SystemUnderTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Rooms in two browsers, at a new location of the test's own with two therapists and a treatment that needs no room
 * yet: the admin adds the location's only treatment table and says the treatment needs one; a client books and sees
 * the table named on the confirmation and among their appointments; then, while the client fills in the form for
 * another time with the other therapist, someone else is booked into the table then, and the client is told plainly
 * that no room is free, although their therapist is. And staff at the demo chain's Manchester see a session's room on
 * their days.
 */
class RoomsBrowserIT extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY_HEADING = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);
    private static final String TABLE = "Table 1";
    private static final String MANCHESTER = "10000000-0000-4000-8000-000000000001";
    private static final String MAYA = "20000000-0000-4000-8000-000000000001";
    private static final String KNEE = "30000000-0000-4000-8000-000000000001";

    private final Gateway admin = SystemUnderTest.admin();
    private final String suffix = Long.toString(System.nanoTime(), 36);
    /** A day a week on: within the default booking horizon, far from the other browser tests' days at other locations. */
    private final LocalDate day = LocalDate.now(LONDON).plusDays(7);

    @Test
    void theAdminAddsARoomAClientBooksIntoItAndIsToldWhenNoRoomIsFree() {
        String locationId = admin.created("/api/v1/locations", Map.of("name", "Rooms Clinic " + suffix,
                "address", "5 Table Street, Leeds LS2 7AA", "timeZone", LONDON.getId())).get("id").asString();
        String treatmentName = "Table massage " + suffix;
        String treatmentId = admin.created("/api/v1/treatments", Map.of("name", treatmentName, "durationMinutes", 45,
                "bufferMinutes", 0, "requiredSpecialty", "DEEP_TISSUE", "price", 50.00)).get("id").asString();
        String therapistA = therapist("Rowan Table " + suffix, locationId, treatmentId);
        String therapistB = therapist("Sasha Table " + suffix, locationId, treatmentId);

        Journey adminJourney = journey("rooms-admin", Journey.Device.desktop("en-GB"));
        Page adminPage = adminJourney.page();
        WebApp.signIn(adminJourney, "admin", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        assertThat(heading(adminPage, "Clinic directory")).isVisible();
        adminPage.navigate(WebApp.url("/admin/locations/" + locationId));
        link(adminPage, "Rooms: treatment tables and gym areas").click();
        assertThat(heading(adminPage, "Rooms at Rooms Clinic " + suffix)).isVisible();
        assertThat(adminPage.getByText("No rooms yet.")).isVisible();
        adminPage.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(TABLE);
        adminPage.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Treatment table"));
        button(adminPage, "Add room").click();
        assertThat(adminPage.getByText("“" + TABLE + "” is added.")).isVisible();
        Locator tableRow = adminPage.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(TABLE));
        assertThat(tableRow).containsText("Treatment table");
        assertThat(button(adminPage, "Take " + TABLE + " out of booking")).isVisible();
        adminJourney.screen("room-added");
        link(adminPage, TABLE).click();
        assertThat(heading(adminPage, TABLE + " at Rooms Clinic " + suffix)).isVisible();
        assertThat(adminPage.getByLabel("Takes bookings")).isChecked();
        adminJourney.screen("room");
        link(adminPage, "All rooms of the location").click();

        link(adminPage, "Treatments").first().click();
        assertThat(adminPage.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(treatmentName)))
                .containsText("No room needed");
        adminJourney.screen("treatments");
        link(adminPage, treatmentName).click();
        adminPage.getByLabel("Room needed").selectOption(new SelectOption().setLabel("Treatment table"));
        adminJourney.screen("treatment-needs-a-table");
        button(adminPage, "Save treatment").click();
        assertThat(adminPage.getByText("The treatment is saved.")).isVisible();
        assertThat(adminPage.getByLabel("Room needed")).hasValue("TREATMENT_TABLE");

        OffsetDateTime tenOClock = at(LocalTime.of(10, 0));
        OffsetDateTime twoOClock = at(LocalTime.of(14, 0));
        awaitBookingIntoTheTable(locationId, treatmentId, therapistA);
        awaitOffered(locationId, treatmentId, therapistA, tenOClock);
        awaitOffered(locationId, treatmentId, therapistB, twoOClock);

        String email = "robin.room-" + suffix + "@test.example";
        String password = "a table for me " + suffix;
        WebApp.signUp("Robin", "Room", email, password);
        Journey client = journey("rooms-client", Journey.Device.desktop("en-GB"));
        Page page = client.page();
        WebApp.signIn(client, email, password, WebApp.SignInLabels.ENGLISH);
        assertThat(heading(page, "Complete your profile")).isVisible();
        button(page, "Save and continue").click();
        assertThat(heading(page, "Hello Robin")).isVisible();

        pickTime(page, locationId, treatmentId, therapistA, "10:00");
        page.getByLabel("What hurts?").fill("Tight lower back after long drives.");
        button(page, "Book").click();
        assertThat(heading(page, "You are booked")).isVisible();
        Locator facts = page.locator("dl.facts");
        assertThat(facts).containsText("Room");
        assertThat(facts).containsText(TABLE);
        client.screen("booked-into-the-table");
        link(page, "My appointments").first().click();
        assertThat(page.locator("li.card").filter(new Locator.FilterOptions().setHasText(treatmentName)))
                .containsText("Room: " + TABLE);
        client.screen("appointments-with-room");

        pickTime(page, locationId, treatmentId, therapistB, "14:00");
        assertThat(heading(page, "Book your session")).isVisible();
        String someoneElse = newClient();
        Gateway.Response taken = admin.post("/api/v1/appointments", Map.of("clientId", someoneElse, "therapistId", therapistA,
                "locationId", locationId, "treatmentId", treatmentId, "startsAt", twoOClock.toString()));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        button(page, "Book").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(
                "Every room this treatment needs is booked at that time. Please pick another time.");
        assertThat(heading(page, "Book your session")).isVisible();
        client.screen("no-room-free");
    }

    /**
     * At the demo chain's Manchester, where every treatment needs a table: a session booked with Maya is shown with its
     * room on the front desk's day and on Maya's own day.
     */
    @Test
    void theFrontDeskAndTheTherapistSeeWhichRoomASessionIsIn() {
        OffsetDateTime startsAt = firstFreeTimeWithMaya();
        String id = admin.created("/api/v1/appointments", Map.of("clientId", newClient(), "therapistId", MAYA,
                "locationId", MANCHESTER, "treatmentId", KNEE, "startsAt", startsAt.toString())).get("id").asString();
        String room = admin.get("/api/v1/appointments/" + id).json().get("roomName").asString();
        assertThat(room).as("the demo's tables are named Room 1 to 3").matches("Room [123]");
        LocalDate sessionDay = startsAt.atZoneSameInstant(LONDON).toLocalDate();

        Journey frontDesk = journey("rooms-front-desk", Journey.Device.desktop("en-GB"));
        Page desk = frontDesk.page();
        WebApp.signIn(frontDesk, "frontdesk-manchester", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        desk.getByLabel("Date").fill(sessionDay.toString());
        button(desk, "Show").click();
        assertThat(desk.locator("#appointment-" + id)).containsText("Room: " + room);
        frontDesk.screen("front-desk-day");

        Journey therapist = journey("rooms-therapist", Journey.Device.desktop("en-GB"));
        Page maya = therapist.page();
        WebApp.signIn(therapist, "maya", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        maya.navigate(WebApp.url("/therapist?date=" + sessionDay));
        Locator session = maya.locator("#appointment-" + id);
        assertThat(session).containsText("Room");
        assertThat(session.locator("dd").filter(new Locator.FilterOptions().setHasText(room))).isVisible();
        therapist.screen("therapist-day");
    }

    /** Maya's first free hour at Manchester from four days on. */
    private OffsetDateTime firstFreeTimeWithMaya() {
        Instant from = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode free = admin.get("/api/v1/availability?locationId=" + MANCHESTER + "&treatmentId=" + KNEE + "&therapistId=" + MAYA
                + "&from=" + from + "&to=" + from.plus(Duration.ofDays(14))).json();
        assertThat(free.isEmpty()).as("Maya has free times in the next two weeks").isFalse();
        return OffsetDateTime.parse(free.get(0).get("startsAt").asString());
    }

    /** The week of the day with one therapist's free times, and the time on that day. */
    private void pickTime(Page page, String locationId, String treatmentId, String therapistId, String time) {
        page.navigate(WebApp.url("/client/book?locationId=" + locationId + "&treatmentId=" + treatmentId + "&therapistId="
                + therapistId + "&week=" + day));
        Locator dayCard = page.locator(".week .day").filter(new Locator.FilterOptions().setHasText(DAY_HEADING.format(day)));
        dayCard.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(time).setExact(true)).click();
        assertThat(heading(page, "Book your session")).isVisible();
    }

    /**
     * booking-service hears of the table and of the treatment's room kind from the directory's events: once a probe
     * booking (the next day, not shown to anyone) gets a room, it does; a probe booked before that is cancelled.
     */
    private void awaitBookingIntoTheTable(String locationId, String treatmentId, String therapistId) {
        String probe = newClient();
        String startsAt = ZonedDateTime.of(day.plusDays(1), LocalTime.of(8, 0), LONDON).toOffsetDateTime().toString();
        Awaitility.await("booking-service books the treatment into the table").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    Gateway.Response booked = admin.post("/api/v1/appointments", Map.of("clientId", probe,
                            "therapistId", therapistId, "locationId", locationId, "treatmentId", treatmentId, "startsAt", startsAt));
                    if (booked.status() != 201) {
                        return false;
                    }
                    if (booked.json().hasNonNull("roomId")) {
                        return true;
                    }
                    admin.post("/api/v1/appointments/" + booked.json().get("id").asString() + "/cancel", Map.of("reason", "Probe"));
                    return false;
                });
    }

    private void awaitOffered(String locationId, String treatmentId, String therapistId, OffsetDateTime start) {
        String from = URLEncoder.encode(start.minusHours(1).toString(), StandardCharsets.UTF_8);
        String to = URLEncoder.encode(start.plusHours(1).toString(), StandardCharsets.UTF_8);
        Awaitility.await("the therapist is offered at " + start).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    Gateway.Response free = admin.get("/api/v1/availability?locationId=" + locationId + "&treatmentId="
                            + treatmentId + "&therapistId=" + therapistId + "&from=" + from + "&to=" + to);
                    if (free.status() != 200) {
                        return false;
                    }
                    List<OffsetDateTime> starts = new ArrayList<>();
                    free.json().forEach(slot -> starts.add(OffsetDateTime.parse(slot.get("startsAt").asString())));
                    return starts.stream().anyMatch(offered -> offered.isEqual(start));
                });
    }

    private String therapist(String name, String locationId, String treatmentId) {
        String id = Therapists.workingEveryDay(admin, locationId, Map.of("displayName", name, "licenceNumber", "ROOMS-" + UUID.randomUUID(),
                "specialties", List.of("DEEP_TISSUE"), "locationIds", List.of(locationId), "treatmentIds", List.of(treatmentId)));
        return id;
    }

    private String newClient() {
        return admin.created("/api/v1/clients", Map.of("firstName", "Tess", "lastName", "Elsewhere" + suffix,
                "email", "elsewhere-" + UUID.randomUUID() + "@test.example", "phone", "+44 7700 900456",
                "timeZone", LONDON.getId(), "locale", "en-GB")).get("id").asString();
    }

    private OffsetDateTime at(LocalTime time) {
        return ZonedDateTime.of(day, time, LONDON).toOffsetDateTime();
    }
}
