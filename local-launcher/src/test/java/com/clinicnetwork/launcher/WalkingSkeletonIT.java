package com.clinicnetwork.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton end to end, on the real processes the local run starts: a clinic admin builds a
 * directory entry through the gateway, booking-service learns it from Kafka, a client books, and the
 * confirmation arrives in a real SMTP server and shows up as sent in the notifications API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {

    /** In the record that is dead-lettered below, where the consumer's exception quotes it. */
    private static final String DEAD_LETTERED_EMAIL = "dead.letter.probe@example.com";
    private static final String DEAD_LETTERED_PHONE = "+44 7700 900199";

    /**
     * Personal data of the demo clients, of the booking below and of the dead-lettered record; none of it may
     * reach a log file, error paths included.
     */
    private static final List<String> PERSONAL_DATA = List.of("Carter", "sam.carter@example.com", "+44 7700 900101",
            "Natarajan", "priya.natarajan@example.com", "+44 7700 900102", "Jonas Weber", "jonas.weber@example.com",
            "Left knee aches", DEAD_LETTERED_EMAIL, DEAD_LETTERED_PHONE, "Probe Leaky");

    private static final Logger log = LoggerFactory.getLogger(WalkingSkeletonIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The demo chain's "Knee pain relief massage, 60 min" (docs/conventions.md). */
    private static final String KNEE_PAIN_RELIEF = "30000000-0000-4000-8000-000000000001";

    private static LocalPlatform platform;

    @BeforeAll
    static void startPlatform() {
        Path target = Path.of("target").toAbsolutePath();
        platform = LocalPlatform.start(LauncherSettings.forTests(
                target.resolve("walking-skeleton-" + UUID.randomUUID()),
                Path.of(System.getProperty("clinic.launcher.services-dir")),
                Path.of(System.getProperty("clinic.launcher.lib-dir"))));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aBookingThroughTheGatewayIsConfirmedByEmailAndRecordedAsSent() throws Exception {
        String admin = token(TokenClaims.clinicAdmin("skeleton-admin"));
        String sam = platform.tokenIssuer().mint(DemoUsers.all().get("sam"));

        String locationId = created(post("/api/v1/locations", admin, Map.of(
                "name", "Salford Quays", "address", "3 The Quays, Salford M50 3AZ", "timeZone", "Europe/London")));
        String treatmentId = created(post("/api/v1/treatments", admin, Map.of(
                "name", "Knee pain relief massage, 60 min", "durationMinutes", 60, "bufferMinutes", 15,
                "requiredSpecialty", "KNEE_REHABILITATION", "price", 65.00,
                "aftercarePlan", "Twice a day: 10 quad sets and 10 straight-leg raises.")));
        String therapistId = created(post("/api/v1/therapists", admin, Map.of(
                "displayName", "Elena Marsh", "licenceNumber", "CNHC-0099", "specialties", List.of("KNEE_REHABILITATION"),
                "locationIds", List.of(locationId), "treatmentIds", List.of(treatmentId))));
        List<Map<String, Object>> everyDay = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            everyDay.add(Map.of("locationId", locationId, "dayOfWeek", day.name(), "startsAt", "08:00", "endsAt", "20:00"));
        }
        HttpResponse<String> hours = send("PUT", "/api/v1/therapists/" + therapistId + "/working-hours", admin,
                Map.of("workingHours", everyDay));
        assertThat(hours.statusCode()).as(hours.body()).isBetween(200, 204);

        ZonedDateTime startsAt = ZonedDateTime.of(LocalDate.now(LONDON).plusDays(2), LocalTime.of(10, 0), LONDON);
        Map<String, Object> booking = Map.of("therapistId", therapistId, "locationId", locationId,
                "treatmentId", treatmentId, "startsAt", startsAt.toOffsetDateTime().toString(),
                "intakeNotes", "Left knee aches after running downhill.");
        AtomicReference<HttpResponse<String>> booked = new AtomicReference<>();
        // booking-service learns the new therapist from Kafka; until then it rejects the unknown ids.
        await("booking accepted once the directory reached booking-service").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    booked.set(post("/api/v1/appointments", sam, booking));
                    return booked.get().statusCode() != 400;
                });
        assertThat(booked.get().statusCode()).as(booked.get().body()).isEqualTo(201);
        long bookedAt = System.nanoTime();
        String appointmentId = JSON.readTree(booked.get().body()).get("id").asString();

        await("confirmation email").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> platform.mailServer().messages().stream()
                        .anyMatch(mail -> mail.to().contains("sam.carter@example.com")));
        long emailMillis = Duration.ofNanos(System.nanoTime() - bookedAt).toMillis();
        MailServer.ReceivedMail mail = platform.mailServer().messages().stream()
                .filter(m -> m.to().contains("sam.carter@example.com")).findFirst().orElseThrow();
        assertThat(mail.raw()).contains("Elena Marsh").contains("Salford Quays").contains("Sam")
                .doesNotContain("Left knee aches");
        log.info("Booking response to confirmation email in the SMTP inbox: {} ms", emailMillis);

        await("delivery recorded as sent").atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode items = JSON.readTree(get("/api/v1/notifications?appointmentId=" + appointmentId, sam).body()).get("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).get("status").asString()).isEqualTo("SENT");
            assertThat(items.get(0).get("channel").asString()).isEqualTo("EMAIL");
        });

        String priya = platform.tokenIssuer().mint(DemoUsers.all().get("priya"));
        JsonNode othersView = JSON.readTree(get("/api/v1/notifications?appointmentId=" + appointmentId, priya).body());
        assertThat(othersView.get("items")).isEmpty();
        assertThat(get("/api/v1/appointments/" + appointmentId, priya).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void aRecordThatCannotBeReadIsDeadLetteredAndItsContentReachesNoLog() throws IOException {
        UUID eventId = UUID.randomUUID();
        // An appointment event whose ids are contact details: notification-service cannot read it, and the
        // reader's exception quotes the offending value.
        String payload = "{\"appointmentId\":\"" + DEAD_LETTERED_EMAIL + "\",\"version\":1,\"status\":\"BOOKED\","
                + "\"clientId\":\"" + DEAD_LETTERED_PHONE + "\",\"client\":{\"firstName\":\"Probe Leaky\","
                + "\"email\":\"" + DEAD_LETTERED_EMAIL + "\",\"locale\":\"en-GB\"}}";
        try (TopicProbe deadLetters = TopicProbe.readFromBeginning(platform.kafkaBootstrapServers(),
                Topics.deadLetterOf(Topics.APPOINTMENTS))) {
            TopicProbe.send(platform.kafkaBootstrapServers(), ContractEvents.record(Topics.APPOINTMENTS,
                    EventTypes.APPOINTMENT_BOOKED, "dead-letter-probe", eventId, payload));

            deadLetters.awaitRecord(Duration.ofSeconds(60), TopicProbe.withHeader(CloudEventHeaders.ID, eventId.toString()));
        }
        Path notificationLog = platform.settings().dataDir().resolve("logs").resolve("notification-service.log");
        await("the dead-lettering logged").atMost(Duration.ofSeconds(5))
                .until(() -> Files.readString(notificationLog).contains("Dead-lettering record " + Topics.APPOINTMENTS));
        // The scan of every log file at the end checks that neither the address nor the number got there.
    }

    /** Nothing the local run starts is reachable from the network: every port answers on loopback only. */
    @Test
    void everyProcessListensOnLoopbackOnly() throws IOException {
        LauncherSettings.Ports ports = platform.settings().ports();
        Map<String, Integer> listening = Map.ofEntries(Map.entry("gateway", ports.gateway()),
                Map.entry("therapist-service", ports.therapist()), Map.entry("booking-service", ports.booking()),
                Map.entry("notification-service", ports.notification()), Map.entry("identity provider", ports.identityProvider()),
                Map.entry("PostgreSQL", ports.postgres()), Map.entry("Kafka", ports.kafka()),
                Map.entry("Kafka controller", ports.kafkaController()), Map.entry("SMTP", ports.smtp()),
                Map.entry("mail inbox", ports.inbox()), Map.entry("web app", ports.webApp()),
                Map.entry("operator console", ports.opsConsole()));
        List<InetAddress> otherAddresses = nonLoopbackAddresses();
        for (Map.Entry<String, Integer> process : listening.entrySet()) {
            assertThat(accepts(InetAddress.getLoopbackAddress(), process.getValue())).as(process.getKey() + " on loopback").isTrue();
            for (InetAddress address : otherAddresses) {
                assertThat(accepts(address, process.getValue())).as(process.getKey() + " on " + address.getHostAddress()).isFalse();
            }
        }
    }

    /**
     * The identity provider is the local run's issuer: its discovery document names the issuer and keys the
     * gateway was started to trust, and a demo user's token from its local endpoint books through the gateway.
     */
    @Test
    void aTokenFromTheIdentityProvidersLocalEndpointBooksThroughTheGateway() throws Exception {
        LocalPlatform.IssuerSettings trusted = LocalIdentityProvider.trustedIssuer(platform.settings());
        JsonNode discovery = JSON.readTree(anonymousGet(platform.identityProviderUrl() + "/.well-known/openid-configuration").body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(trusted.issuer()).isEqualTo(platform.identityProviderUrl());
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(trusted.jwkSetUri());
        assertThat(Files.readString(platform.settings().logsDir().resolve("gateway.log")))
                .contains("Trusting tokens issued by " + trusted.issuer() + " for audience clinic-platform, signed with keys from "
                        + trusted.jwkSetUri());

        HttpResponse<String> issued = anonymousGet(platform.identityProviderUrl() + "/local/tokens/sam");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String sam = JSON.readTree(issued.body()).get("access_token").asString();

        ZonedDateTime from = LocalDate.now(LONDON).plusDays(3).atStartOfDay(LONDON);
        String availability = "/api/v1/availability?locationId=" + DemoUsers.MANCHESTER + "&treatmentId=" + KNEE_PAIN_RELIEF
                + "&from=" + query(from) + "&to=" + query(from.plusDays(7));
        AtomicReference<JsonNode> slots = new AtomicReference<>();
        await("demo availability through the gateway with the provider's token").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    HttpResponse<String> found = get(availability, sam);
                    slots.set(found.statusCode() == 200 ? JSON.readTree(found.body()) : null);
                    return slots.get() != null && !slots.get().isEmpty();
                });
        JsonNode slot = slots.get().get(slots.get().size() - 1);
        HttpResponse<String> booked = post("/api/v1/appointments", sam, Map.of(
                "therapistId", slot.get("therapistId").asString(), "locationId", DemoUsers.MANCHESTER.toString(),
                "treatmentId", KNEE_PAIN_RELIEF, "startsAt", slot.get("startsAt").asString()));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String appointmentId = JSON.readTree(booked.body()).get("id").asString();
        assertThat(get("/api/v1/appointments/" + appointmentId, sam).statusCode()).isEqualTo(200);
    }

    /**
     * The web app signs a demo client in at the identity provider (authorization code with PKCE, its confidential
     * client and the secret the launcher keeps), comes back to the page asked for and fills it through the gateway
     * with the client's token.
     */
    @Test
    void aDemoClientSignsInAtTheWebAppThroughTheIdentityProvider() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(2)).build();

        String findKneeTherapists = platform.webAppUrl() + "/client/therapists?specialty=KNEE_REHABILITATION";
        HttpResponse<String> signInPage = browser.send(HttpRequest.newBuilder(URI.create(findKneeTherapists)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signInPage.uri().toString()).isEqualTo(platform.identityProviderUrl() + "/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage.body());
        assertThat(csrf.find()).as("CSRF field of the sign-in page").isTrue();

        HttpResponse<String> found = browser.send(HttpRequest.newBuilder(URI.create(platform.identityProviderUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=sam&password=demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(found.uri().toString()).startsWith(findKneeTherapists);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("Find a therapist", "Maya Okafor", "Sign out");
    }

    @Test
    void theDemoChainIsSeededAndSearchableThroughTheGateway() throws Exception {
        String sam = platform.tokenIssuer().mint(DemoUsers.all().get("sam"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode page = JSON.readTree(get("/api/v1/locations", sam).body());
            assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        });
        JsonNode kneeTherapists = JSON.readTree(get("/api/v1/therapists?specialty=KNEE_REHABILITATION", sam).body());
        assertThat(kneeTherapists.get("items")).isNotEmpty();
    }

    @Test
    void theGatewayServesEveryServicesApiDocsAndTheSwaggerUi() throws Exception {
        Map<String, String> expectedPaths = Map.of(
                "therapist-service", "/api/v1/therapists",
                "booking-service", "/api/v1/appointments",
                "notification-service", "/api/v1/notifications",
                "ops-console", "/ops/status");
        for (Map.Entry<String, String> service : expectedPaths.entrySet()) {
            HttpResponse<String> docs = HTTP.send(HttpRequest.newBuilder(
                    URI.create(platform.gatewayUrl() + "/api-docs/" + service.getKey())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(docs.statusCode()).as(service.getKey()).isEqualTo(200);
            JsonNode document = JSON.readTree(docs.body());
            assertThat(document.get("paths").has(service.getValue())).as(service.getKey()).isTrue();
            // Titled, and "Try it out" goes through the gateway, wherever it runs.
            assertThat(document.at("/info/title").asString()).as(service.getKey()).startsWith("Clinic platform: ");
            assertThat(document.get("servers")).as(service.getKey()).hasSize(1);
            assertThat(document.at("/servers/0/url").asString()).as(service.getKey()).isEqualTo(platform.gatewayUrl());
        }
        JsonNode own = JSON.readTree(anonymousGet(platform.gatewayUrl() + "/v3/api-docs").body());
        assertThat(own.at("/info/title").asString()).isEqualTo("Clinic platform: gateway");
        assertThat(own.at("/servers/0/url").asString()).isEqualTo(platform.gatewayUrl());
        assertThat(own.at("/components/securitySchemes").has("clinic-sign-in")).isTrue();
        JsonNode signIn = JSON.readTree(anonymousGet(platform.gatewayUrl() + "/api-docs/booking-service").body())
                .at("/components/securitySchemes/clinic-sign-in/flows/authorizationCode");
        assertThat(signIn.get("authorizationUrl").asString()).isEqualTo(platform.identityProviderUrl() + "/oauth2/authorize");
        assertThat(signIn.get("tokenUrl").asString()).isEqualTo(platform.identityProviderUrl() + "/oauth2/token");
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/swagger-ui/index.html"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
    }

    /**
     * The operator console runs as its own process and is served through the gateway at /ops: the page to anyone, the
     * API to the provider's demo operator, with the three services and Kafka's topics.
     */
    @Test
    void theOperatorConsoleIsServedThroughTheGatewayFromItsOwnProcess() throws Exception {
        HttpResponse<String> page = anonymousGet(platform.gatewayUrl() + "/ops/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Operator console");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("script-src 'self'"));

        String operator = JSON.readTree(anonymousGet(platform.identityProviderUrl() + "/local/tokens/operator").body())
                .get("access_token").asString();
        HttpResponse<String> status = get("/ops/status", operator);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(status.body());
        assertThat(report.get("services").findValuesAsString("name"))
                .containsExactly("booking-service", "notification-service", "therapist-service");
        assertThat(report.at("/topics/available").asBoolean()).as(status.body()).isTrue();
        assertThat(get("/ops/status", token(DemoUsers.all().get("sam"))).statusCode()).isEqualTo(403);
    }

    @Test
    void theGatewayRejectsRequestsWithoutAToken() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/api/v1/therapists"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void noLogFileOfAnyProcessContainsPersonalData() throws IOException {
        List<Path> logs;
        try (Stream<Path> files = Files.list(platform.settings().dataDir().resolve("logs"))) {
            logs = files.filter(file -> file.toString().endsWith(".log")).toList();
        }
        assertThat(logs).extracting(file -> file.getFileName().toString())
                .contains("identity-provider.log", "therapist-service.log", "booking-service.log", "notification-service.log",
                        "gateway.log", "ops-console.log", "web-app.log");
        for (Path log : logs) {
            String content = Files.readString(log);
            assertThat(PERSONAL_DATA).as("personal data in %s", log.getFileName()).noneMatch(content::contains);
        }
    }

    /** This machine's own addresses on its network interfaces (the build machines have at least one). */
    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(address -> !address.isLinkLocalAddress() && !address.isLoopbackAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static HttpResponse<String> anonymousGet(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String query(ZonedDateTime time) {
        return URLEncoder.encode(time.toOffsetDateTime().toString(), StandardCharsets.UTF_8);
    }

    private static String token(TokenClaims claims) {
        return platform.tokenIssuer().mint(claims);
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    private static HttpResponse<String> post(String path, String token, Object body) throws IOException, InterruptedException {
        return send("POST", path, token, body);
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
