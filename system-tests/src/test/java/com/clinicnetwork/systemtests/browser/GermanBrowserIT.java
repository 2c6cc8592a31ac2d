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
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A client whose browser asks for German (de-DE) gets German pages: the identity provider's sign-in, and every web app
 * screen visited, with no English text left in them (every English message that German translates differently is
 * looked for in the page's text).
 */
class GermanBrowserIT extends BrowserTest {

    @Test
    void aGermanSpeakingClientSeesEveryScreenInGerman() {
        List<String> english = untranslatedEnglish();
        Journey journey = journey("german", Journey.Device.desktop("de-DE"));
        Page page = journey.page();
        page.navigate(WebApp.url("/"));
        assertThat(heading(page, "Manuelle Therapie, in einer Minute gebucht")).isVisible();
        assertGerman(page, english);
        journey.screen("willkommen");

        WebApp.signIn(journey, "jonas", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.GERMAN);
        assertThat(heading(page, "Hallo Jonas")).isVisible();
        assertThat(heading(page, "Ihre nächsten Sitzungen")).isVisible();
        assertGerman(page, english);
        journey.screen("start");

        link(page, "Therapeut:in finden").first().click();
        assertThat(heading(page, "Therapeut:in finden")).isVisible();
        page.getByRole(AriaRole.SEARCH).getByLabel("Wobei brauchen Sie Hilfe?").selectOption(new SelectOption().setIndex(1));
        String specialty = page.getByRole(AriaRole.SEARCH).getByLabel("Wobei brauchen Sie Hilfe?").locator("option:checked").innerText();
        button(page, "Suchen").click();
        assertThat(page.locator("#results li.card").filter(new Locator.FilterOptions().setHasNotText(specialty))).hasCount(0);
        Locator firstTherapist = page.locator("#results li.card").first();
        assertThat(firstTherapist).isVisible();
        assertGerman(page, english);
        journey.screen("suche");

        firstTherapist.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Freie Zeiten");
        link(page, "Nächste Woche").click();
        assertThat(page.locator(".week .slots a").first()).isVisible();
        assertGerman(page, english);
        journey.screen("freie-zeiten");

        page.locator(".week .slots a").first().click();
        assertThat(heading(page, "Sitzung buchen")).isVisible();
        assertThat(button(page, "Verbindlich buchen")).isVisible();
        assertGerman(page, english);
        journey.screen("buchen");

        link(page, "Meine Termine").first().click();
        assertThat(heading(page, "Meine Termine")).isVisible();
        assertGerman(page, english);
        journey.screen("meine-termine");

        link(page, "Benachrichtigungen").first().click();
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertGerman(page, english);
        journey.screen("benachrichtigungen");
    }

    private static void assertGerman(Page page, List<String> english) {
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        String text = page.locator("body").innerText();
        assertThat(english).as("English text on " + page.url()).noneMatch(text::contains);
    }

    /**
     * The English texts of the web app's messages that German says differently, up to their first placeholder; short
     * ones ("Email", "Status") are left out, as German uses some of the same words.
     */
    private static List<String> untranslatedEnglish() {
        Properties en = messages("messages.properties");
        Properties de = messages("messages_de.properties");
        List<String> english = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key);
            String fixed = value.contains("{") ? value.substring(0, value.indexOf('{')) : value;
            // The admin screens name specialties as the chain's (English) directory names its treatments, which German
            // pages show as the chain wrote them ("Sports massage").
            if (key.startsWith("admin.specialty.")) {
                continue;
            }
            if (fixed.strip().length() >= 12 && !fixed.equals(de.getProperty(key, ""))) {
                english.add(fixed.strip());
            }
        }
        return english;
    }

    private static Properties messages(String file) {
        Path path = Path.of("..", "web-app", "src", "main", "resources", file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the web app's messages at " + path.toAbsolutePath(), e);
        }
        return properties;
    }
}
