package com.clinicnetwork.systemtests.browser;

import static com.clinicnetwork.systemtests.browser.WebApp.button;
import static com.clinicnetwork.systemtests.browser.WebApp.heading;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.systemtests.Gateway;
import com.clinicnetwork.systemtests.Therapists;
import com.clinicnetwork.systemtests.SystemUnderTest;
import com.clinicnetwork.systemtests.TestChain;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Outcomes per course in two browsers. A client had two knee sessions today at the tests' own location (where a session
 * can start now whenever the suite runs), answered 2 and then 6; their next knee session is with Maya at Manchester.
 * Maya (demo account {@code maya}) sees the trend on that day, the rise marked as a worsening; the clinic admin (demo
 * account {@code admin}) finds both sessions in the outcome report of the tests' location.
 */
class OutcomesBrowserIT extends BrowserTest {

    private static final String MANCHESTER = "10000000-0000-4000-8000-000000000001";
    private static final String MAYA = "20000000-0000-4000-8000-000000000001";
    private static final String KNEE = "30000000-0000-4000-8000-000000000001";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theTherapistSeesTheWorseningTrendAndTheAdminTheReport() {
        Gateway admin = SystemUnderTest.admin();
        TestChain chain = SystemUnderTest.chain();
        TestChain.Client person = chain.newClient(admin);
        String clientId = person.id();
        List<String> kneeTherapists = kneeTherapistsAt(admin, chain.locationId);
        Instant soon = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sessions.add(admin.created("/api/v1/appointments", Map.of("clientId", clientId, "therapistId", kneeTherapists.get(i),
                    "locationId", chain.locationId, "treatmentId", KNEE,
                    "startsAt", soon.plusSeconds(10L * i).atOffset(ZoneOffset.UTC).toString())).get("id").asString());
        }
        Awaitility.await("both sessions have started").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().isAfter(soon.plusSeconds(10)));
        Gateway client = SystemUnderTest.gatewayAs(TokenClaims.client("outcomes-" + clientId,
                UUID.fromString(clientId)));
        int[] scores = {2, 6};
        for (int i = 0; i < 2; i++) {
            assertThat(admin.post("/api/v1/appointments/" + sessions.get(i) + "/check-in", Map.of()).status()).isEqualTo(200);
            assertThat(admin.post("/api/v1/appointments/" + sessions.get(i) + "/fulfil", Map.of()).status()).isEqualTo(200);
            assertThat(client.post("/api/v1/appointments/" + sessions.get(i) + "/aftercare-check-in",
                    Map.of("score", scores[i])).status()).isEqualTo(201);
        }
        OffsetDateTime withMaya = firstFreeTimeWithMaya(admin);
        admin.created("/api/v1/appointments", Map.of("clientId", clientId, "therapistId", MAYA, "locationId", MANCHESTER,
                "treatmentId", KNEE, "startsAt", withMaya.toString()));
        LocalDate day = withMaya.atZoneSameInstant(LONDON).toLocalDate();

        Journey therapist = journey("outcomes-therapist", Journey.Device.desktop("en-GB"));
        Page schedule = therapist.page();
        WebApp.signIn(therapist, "maya", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        schedule.getByLabel("Date").fill(day.toString());
        button(schedule, "Show").click();
        Locator session = schedule.locator(".schedule li.card").filter(new Locator.FilterOptions().setHasText("Tess " + person.lastName()));
        assertThat(session).containsText("Trend of this treatment");
        assertThat(session).containsText("The latest answer is 3 points or more worse than the one before");
        assertThat(session.locator(".trend-scores li")).hasCount(2);
        assertThat(session.locator(".trend-scores li.worsened")).containsText("6 of 10");
        assertThat(session.locator(".trend-scores li.worsened")).containsText("(4 worse)");
        assertThat(session).containsText("Overall 4 points worse over 2 answers.");
        therapist.screen("therapist-day-trend");

        Journey clinicAdmin = journey("outcomes-admin", Journey.Device.desktop("en-GB"));
        Page report = clinicAdmin.page();
        WebApp.signIn(clinicAdmin, "admin", WebApp.DEMO_PASSWORD, WebApp.SignInLabels.ENGLISH);
        report.navigate(WebApp.url("/admin"));
        report.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Outcomes").setExact(true)).first().click();
        assertThat(heading(report, "Outcomes")).isVisible();
        report.getByLabel("Location").selectOption(chain.locationId);
        report.getByLabel("Treatment").selectOption(KNEE);
        button(report, "Show").click();
        Locator row = report.locator("tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Knee pain relief massage, 60 min");
        assertThat(row).containsText("4.00 (worse)");
        assertThat(row).containsText("0 %");
        clinicAdmin.screen("admin-outcomes");
    }

    /**
     * Two therapists offering the demo knee treatment at the tests' own location, working 07:00–21:00 (its time zone is
     * one where it is about midday), and a treatment table each: the treatment needs one. Known to booking-service
     * when this returns.
     */
    private static List<String> kneeTherapistsAt(Gateway admin, String locationId) {
        List<String> therapists = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            admin.created("/api/v1/locations/" + locationId + "/rooms", Map.of("name", "Knee table " + UUID.randomUUID(),
                    "kind", "TREATMENT_TABLE"));
            String id = Therapists.workingEveryDay(admin, locationId, Map.of("displayName", "Knee Therapist " + n,
                    "licenceNumber", "KNEE-" + UUID.randomUUID(), "specialties", List.of("KNEE_REHABILITATION"),
                    "locationIds", List.of(locationId), "treatmentIds", List.of(KNEE),
                    "email", "knee-" + UUID.randomUUID() + "@clinic.test"));
            therapists.add(id);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Awaitility.await("booking-service knows both knee therapists and their tables").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> therapists.stream().allMatch(id -> {
                    Gateway.Response free = admin.get("/api/v1/availability?locationId=" + locationId + "&treatmentId=" + KNEE
                            + "&therapistId=" + id + "&from=" + now + "&to=" + now.plus(Duration.ofHours(4)));
                    return free.status() == 200 && !free.json().isEmpty();
                }));
        return therapists;
    }

    /** Maya's first free hour at Manchester from three days on: her day then shows the client's next session. */
    private static OffsetDateTime firstFreeTimeWithMaya(Gateway admin) {
        Instant from = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode free = admin.get("/api/v1/availability?locationId=" + MANCHESTER + "&treatmentId=" + KNEE + "&therapistId=" + MAYA
                + "&from=" + from + "&to=" + from.plus(Duration.ofDays(14))).json();
        assertThat(free.isEmpty()).as("Maya has free times in the next two weeks").isFalse();
        return OffsetDateTime.parse(free.get(0).get("startsAt").asString());
    }
}
