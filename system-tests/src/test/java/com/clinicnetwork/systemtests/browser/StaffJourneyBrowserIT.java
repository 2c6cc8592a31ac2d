package com.clinicnetwork.systemtests.browser;

import static com.clinicnetwork.systemtests.browser.WebApp.button;
import static com.clinicnetwork.systemtests.browser.WebApp.heading;
import static com.clinicnetwork.systemtests.browser.WebApp.link;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.systemtests.Gateway;
import com.clinicnetwork.systemtests.SystemUnderTest;
import com.clinicnetwork.systemtests.TestChain;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A course from the clinic's side, in three browsers: a client books a course with intake notes; the front desk at
 * Manchester sees the client's appointment on that day and, trying to check them in days ahead, is told from when
 * check-in is open; the therapist reads the intake notes. The front desk and the therapist are the identity provider's
 * demo accounts ({@code frontdesk-manchester}, {@code maya}), which the test platform seeds; they work in Manchester in
 * the daytime, so the session they see cannot be one starting whenever the suite runs. A follow-up course of the
 * client's at the tests' own clinic starts now instead: its staff check the client in and fulfil the first session
 * through the API at the times the platform allows, and the client answers the aftercare check-in from the link in
 * the email without signing in and, signed in, finds the answer on the course page's chart.
 */
class StaffJourneyBrowserIT extends BrowserTest {

    private static final String INTAKE_NOTES = "My left knee clicks on the stairs and swells after football.";

