package com.clinicnetwork.systemtests.browser;

import static com.clinicnetwork.systemtests.browser.WebApp.button;
import static com.clinicnetwork.systemtests.browser.WebApp.heading;
import static com.clinicnetwork.systemtests.browser.WebApp.link;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.systemtests.Gateway;
import com.clinicnetwork.systemtests.SystemUnderTest;
import com.clinicnetwork.systemtests.TestChain;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.HttpHeader;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the web app lets through to a browser, on a phone: another client's appointment or course is a not-found page,
 * never their data; and no access or refresh token ever reaches the browser, whose only credential is an HttpOnly,
 * SameSite session cookie.
 */
class PrivacyBrowserIT extends BrowserTest {

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.eyJ[A-Za-z0-9_-]*\\.");
    private static final Pattern TOKEN_NAMES = Pattern.compile("access_token|refresh_token");

    @Test
    void aClientOpeningAnotherClientsAppointmentOrCourseGetsANotFoundPage() {
        TestChain chain = SystemUnderTest.chain();
        Gateway admin = SystemUnderTest.admin();
        TestChain.Client other = chain.newClient(admin);
        String therapist = chain.therapistIds.get(1);
        Map<String, Object> booking = new HashMap<>(chain.booking(other.id(), therapist, 75 * 24));
        booking.put("intakeNotes", "Private: left shoulder, old climbing injury");
        String appointment = admin.created("/api/v1/appointments", booking).get("id").asString();
        Map<String, Object> first = chain.booking(other.id(), therapist, 76 * 24);
        String course = admin.created("/api/v1/appointment-series", Map.of("clientId", other.id(), "therapistId", therapist,
                "locationId", chain.locationId, "treatmentId", chain.treatmentId, "firstStartsAt", first.get("startsAt"),
                "intervalWeeks", 1, "occurrences", 2, "intakeNotes", "Private: course notes")).get("id").asString();

        Journey journey = journey("privacy-other-client", Journey.Device.phone("en-GB"));
        Page page = journey.page();
        WebApp.signIn(journey, "sam", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        assertThat(heading(page, "Hello Sam")).isVisible();
        journey.screen("client-home-phone");

        List<String> foreignPages = List.of("/client/appointments/" + appointment, "/client/appointments/" + appointment + "/cancel",
                "/client/appointments/" + appointment + "/reschedule", "/client/appointments/" + appointment + "/check-in",
                "/client/courses/" + course);
        for (String path : foreignPages) {
            Response response = page.navigate(WebApp.url(path));
            assertThat(heading(page, "Not found")).isVisible();
            assertThat(page.getByText("We could not find that, or it is not yours to see.")
                    .or(page.getByText("We could not find that page, or it is not yours to see."))).isVisible();
            assertThat(response.status()).as(path).isEqualTo(404);
            String content = page.content();
            assertThat(content).as(path).doesNotContain("Private:").doesNotContain(other.lastName())
                    .doesNotContain(other.email()).doesNotContain("System Therapist");
        }
        journey.screen("not-found-phone");
    }

    @Test
    void noTokenEverReachesTheBrowserDuringAClientsVisit() {
        Journey journey = journey("privacy-tokens", Journey.Device.phone("en-GB"));
        Page page = journey.page();
        List<String> leaks = new CopyOnWriteArrayList<>();
        List<String> logoutHints = new CopyOnWriteArrayList<>();
        List<String> seen = new CopyOnWriteArrayList<>();
        String endSession = SystemUnderTest.platform().identityProviderUrl() + "/connect/logout?";
        // Every response passes through here on its way to the browser, exactly as the browser gets it (redirects not
        // followed, so each one is looked at), because a page's body cannot be read back once the browser moved on.
        journey.context().route("**/*", route -> {
            APIResponse response = route.fetch(new Route.FetchOptions().setMaxRedirects(0).setTimeout(60_000));
            String where = route.request().method() + " " + route.request().url() + " -> " + response.status();
            seen.add(where);
            for (HttpHeader header : response.headersArray()) {
                if (header.name.equalsIgnoreCase("location") && header.value.startsWith(endSession)) {
                    // OpenID RP-initiated logout: the ID token (for the web app, not the API) names the session to end.
                    logoutHints.add(header.value);
                } else if (leaks(header.name + ": " + header.value)) {
                    leaks.add(where + " header " + header.name + ": " + header.value);
                }
            }
            if (leaks(new String(response.body(), StandardCharsets.ISO_8859_1))) {
                leaks.add(where + " body contains a token or a token field");
            }
            route.fulfill(new Route.FulfillOptions().setResponse(response));
        });
        List<String> storage = new ArrayList<>();

        WebApp.signIn(journey, "priya", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        assertThat(heading(page, "Hello Priya")).isVisible();
        storage.add(storage(page));
        link(page, "Book a session").click();
        page.getByRole(AriaRole.SEARCH).getByLabel("What do you need help with?")
                .selectOption(new SelectOption().setLabel("Trigger points and knots"));
        page.getByRole(AriaRole.SEARCH).getByLabel("Location").selectOption(new SelectOption().setLabel("Manchester Riverside"));
        button(page, "Search").click();
        assertThat(page.locator("#results li.card").filter(new Locator.FilterOptions().setHasNotText("Trigger points and knots"))).hasCount(0);
        Locator aisha = page.locator("#results li.card").filter(new Locator.FilterOptions().setHasText("Aisha Rahman"));
        aisha.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("See free times")).click();
        link(page, "Next week").click();
        page.locator(".week .slots a").first().click();
        page.getByLabel("What hurts?").fill("Neck and shoulders after long days at the desk.");
        button(page, "Book").click();
        assertThat(heading(page, "You are booked")).isVisible();
        storage.add(storage(page));
        link(page, "My appointments").first().click();
        assertThat(heading(page, "My appointments")).isVisible();
        page.locator("li.card h3 a").first().click();
        assertThat(heading(page, "Your appointment")).isVisible();
        link(page, "Cancel").click();
        page.getByLabel("I booked by mistake").check();
        button(page, "Cancel appointment").click();
        assertThat(page.getByText("Your appointment is cancelled")).isVisible();
        link(page, "Messages").first().click();
        assertThat(heading(page, "How we contact you")).isVisible();
        storage.add(storage(page));

        List<Cookie> cookies = journey.context().cookies();
        assertThat(cookies).extracting(cookie -> cookie.name + "=" + cookie.value).noneMatch(PrivacyBrowserIT::leaks);
        Cookie session = cookies.stream().filter(cookie -> cookie.name.equals("CLINIC_WEB_SESSION")).findFirst()
                .orElseThrow(() -> new AssertionError("No web app session cookie among " + cookies.stream().map(c -> c.name).toList()));
        assertThat(session.httpOnly).as("session cookie HttpOnly").isTrue();
        assertThat(session.sameSite).as("session cookie SameSite").isIn(SameSiteAttribute.LAX, SameSiteAttribute.STRICT);
        assertThat(storage).as("localStorage and sessionStorage").noneMatch(PrivacyBrowserIT::leaks);

        button(page, "Sign out").click();
        assertThat(link(page, "Sign in").first()).isVisible();
        assertThat(seen).as("responses recorded").hasSizeGreaterThan(20);
        assertThat(leaks).as("tokens or token fields the browser received").isEmpty();
        assertThat(logoutHints).as("sign-out redirects to the identity provider").hasSize(1)
                .allSatisfy(PrivacyBrowserIT::isAnIdTokenHintOnly);
    }

    /** The only JWT a browser carries: the sign-out's id_token_hint, whose audience is the web app, not the platform's API. */
    private static void isAnIdTokenHintOnly(String location) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : location.substring(location.indexOf('?') + 1).split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
        }
        assertThat(parameters).containsKey("id_token_hint");
        assertThat(parameters.keySet()).isSubsetOf("id_token_hint", "post_logout_redirect_uri", "state", "client_id");
        String payload = new String(Base64.getUrlDecoder().decode(parameters.get("id_token_hint").split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("clinic-web").doesNotContain("clinic-platform");
    }

    private static boolean leaks(String text) {
        return JWT.matcher(text).find() || TOKEN_NAMES.matcher(text).find();
    }

    private static String storage(Page page) {
        return String.valueOf(page.evaluate("() => JSON.stringify({ local: Object.entries(localStorage), session: Object.entries(sessionStorage) })"));
    }
}
