package com.clinicnetwork.opsconsole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.opsconsole.OpsKafkaFixture.DeadLettered;
import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.standin.StandInServer.Content;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operator console page in a real headless Chromium (Debian's {@code chromium} package, driven by
 * Playwright, which must not download a browser of its own), against the real console, a real Kafka
 * broker and stand-ins for the services: what an operator sees and does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpsConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final StandInServer THERAPIST = StandInServer.start(Content.empty(404));
    private static final StandInServer BOOKING = StandInServer.start(Content.empty(404));
    private static final String NOTIFICATION_DOWN = StandInServer.unreachableUrl();
    private static final OpsKafkaFixture KAFKA = OpsKafkaFixture.start();

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("THERAPIST_SERVICE_URL", THERAPIST::url);
        registry.add("BOOKING_SERVICE_URL", BOOKING::url);
        registry.add("NOTIFICATION_SERVICE_URL", () -> NOTIFICATION_DOWN);
        registry.add("KAFKA_BOOTSTRAP_SERVERS", OpsKafkaFixture::bootstrapServers);
        TestTokens.trustTestIssuer(registry);
    }

    @BeforeAll
    static void launchBrowser() {
        // The page fetches everything after load; on a loaded build machine that takes seconds, not Playwright's default 5.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The operator console test needs Chromium at " + CHROMIUM
                    + ": install the Debian package 'chromium' (apt-get install -y chromium).");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run")));
        for (StandInServer service : List.of(THERAPIST, BOOKING)) {
            service.serve("/actuator/health", new Content(200, "application/json", "{\"status\":\"UP\"}"))
                    .serve("/actuator/info", new Content(200, "application/json", "{\"build\":{\"version\":\"0.1.0-SNAPSHOT\"}}"))
                    .serve("/actuator/metrics/clinic.outbox.backlog", new Content(200, "application/json",
                            "{\"name\":\"clinic.outbox.backlog\",\"measurements\":[{\"statistic\":\"VALUE\",\"value\":0.0}]}"));
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        THERAPIST.close();
        BOOKING.close();
        KAFKA.close();
    }

    @Test
    void anOperatorSeesThePlatformAndReplaysADeadLetter() {
        DeadLettered poisoned = KAFKA.poisonedAppointmentEvent();
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            List<String> problems = new CopyOnWriteArrayList<>();
            page.onConsoleMessage(message -> {
                // A refused token shows up as a failed fetch in the console; anything else is a page bug.
                if ("error".equals(message.type()) && !message.text().contains("status of 403")) {
                    problems.add(message.text());
                }
            });
            page.onPageError(problems::add);

            page.navigate("http://127.0.0.1:" + port + "/ops/");
            assertThat(page.locator("#message")).hasText("Enter an operator token to see the platform.");

            page.fill("#token", TestTokens.issuer().mint(TokenClaims.client("sam", UUID.randomUUID())));
            page.click("#use-token");
            assertThat(page.locator("#message")).hasText("This token does not have the OPERATOR role.");

            page.fill("#token", "Bearer " + TestTokens.issuer().mint(TokenClaims.operator("browser-operator")));
            page.click("#use-token");

            Locator services = page.locator("#services tbody tr");
            assertThat(services).hasCount(3);
            assertThat(page.locator("#services tr[data-service='therapist-service'] td").nth(1)).hasText("UP");
            assertThat(page.locator("#services tr[data-service='therapist-service'] td").nth(2)).hasText("0.1.0-SNAPSHOT");
            assertThat(page.locator("#services tr[data-service='notification-service'] td").nth(1)).hasText("DOWN (unreachable)");
            assertThat(page.locator("#services tr[data-service='notification-service'] td").nth(3)).hasText("n/a");
            assertThat(page.locator("#topics tr[data-topic='clinic.appointments.v1']")).hasCount(1);
            assertThat(page.locator("#throughput tbody tr")).hasCount(15);

            Locator letter = page.locator("#dead-letters tr[data-dead-letter='" + poisoned.path() + "']");
            assertThat(letter.locator("td.state")).hasText("PENDING");
            assertThat(letter).containsText("appointment.booked");
            assertThat(letter).containsText(IllegalArgumentException.class.getName());
            assertThat(page.locator("body")).not().containsText(OpsKafkaFixture.PERSONAL_NAME);
            assertThat(page.locator("body")).not().containsText(OpsKafkaFixture.PERSONAL_EMAIL);

            letter.locator("button.replay").click();
            assertThat(letter.locator("td.state")).hasText("REPLAYED");
            assertThat(page.locator("#message")).hasText("Replayed " + poisoned.topic() + " " + poisoned.partition() + "@" + poisoned.offset());
            assertThat(letter.locator("button")).hasCount(0);

            // The token lives in this tab's session only: a reload keeps the operator signed in.
            page.reload();
            assertThat(page.locator("#dead-letters tr[data-dead-letter='" + poisoned.path() + "'] td.state")).hasText("REPLAYED");

            assertThat(problems).isEmpty();
        }
    }
}
