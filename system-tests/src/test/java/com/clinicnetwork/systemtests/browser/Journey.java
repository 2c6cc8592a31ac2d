package com.clinicnetwork.systemtests.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One person's visit in a fresh browser (own cookies and storage), in a language and at a screen size. Every screen
 * the person reaches is recorded with {@link #screen}: a full-page screenshot under
 * {@code target/screenshots/<test>/<nn>-<screen>.png} and an axe-core scan that fails the test on any serious or
 * critical accessibility violation.
 */
final class Journey {

    private static final Logger log = LoggerFactory.getLogger(Journey.class);

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Generous: five JVMs, Kafka, PostgreSQL and Chromium share two cores. */
    private static final double ACTION_TIMEOUT_MS = 30_000;
    private static final double NAVIGATION_TIMEOUT_MS = 60_000;
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /** How the person's browser looks to the app: language and screen. */
    record Device(String locale, int width, int height, boolean mobile) {
        static Device desktop(String locale) {
            return new Device(locale, 1280, 900, false);
        }

        /** A phone held upright, as a 390 px wide screen reports itself. */
        static Device phone(String locale) {
            return new Device(locale, 390, 844, true);
        }
    }

    private final BrowserContext context;
    private final Page page;
    private final Path directory;
    private int screens;

    private Journey(BrowserContext context, Path directory) {
        this.context = context;
        this.page = context.newPage();
        this.directory = directory;
    }

    static Journey start(Browser browser, String test, Device device) {
        Path directory = SCREENSHOTS.resolve(test);
        deleteRecursively(directory);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(device.locale())
                .setViewportSize(device.width(), device.height())
                .setIsMobile(device.mobile())
                .setHasTouch(device.mobile())
                .setDeviceScaleFactor(1));
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
        return new Journey(context, directory);
    }

    Page page() {
        return page;
    }

    BrowserContext context() {
        return context;
    }

    /**
     * The person is looking at a screen: it is photographed and checked for accessibility. Call it once the page shows
     * what the test waited for, so the screenshot shows that too.
     */
    void screen(String name) {
        page.waitForLoadState(LoadState.LOAD);
        Path file = directory.resolve(String.format("%02d-%s.png", ++screens, name));
        Object scrolled = page.evaluate("() => [window.scrollX, window.scrollY]");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        // A full-page capture lays the page out beyond the window and can leave it scrolled elsewhere, settling a frame
        // later: a click aimed just after it could land on another element. Back to where the person was, and one
        // rendered frame further, before the test goes on.
        page.evaluate("([x, y]) => { window.scrollTo(x, y); return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))); }", scrolled);
        List<Rule> blocking = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("Serious or critical accessibility violations on screen '" + name + "' (" + page.url()
                    + ", screenshot " + file + "):\n" + blocking.stream().map(Journey::describe).collect(Collectors.joining("\n")));
        }
    }

    /** What the person saw when the test failed; never fails itself, so the test's own failure is what is reported. */
    void photographFailure() {
        try {
            String name = String.format("%02d-failure", ++screens);
            page.screenshot(new Page.ScreenshotOptions().setPath(directory.resolve(name + ".png")).setFullPage(true).setTimeout(10_000));
            Files.writeString(directory.resolve(name + ".txt"), page.url() + "\n\n" + page.locator("body").innerText(
                    new Locator.InnerTextOptions().setTimeout(10_000)));
        } catch (RuntimeException | IOException e) {
            log.warn("No failure screenshot of {}: {}", directory, e.getClass().getSimpleName());
        }
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().limit(5)
                .map(node -> "    " + node.getTarget() + " " + summary(node))
                .collect(Collectors.joining("\n"));
        return "- [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")\n" + nodes;
    }

    private static String summary(CheckedNode node) {
        return node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ');
    }

    void close() {
        context.close();
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + directory, e);
        }
    }
}
