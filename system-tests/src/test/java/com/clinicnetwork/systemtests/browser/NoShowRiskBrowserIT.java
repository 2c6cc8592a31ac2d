package com.clinicnetwork.systemtests.browser;

import static com.clinicnetwork.systemtests.browser.WebApp.button;
import static com.clinicnetwork.systemtests.browser.WebApp.heading;
import static com.clinicnetwork.systemtests.browser.WebApp.link;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.systemtests.Gateway;
import com.clinicnetwork.systemtests.SystemUnderTest;
import com.clinicnetwork.systemtests.TestChain;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * No-show risk in two browsers: a client who cancelled late three times books with Maya at Manchester (the demo
 * location's policy flags three late cancellations in a year, the default); the front desk sees the booking marked
 * "Not confirmed" with the reason; the client confirms it on their appointments page; the front desk sees it confirmed.
 */
class NoShowRiskBrowserIT extends BrowserTest {

    private static final String MANCHESTER = "10000000-0000-4000-8000-000000000001";
    private static final String MAYA = "20000000-0000-4000-8000-000000000001";
    private static final String KNEE = "30000000-0000-4000-8000-000000000001";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theFrontDeskSeesWhyABookingIsAtRiskAndTheClientConfirmsThatTheyWillCome() {
        String email = "morgan.vale-" + System.nanoTime() + "@test.example";
        String password = "late again and again " + System.nanoTime();
        WebApp.signUp("Morgan", "Vale", email, password);
        Journey client = journey("no-show-risk-client", Journey.Device.desktop("en-GB"));
        Journey frontDesk = journey("no-show-risk-front-desk", Journey.Device.desktop("en-GB"));
        Page page = client.page();
        WebApp.signIn(client, email, password, WebApp.SignInLabels.ENGLISH);
        assertThat(heading(page, "Complete your profile")).isVisible();
        button(page, "Save and continue").click();
        assertThat(heading(page, "Hello Morgan")).isVisible();

        Gateway admin = SystemUnderTest.admin();
        String clientId = admin.get("/api/v1/clients?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).json()
                .get("items").get(0).get("id").asString();
        cancelLateThreeTimes(admin, clientId);
        OffsetDateTime startsAt = firstFreeTimeWithMaya(admin);
        JsonNode booked = admin.created("/api/v1/appointments", Map.of("clientId", clientId, "therapistId", MAYA,
                "locationId", MANCHESTER, "treatmentId", KNEE, "startsAt", startsAt.toString()));
        assertThat(booked.get("noShowRisk").get("confirmation").asString()).isEqualTo("REQUESTED");
        LocalDate day = startsAt.atZoneSameInstant(LONDON).toLocalDate();

        Page desk = frontDesk.page();
        WebApp.signIn(frontDesk, "frontdesk-manchester", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        desk.getByLabel("Date").fill(day.toString());
        button(desk, "Show").click();
        Locator appointment = desk.locator(".appointment").filter(new Locator.FilterOptions().setHasText("Morgan Vale"));
        assertThat(appointment).containsText("Not confirmed");
        assertThat(appointment).containsText("3 late cancellations in the last 12 months");
        assertThat(desk.getByText(Pattern.compile("at risk of a no-show (is|are) not confirmed yet"))).isVisible();
        frontDesk.screen("front-desk-unconfirmed");

        link(page, "My appointments").first().click();
        assertThat(page.getByText("The clinic asks you to confirm that you will come.")).isVisible();
        client.screen("confirmation-requested");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Confirm I will come: "))).click();
        assertThat(page.getByText("Thank you: we have noted that you will come.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Confirm I will come")))).hasCount(0);
        client.screen("confirmed");

        desk.reload();
        assertThat(appointment).containsText("Confirmed");
        assertThat(appointment).not().containsText("Not confirmed");
        assertThat(appointment).not().containsText("late cancellations");
        frontDesk.screen("front-desk-confirmed");
    }

    /**
     * Three bookings at the tests' own location, each cancelled inside its 24-hour late-cancellation window (the
     * default policy): late cancellations count wherever in the chain they happened.
     */
    private static void cancelLateThreeTimes(Gateway admin, String clientId) {
        TestChain chain = SystemUnderTest.chain();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonNode free = admin.get("/api/v1/availability?locationId=" + chain.locationId + "&treatmentId=" + chain.treatmentId
                + "&from=" + now.plus(Duration.ofHours(3)) + "&to=" + now.plus(Duration.ofHours(23))).json();
        for (int i = 0; i < 3; i++) {
            JsonNode slot = free.get(i);
            String id = admin.created("/api/v1/appointments", Map.of("clientId", clientId,
                    "therapistId", slot.get("therapistId").asString(), "locationId", chain.locationId,
                    "treatmentId", chain.treatmentId, "startsAt", slot.get("startsAt").asString())).get("id").asString();
            Gateway.Response cancelled = admin.post("/api/v1/appointments/" + id + "/cancel", Map.of("reason", "Cannot make it"));
            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(cancelled.json().get("lateCancellation").asBoolean()).isTrue();
        }
    }

    /** Maya's first free hour at Manchester from three days on: the front desk looks at that day. */
    private static OffsetDateTime firstFreeTimeWithMaya(Gateway admin) {
        Instant from = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode free = admin.get("/api/v1/availability?locationId=" + MANCHESTER + "&treatmentId=" + KNEE + "&therapistId=" + MAYA
                + "&from=" + from + "&to=" + from.plus(Duration.ofDays(14))).json();
        assertThat(free.isEmpty()).as("Maya has free times in the next two weeks").isFalse();
        return OffsetDateTime.parse(free.get(0).get("startsAt").asString());
    }
}
