package com.clinicnetwork.systemtests.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.systemtests.SystemUnderTest;
import com.clinicnetwork.testsupport.oauth.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.util.Map;

/** The web app and the identity provider's pages as a person uses them: by the labels and names they read. */
final class WebApp {

    /** The demo accounts' password (identity provider, CLINIC_DEMO_DATA, which the test platform runs with). */
    static final String DEMO_PASSWORD = "demo";

    private WebApp() {
    }

    static String url(String path) {
        return SystemUnderTest.platform().webAppUrl() + path;
    }

    /** The labels of the identity provider's sign-in page in the browser's language. */
    record SignInLabels(String username, String password, String submit) {
        static final SignInLabels ENGLISH = new SignInLabels("Email or user name", "Password", "Sign in");
        static final SignInLabels GERMAN = new SignInLabels("E-Mail oder Benutzername", "Passwort", "Anmelden");
    }

    /**
     * A new person signs up with the identity provider (its registration form, sent as the browser sends it: the sign-up
     * screens are another test's), in London, in English.
     */
    static void signUp(String givenName, String familyName, String email, String password) {
        HttpResponse<String> registered = new Browser(SystemUnderTest.platform().identityProviderUrl()).submit("/register", "/register",
                Map.of("givenName", givenName, "familyName", familyName, "email", email, "password", password,
                        "timeZone", "Europe/London", "locale", "en-GB"));
        assertThat(registered.statusCode()).as("registration").isEqualTo(302);
    }

    /** From the web app's start page: "Sign in", then the identity provider's form, and back. */
    static void signIn(Journey journey, String user, String password, SignInLabels labels) {
        Page page = journey.page();
        page.navigate(url("/"));
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(labels.submit())).click();
        signInAtProvider(page, user, password, labels);
    }

    /** Fills in the identity provider's sign-in form the browser was sent to. */
    static void signInAtProvider(Page page, String user, String password, SignInLabels labels) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(labels.submit()))).isVisible();
        page.getByLabel(labels.username()).fill(user);
        page.getByLabel(labels.password(), new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(labels.submit())).click();
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
