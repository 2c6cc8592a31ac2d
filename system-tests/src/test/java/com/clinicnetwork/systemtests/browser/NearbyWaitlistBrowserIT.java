package com.clinicnetwork.systemtests.browser;

import static com.clinicnetwork.systemtests.browser.WebApp.button;
import static com.clinicnetwork.systemtests.browser.WebApp.heading;
import static com.clinicnetwork.systemtests.browser.WebApp.link;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.systemtests.Gateway;
import com.clinicnetwork.systemtests.Therapists;
import com.clinicnetwork.systemtests.SystemUnderTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Waiting across nearby locations in two browsers: the admin gives a new Didsbury location its coordinates on the
 * location form; a client joins the waitlist for myofascial help at any location within 6 km of Didsbury; when a
 * session at a new Stockport location (about 5 km away) is cancelled, the client sees the slot held for them there,
 * opens the offer and books it.
 */
class NearbyWaitlistBrowserIT extends BrowserTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String SPECIALTY = "MYOFASCIAL_RELEASE";

    @Test
    void aClientWaitingNearAPlaceIsOfferedASlotFreedAtAnotherLocationWithinTheirRadiusAndBooksIt() {
        Gateway admin = SystemUnderTest.admin();
        String suffix = Long.toString(System.nanoTime());
        String didsbury = admin.created("/api/v1/locations", Map.of("name", "Didsbury " + suffix,
                "address", "1 Wilmslow Road, Didsbury M20 5PG", "timeZone", "Europe/London")).get("id").asString();
        String stockportName = "Stockport " + suffix;
        String stockport = admin.created("/api/v1/locations", Map.of("name", stockportName,
                "address", "2 Merseyway, Stockport SK1 1PD", "timeZone", "Europe/London",
                "coordinates", Map.of("latitude", 53.4106, "longitude", -2.1575))).get("id").asString();
        String treatment = admin.created("/api/v1/treatments", Map.of("name", "Myofascial release " + suffix,
                "durationMinutes", 45, "bufferMinutes", 15, "requiredSpecialty", SPECIALTY, "price", 55.00))
                .get("id").asString();
        String therapist = therapistAt(admin, stockport, treatment, suffix);
        // A day of this test's own, so only the session cancelled below fits the client's days.
        LocalDate day = LocalDate.now(LONDON).plusDays(52);

        Journey adminJourney = journey("nearby-waitlist-admin", Journey.Device.desktop("en-GB"));
        Page adminPage = adminJourney.page();
        WebApp.signIn(adminJourney, "admin", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        adminPage.navigate(WebApp.url("/admin/locations/" + didsbury));
        adminPage.getByLabel("Latitude").fill("53.4167");
        adminPage.getByLabel("Longitude").fill("-2.2311");
        adminJourney.screen("location-coordinates");
        button(adminPage, "Save location").click();
        assertThat(adminPage.getByText("The location is saved.")).isVisible();
        assertThat(adminPage.getByLabel("Latitude")).hasValue("53.4167");
        assertThat(admin.get("/api/v1/locations/" + didsbury).json().get("coordinates").get("longitude").asDouble())
                .isEqualTo(-2.2311);
        awaitBookingServiceKnows(admin, didsbury, stockport, treatment, therapist, day);

        String email = "nearby.waiter-" + suffix + "@test.example";
        String password = "near enough " + suffix;
        WebApp.signUp("Nell", "Nearby", email, password);
        Journey client = journey("nearby-waitlist-client", Journey.Device.desktop("en-GB"));
        Page page = client.page();
        WebApp.signIn(client, email, password, WebApp.SignInLabels.ENGLISH);
        button(page, "Save and continue").click();
        link(page, "Waitlist").first().click();
        assertThat(heading(page, "Waitlist")).isVisible();
        page.getByLabel("Location", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Didsbury " + suffix));
        page.getByLabel("At any location near it").check();
        page.getByLabel("What you need help with (at a nearby location)")
                .selectOption(new SelectOption().setLabel("Stiffness and restricted movement (myofascial)"));
        page.getByLabel("How far from it you would travel, in km (1 to 100)").fill("6");
        page.getByLabel("First day you can come").fill(day.toString());
        page.getByLabel("Last day you can come").fill(day.toString());
        page.getByLabel("What should your therapist know? (optional)").fill("Tight shoulders from desk work.");
        client.screen("join-nearby");
        button(page, "Join the waitlist").click();
        assertThat(page.getByText("You are on the waitlist.")).isVisible();
        assertThat(page.getByText("Within 6 km of Didsbury " + suffix)).isVisible();
        client.screen("waiting-nearby");

        OffsetDateTime tenOClock = ZonedDateTime.of(day, LocalTime.of(10, 0), LONDON).toOffsetDateTime();
        String someoneElse = admin.created("/api/v1/clients", Map.of("firstName", "Sol", "lastName", "Other",
                "email", "sol.other-" + suffix + "@test.example", "timeZone", "Europe/London", "locale", "en-GB"))
                .get("id").asString();
        String session = admin.created("/api/v1/appointments", Map.of("clientId", someoneElse, "therapistId", therapist,
                "locationId", stockport, "treatmentId", treatment, "startsAt", tenOClock.toString())).get("id").asString();
        Gateway.Response cancelled = admin.post("/api/v1/appointments/" + session + "/cancel", Map.of("reason", "Moved away"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        page.reload();
        assertThat(page.getByText("At " + stockportName + ".")).isVisible();
        client.screen("offered-nearby");
        link(page, "See the offer").click();
        assertThat(heading(page, "A slot has freed up for you")).isVisible();
        assertThat(page.getByText(stockportName)).isVisible();
        assertThat(page.getByText("Myofascial release " + suffix)).isVisible();
        client.screen("offer");
        button(page, "Book this slot").click();
        assertThat(page.getByText(stockportName).first()).isVisible();
        client.screen("booked");

        String clientId = admin.get("/api/v1/clients?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).json()
                .get("items").get(0).get("id").asString();
        Gateway.Response booked = admin.get("/api/v1/appointments?clientId=" + clientId);
        assertThat(booked.json().get("items")).singleElement().satisfies(appointment -> {
            assertThat(appointment.get("locationId").asString()).isEqualTo(stockport);
            assertThat(OffsetDateTime.parse(appointment.get("startsAt").asString()).toInstant()).isEqualTo(tenOClock.toInstant());
            assertThat(appointment.get("intakeNotes").asString()).isEqualTo("Tight shoulders from desk work.");
        });
    }

    private static String therapistAt(Gateway admin, String locationId, String treatmentId, String suffix) {
        String id = Therapists.workingEveryDay(admin, locationId, Map.of("displayName", "Fran Fascia " + suffix,
                "licenceNumber", "NEAR-" + UUID.randomUUID(), "specialties", List.of(SPECIALTY),
                "locationIds", List.of(locationId), "treatmentIds", List.of(treatmentId),
                "email", "fran.fascia-" + suffix + "@clinic.test"));
        return id;
    }

    /**
     * Until booking-service has the Stockport therapist's hours and Didsbury's new coordinates from the directory's
     * events: the therapist is free that day, and a nearby join around Didsbury is accepted (a probe client's, left at
     * once, whose window is over before the test's day).
     */
    private static void awaitBookingServiceKnows(Gateway admin, String didsbury, String stockport, String treatment,
            String therapist, LocalDate day) {
        String from = URLEncoder.encode(day.atStartOfDay(LONDON).toOffsetDateTime().toString(), StandardCharsets.UTF_8);
        String to = URLEncoder.encode(day.plusDays(1).atStartOfDay(LONDON).toOffsetDateTime().toString(), StandardCharsets.UTF_8);
        String probe = admin.created("/api/v1/clients", Map.of("firstName", "Probe", "lastName", "Client",
                "email", "probe-" + UUID.randomUUID() + "@test.example", "timeZone", "Europe/London", "locale", "en-GB"))
                .get("id").asString();
        OffsetDateTime soon = OffsetDateTime.now().plusDays(1);
        Awaitility.await("booking-service knows Stockport's therapist and Didsbury's coordinates").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Gateway.Response free = admin.get("/api/v1/availability?locationId=" + stockport + "&treatmentId=" + treatment
                            + "&therapistId=" + therapist + "&from=" + from + "&to=" + to);
                    if (free.status() != 200 || free.json().isEmpty()) {
                        return false;
                    }
                    Gateway.Response joined = admin.post("/api/v1/waitlist", Map.of("clientId", probe, "specialty", SPECIALTY,
                            "near", Map.of("locationId", didsbury, "radiusKm", 1),
                            "windowStart", soon.toString(), "windowEnd", soon.plusHours(1).toString()));
                    if (joined.status() != 201) {
                        return false;
                    }
                    assertThat(admin.delete("/api/v1/waitlist/" + joined.json().get("id").asString()).status()).isEqualTo(200);
                    return true;
                });
    }
}
