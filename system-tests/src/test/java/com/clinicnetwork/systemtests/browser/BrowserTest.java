package com.clinicnetwork.systemtests.browser;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A test class whose tests are people using Chromium: one browser per class, a fresh {@link Journey} (own cookies and
 * storage) per person. When a test fails, every journey still open is photographed as it was at that moment
 * ({@code <nn>-failure.png}) before it is closed, so the report shows what the person was looking at.
 */
abstract class BrowserTest {

    private static Chromium chromium;

    @RegisterExtension
    final Journeys journeys = new Journeys();

    @BeforeAll
    static void launchBrowser() {
        // Each assertion waits for the page to get there; a busy two-core machine needs more than the default 5 s.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A person starting to use the browser: screenshots go to {@code target/screenshots/<name>/}. */
    Journey journey(String name, Journey.Device device) {
        return journeys.start(name, device);
    }

    static final class Journeys implements AfterEachCallback {

        private final List<Journey> open = new ArrayList<>();

        Journey start(String name, Journey.Device device) {
            Journey journey = Journey.start(chromium.browser(), name, device);
            open.add(journey);
            return journey;
        }

        @Override
        public void afterEach(ExtensionContext context) {
            try {
                if (context.getExecutionException().isPresent()) {
                    open.forEach(Journey::photographFailure);
                }
            } finally {
                open.forEach(Journey::close);
                open.clear();
            }
        }
    }
}
