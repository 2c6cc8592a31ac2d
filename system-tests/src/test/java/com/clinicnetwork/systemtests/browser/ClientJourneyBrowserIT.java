package com.clinicnetwork.systemtests.browser;

import static com.clinicnetwork.systemtests.browser.WebApp.button;
import static com.clinicnetwork.systemtests.browser.WebApp.heading;
import static com.clinicnetwork.systemtests.browser.WebApp.link;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A new person in a real browser: signs up at the identity provider from the web app, signs in, completes their
 * profile, finds a knee specialist, picks a free time in the week, books with intake notes and gets the confirmation
 * email; moves the session, cancels it after reading the late-cancellation rule, and books a course of six sessions
 * every two weeks, which the app shows as one course.
 */
class ClientJourneyBrowserIT extends BrowserTest {

    @Test
    void aNewPersonSignsUpAndBooksReschedulesCancelsAndBooksACourse() {
        String email = "kim.fletcher-" + System.nanoTime() + "@test.example";
        String password = "knees and gardens " + System.nanoTime();
        Journey journey = journey("client-journey", Journey.Device.desktop("en-GB"));
        Page page = journey.page();
        page.navigate(WebApp.url("/"));
        assertThat(heading(page, "Hands-on therapy, booked in a minute")).isVisible();
        journey.screen("welcome");

        link(page, "Create an account").click();
        assertThat(heading(page, "Create an account")).isVisible();
        page.getByLabel("First name").fill("Kim");
        page.getByLabel("Last name").fill("Fletcher");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        journey.screen("sign-up");
        button(page, "Create account").click();
        assertThat(page.getByText("Your account is ready")).isVisible();
        journey.screen("signed-up");

        // Back to the web app, as its start page says, to sign in with the new account.
        WebApp.signIn(journey, email, password, WebApp.SignInLabels.ENGLISH);
        assertThat(heading(page, "Complete your profile")).isVisible();
        assertThat(page.getByLabel("Email")).hasValue(email);
        page.getByLabel("Phone (optional)").fill("+44 7700 900456");
        page.getByLabel("Preferred location").selectOption(new SelectOption().setLabel("Manchester Riverside"));
        journey.screen("profile");
        button(page, "Save and continue").click();
        assertThat(heading(page, "Hello Kim")).isVisible();
        assertThat(page.getByText("Your profile is complete")).isVisible();
        journey.screen("client-home");

        findKneeSpecialist(page);
        journey.screen("find-therapist");
        seeFreeTimesOfMaya(page);
        showNextWeek(page);
        Locator firstSlot = freeTimes(page).first();
        String bookedTime = firstSlot.locator("time").getAttribute("datetime");
        journey.screen("week");
        firstSlot.click();

        assertThat(heading(page, "Book your session")).isVisible();
        page.getByLabel("What hurts?").fill("My right knee aches after kneeling in the garden.");
        page.getByLabel("Since when?").fill("Since the spring");
        page.getByLabel("What would you like to get back to?").fill("Gardening for a whole afternoon.");
        page.getByLabel("Firm").check();
        journey.screen("book");
        button(page, "Book").click();
        assertThat(heading(page, "You are booked")).isVisible();
        assertThat(page.locator("main time").first()).hasAttribute("datetime", bookedTime);
        assertThat(page.getByText("My right knee aches after kneeling in the garden.")).isVisible();
        journey.screen("booked");
        String confirmation = new Mailbox(email).await("the booking confirmation", mail -> mail.startsWith("Booking confirmed: Knee pain relief massage"));
        assertThat(confirmation).contains("Maya Okafor");

        link(page, "My appointments").first().click();
        assertThat(heading(page, "My appointments")).isVisible();
        Locator booked = page.locator("li.card").filter(new Locator.FilterOptions().setHas(page.locator("time[datetime='" + bookedTime + "']")));
        assertThat(booked).containsText("Maya Okafor");
        assertThat(booked).containsText("Booked");
        journey.screen("my-appointments");

        booked.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reschedule")).click();
        assertThat(heading(page, "Pick a new time")).isVisible();
        showNextWeek(page);
        Locator otherSlot = freeTimes(page).nth(1);
        String newTime = otherSlot.locator("time").getAttribute("datetime");
        assertThat(newTime).isNotEqualTo(bookedTime);
        journey.screen("reschedule");
        otherSlot.click();
        assertThat(heading(page, "Move your appointment?")).isVisible();
        journey.screen("reschedule-confirm");
        button(page, "Move it").click();
        assertThat(page.getByText("Your appointment has moved")).isVisible();
        assertThat(page.locator("main dl time").first()).hasAttribute("datetime", newTime);
        journey.screen("rescheduled");

        link(page, "Cancel").click();
        assertThat(heading(page, "Cancel this appointment?")).isVisible();
        assertThat(heading(page, "Cancellation rule of this location")).isVisible();
        assertThat(page.getByText(Pattern.compile("Cancelling less than .* before the start counts as a late cancellation\\."))).isVisible();
        assertThat(page.getByText("Cancelling now is not late.")).isVisible();
        journey.screen("cancel");
        page.getByLabel("I cannot make it").check();
        button(page, "Cancel appointment").click();
        assertThat(page.getByText("Your appointment is cancelled")).isVisible();
        assertThat(page.locator("main dl")).containsText("Cancelled");
        journey.screen("cancelled");

        findKneeSpecialist(page);
        seeFreeTimesOfMaya(page);
        showNextWeek(page);
        Locator lastSlot = freeTimes(page).last();
        String courseStart = lastSlot.locator("time").getAttribute("datetime");
        lastSlot.click();
        assertThat(heading(page, "Book your session")).isVisible();
        page.getByLabel("What hurts?").fill("Both knees after long walks.");
        page.getByLabel("Book a series of sessions at the same time").check();
        page.getByLabel("Every how many weeks (1 to 12)").fill("2");
        page.getByLabel("Number of sessions (2 to 26)").fill("6");
        journey.screen("book-course");
        button(page, "Book").click();
        assertThat(heading(page, "Your course")).isVisible();
        assertThat(page.getByText("Your course is booked.")).isVisible();
        assertThat(page.getByText("6 sessions, every 2 weeks")).isVisible();
        Locator sessions = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Sessions")).locator("li.card");
        assertThat(sessions).hasCount(6);
        assertThat(sessions.first().locator("time")).hasAttribute("datetime", courseStart);
        journey.screen("course");

        link(page, "My appointments").first().click();
        assertThat(page.locator("li.card").filter(new Locator.FilterOptions().setHasText("Part of a course"))).not().hasCount(0);
        journey.screen("my-appointments-with-course");
    }