    @Test
    void frontDeskIsToldWhenCheckInOpensTherapistReadsTheNotesAndTheClientAnswersTheCheckIn() {
        String email = "robin.hale-" + System.nanoTime() + "@test.example";
        String password = "stairs and football " + System.nanoTime();
        WebApp.signUp("Robin", "Hale", email, password);

        Journey client = journey("staff-journey-client", Journey.Device.desktop("en-GB"));
        Journey frontDesk = journey("staff-journey-front-desk", Journey.Device.desktop("en-GB"));
        Journey therapist = journey("staff-journey-therapist", Journey.Device.desktop("en-GB"));
        Journey fromEmail = journey("staff-journey-check-in-link", Journey.Device.phone("en-GB"));
        Page page = client.page();
        WebApp.signIn(client, email, password, WebApp.SignInLabels.ENGLISH);
        assertThat(heading(page, "Complete your profile")).isVisible();
        button(page, "Save and continue").click();
        assertThat(heading(page, "Hello Robin")).isVisible();
        LocalDate day = bookTwoWeeklySessionsWithMaya(client);

        Page desk = frontDesk.page();
        WebApp.signIn(frontDesk, "frontdesk-manchester", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        assertThat(heading(desk, "The day at Manchester Riverside")).isVisible();
        desk.getByLabel("Date").fill(day.toString());
        button(desk, "Show").click();
        Locator checkIn = desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Check in: Robin Hale, ")));
        assertThat(checkIn).isVisible();
        Locator appointment = desk.locator(".appointment").filter(new Locator.FilterOptions().setHasText("Robin Hale"));
        assertThat(appointment).containsText("Knee pain relief massage");
        frontDesk.screen("front-desk-day");
        checkIn.click();
        assertThat(desk.getByText("Check-in opens 30 minutes before the session starts, at ")).isVisible();
        assertThat(appointment).not().containsText("Checked in");
        frontDesk.screen("front-desk-check-in-not-open");

        Page schedule = therapist.page();
        WebApp.signIn(therapist, "maya", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        schedule.getByLabel("Date").fill(day.toString());
        button(schedule, "Show").click();
        Locator session = schedule.locator(".schedule li.card").filter(new Locator.FilterOptions().setHasText("Robin Hale"));
        assertThat(session).containsText(INTAKE_NOTES);
        therapist.screen("therapist-day");

        String course = followUpHeldToday(email);
        String aftercare = new Mailbox(email).await("the aftercare message",
                mail -> mail.startsWith("Your home-care plan after Trigger point follow-up"));
        String checkInLink = Mailbox.link(aftercare, SystemUnderTest.platform().webAppUrl() + "/check-in/");
        Page link = fromEmail.page();
        link.navigate(checkInLink);
        assertThat(heading(link, "How are you feeling?")).isVisible();
        assertThat(link.getByText("with System Therapist 3")).isVisible();
        link.getByLabel("3", new Page.GetByLabelOptions().setExact(true)).check();
        link.getByLabel("Anything to tell your therapist? (optional)").fill("Stairs are easier already.");
        fromEmail.screen("check-in-from-email");
        button(link, "Send").click();
        assertThat(link.getByText("Thank you! Your therapist will see your answer.")).isVisible();
        assertThat(link.getByText("Your answer: 3 out of 10.")).isVisible();
        fromEmail.screen("check-in-answered");

        page.navigate(WebApp.url("/client/courses/" + course));
        assertThat(heading(page, "Your course")).isVisible();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Check-in scores per session"))).isVisible();
        Locator answers = page.locator("table").filter(new Locator.FilterOptions().setHasText("Score (0 to 10)"));
        assertThat(answers.locator("tbody tr")).hasCount(1);
        assertThat(answers.locator("tbody tr").first()).containsText("3");
        assertThat(answers.locator("tbody tr").first()).containsText("Stairs are easier already.");
        client.screen("course-chart");
    }

    /**
     * Books the client a follow-up course at the tests' own clinic whose first session starts now; its front desk checks
     * them in at once and its therapist fulfils the session once it has started, as their screens would.
     *
     * @return the course's id
     */
    private static String followUpHeldToday(String email) {
        Gateway admin = SystemUnderTest.admin();
        TestChain chain = SystemUnderTest.chain();
        String therapistId = chain.therapistIds.get(3);
        String clientId = admin.get("/api/v1/clients?q=" + email).json().get("items").get(0).get("id").asString();
        Map<String, Object> request = new HashMap<>(chain.startingNow(clientId, therapistId));
        Object firstStartsAt = request.remove("startsAt");
        request.putAll(Map.of("firstStartsAt", firstStartsAt, "intervalWeeks", 12, "occurrences", 2));
        JsonNode course = admin.created("/api/v1/appointment-series", request);
        String session = course.get("appointments").get(0).get("id").asString();

        UUID location = UUID.fromString(chain.locationId);
        Gateway desk = SystemUnderTest.gatewayAs(TokenClaims.frontDesk("staff-journey-desk", List.of(location)));
        assertThat(desk.post("/api/v1/appointments/" + session + "/check-in", Map.of()).status()).isEqualTo(200);
        OffsetDateTime start = OffsetDateTime.parse(firstStartsAt.toString());
        Awaitility.await("the session's start").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> OffsetDateTime.now().isAfter(start));
        Gateway therapist = SystemUnderTest.gatewayAs(TokenClaims.therapist("staff-journey-therapist", UUID.fromString(therapistId),
                List.of(location)));
        assertThat(therapist.post("/api/v1/appointments/" + session + "/fulfil", Map.of()).status()).isEqualTo(200);
        return course.get("id").asString();
    }

    /** Books two sessions a week apart from next week's first free time; answers the day of the first. */
    private static LocalDate bookTwoWeeklySessionsWithMaya(Journey client) {
        Page page = client.page();
        link(page, "Find a therapist").first().click();
        Locator search = page.getByRole(AriaRole.SEARCH);
        search.getByLabel("What do you need help with?").selectOption(new SelectOption().setLabel("Knee pain and knee rehab"));
        search.getByLabel("Location").selectOption(new SelectOption().setLabel("Manchester Riverside"));
        button(page, "Search").click();
        // The results change in place: every therapist shown treats knees once the search has answered.
        assertThat(page.locator("#results li.card").filter(new Locator.FilterOptions().setHasNotText("Knee pain and knee rehab"))).hasCount(0);
        Locator maya = page.locator("#results li.card").filter(new Locator.FilterOptions().setHasText("Maya Okafor"));
        maya.getByLabel("Treatment").selectOption(new SelectOption().setLabel("Knee pain relief massage, 60 min"));
        maya.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("See free times")).click();
        link(page, "Next week").click();
        page.locator(".week .slots a").first().click();
        assertThat(heading(page, "Book your session")).isVisible();
        page.getByLabel("What hurts?").fill(INTAKE_NOTES);
        page.getByLabel("Book a series of sessions at the same time").check();
        page.getByLabel("Every how many weeks (1 to 12)").fill("1");
        page.getByLabel("Number of sessions (2 to 26)").fill("2");
        button(page, "Book").click();
        assertThat(heading(page, "Your course")).isVisible();
        String first = page.locator("main ol li.card time").first().getAttribute("datetime");
        client.screen("course-booked");
        return OffsetDateTime.parse(first).toLocalDate();
    }
}