    private static void findKneeSpecialist(Page page) {
        link(page, "Find a therapist").first().click();
        assertThat(heading(page, "Find a therapist")).isVisible();
        Locator search = page.getByRole(AriaRole.SEARCH);
        search.getByLabel("What do you need help with?").selectOption(new SelectOption().setLabel("Knee pain and knee rehab"));
        search.getByLabel("Location").selectOption(new SelectOption().setLabel("Manchester Riverside"));
        button(page, "Search").click();
        // The results change in place: every therapist shown treats knees once the search has answered.
        assertThat(page.locator("#results li.card").filter(new Locator.FilterOptions().setHasNotText("Knee pain and knee rehab"))).hasCount(0);
        assertThat(therapistCard(page, "Maya Okafor")).isVisible();
    }

    private static void seeFreeTimesOfMaya(Page page) {
        Locator maya = therapistCard(page, "Maya Okafor");
        maya.getByLabel("Treatment").selectOption(new SelectOption().setLabel("Knee pain relief massage, 60 min"));
        maya.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("See free times")).click();
        assertThat(heading(page, "Free times: Knee pain relief massage, 60 min")).isVisible();
    }

    private static Locator therapistCard(Page page, String name) {
        return page.locator("#results li.card").filter(new Locator.FilterOptions().setHas(heading(page, name)));
    }

    /**
     * Moves the week view on and waits until the next week is shown: reading a free time earlier could read it from the
     * week that is still on screen and click another one once the new week has arrived.
     */
    private static void showNextWeek(Page page) {
        Locator week = page.locator(".week").first();
        String shown = week.innerText();
        link(page, "Next week").click();
        assertThat(week).not().hasText(shown);
    }

    /** The free times of the week shown, earliest first: each a link with its time. */
    private static Locator freeTimes(Page page) {
        Locator slots = page.locator(".week .slots a");
        assertThat(slots.first()).isVisible();
        return slots;
    }
}
