package com.clinicnetwork.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.testsupport.standin.StandInServer;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's traces and logs, as the services have them: a server span per request (continuing the caller's
 * trace), a client span per routed call whose context reaches the service as {@code traceparent}, the gateway's
 * span on the response, and JSON log lines that carry the trace id and none of the caller's secrets. Spans are
 * read from the real OpenTelemetry SDK through an exporter of this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clinic.gateway.rate-limit.per-ip.capacity=100000",
        "management.opentelemetry.tracing.export.schedule-delay=50ms"})
@Import(GatewayTracingIT.Spans.class)
@ExtendWith(OutputCaptureExtension.class)
class GatewayTracingIT {

    private static final StandInServer DIRECTORY = StandInServer.start("therapist-service");
    private static final String BOOKING_DOWN = StandInServer.unreachableUrl();
    private static final String TRACE_PARENT = "00-([0-9a-f]{32})-([0-9a-f]{16})-01";
    private static final Pattern TRACE_PARENT_FORMAT = Pattern.compile(TRACE_PARENT);
    private static final Duration EVENTUALLY = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    Spans spans;

    WebTestClient client;

    @DynamicPropertySource
    static void serviceAddresses(DynamicPropertyRegistry registry) {
        registry.add("THERAPIST_SERVICE_URL", DIRECTORY::url);
        registry.add("BOOKING_SERVICE_URL", () -> BOOKING_DOWN);
        TestTokens.trustTestIssuer(registry);
    }

    @BeforeEach
    void setUp() {
        DIRECTORY.clear();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stopDownstream() {
        DIRECTORY.close();
    }

    @Test
    void aRequestIsTheGatewaysServerSpanAndTheRoutedCallItsChildWhoseContextReachesTheService() {
        String answered = client.get().uri("/api/v1/locations")
                .header(HttpHeaders.AUTHORIZATION, token())
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("traceparent");

        assertThat(answered).matches(TRACE_PARENT);
        String traceId = part(answered, 1);
        String received = DIRECTORY.received().get(0).header("traceparent");
        assertThat(received).matches(TRACE_PARENT);
        assertThat(part(received, 1)).isEqualTo(traceId);

        SpanData server = spans.awaitSpan(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId));
        SpanData routed = spans.awaitSpan(span -> span.getKind() == SpanKind.CLIENT && span.getTraceId().equals(traceId));
        // The response names the gateway's own span; the service is called from the routed call's span, within it
        // (Spring Security's spans of the request sit between them).
        assertThat(server.getSpanId()).isEqualTo(part(answered, 2));
        assertThat(server.getParentSpanContext().isValid()).isFalse();
        assertThat(routed.getSpanId()).isEqualTo(part(received, 2));
        assertThat(spans.ancestorsOf(routed)).contains(server.getSpanId());
        // Timed under a name of its own, apart from the WebClient calls of the export and audit fan-out.
        assertThat(client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("spring_cloud_gateway_http_client_requests_seconds_count{");
    }

    @Test
    void continuesTheCallersTraceUnderItsSpan() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callerSpan = "00f067aa0ba902b7";

        String answered = client.get().uri("/api/v1/therapists")
                .header(HttpHeaders.AUTHORIZATION, token())
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("traceparent");

        assertThat(part(answered, 1)).isEqualTo(traceId);
        String received = DIRECTORY.received().get(0).header("traceparent");
        assertThat(part(received, 1)).isEqualTo(traceId);
        assertThat(part(received, 2)).isNotEqualTo(callerSpan).isNotEqualTo(part(answered, 2));
        SpanData server = spans.awaitSpan(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId));
        assertThat(server.getParentSpanId()).isEqualTo(callerSpan);
        assertThat(server.getSpanId()).isEqualTo(part(answered, 2));
    }

    @Test
    void aMalformedIncomingTraceStartsANewOneAndItsVendorStateIsDropped() {
        String answered = client.get().uri("/api/v1/treatments")
                .header(HttpHeaders.AUTHORIZATION, token())
                .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .header("tracestate", "vendor=forged")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("traceparent");

        assertThat(answered).matches(TRACE_PARENT).doesNotContain("0".repeat(32));
        var received = DIRECTORY.received().get(0);
        assertThat(part(received.header("traceparent"), 1)).isEqualTo(part(answered, 1));
        assertThat(received.header("tracestate")).isNull();
    }

    @Test
    void theGatewaysLogLineForARequestCarriesItsTraceIdAndNoneOfTheCallersSecrets(CapturedOutput output) {
        String token = token();
        String email = "traced-" + UUID.randomUUID() + "@example.com";

        String answered = client.get().uri("/api/v1/appointments?clientEmail=" + email)
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isEqualTo(503)
                .returnResult(String.class).getResponseHeaders().getFirst("traceparent");
        String traceId = part(answered, 1);

        JsonMapper json = JsonMapper.builder().build();
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.startsWith("{") && line.contains("booking-service is unreachable"))
                .map(json::readTree))
                .anySatisfy(line -> {
                    assertThat(line.at("/log/level").asString()).isEqualTo("WARN");
                    assertThat(line.path("traceId").asString()).isEqualTo(traceId);
                    assertThat(line.path("spanId").asString()).matches("[0-9a-f]{16}");
                }));
        assertThat(output.getAll()).doesNotContain(token.substring("Bearer ".length())).doesNotContain(email);
    }

    @Test
    void noSpanOfTheGatewayKeepsACheckInLinksToken() {
        String linkToken = "5_ipsMHSTj-ktcbX6PmgBAAAAABpR8Ug.qogB3PAuX3gMRle2AxCLW0uehFl99cz7wMKZDJsTW6Q";
        String answered = client.get().uri("/api/v1/aftercare-check-in-links/" + linkToken)
                .exchange()
                .returnResult(String.class).getResponseHeaders().getFirst("traceparent");
        String traceId = part(answered, 1);

        spans.awaitSpan(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId));
        assertThat(spans.of(traceId)).isNotEmpty().allSatisfy(span -> {
            assertThat(span.getName()).doesNotContain(linkToken);
            assertThat(span.getAttributes().asMap().values()).noneMatch(value -> String.valueOf(value).contains(linkToken));
        });
    }

    private static String token() {
        return TestTokens.bearer(TokenClaims.client("tracing-it-" + UUID.randomUUID(), UUID.randomUUID()));
    }

    /** Group {@code index} of a {@code traceparent}: 1 the trace id, 2 the span id. */
    private static String part(String traceParent, int index) {
        Matcher matcher = TRACE_PARENT_FORMAT.matcher(traceParent);
        assertThat(matcher.matches()).as(traceParent).isTrue();
        return matcher.group(index);
    }

    /** Every span the gateway ends, as the OTLP exporter would get it (Boot hands every exporter bean to the SDK). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Spans implements SpanExporter {

        private final List<SpanData> exported = new CopyOnWriteArrayList<>();

        SpanData awaitSpan(Predicate<SpanData> wanted) {
            return await().atMost(EVENTUALLY)
                    .until(() -> exported.stream().filter(wanted).findFirst(), Optional::isPresent).orElseThrow();
        }

        /** The span ids above this span in its trace, nearest first. */
        List<String> ancestorsOf(SpanData span) {
            Map<String, SpanData> byId = new HashMap<>();
            of(span.getTraceId()).forEach(each -> byId.put(each.getSpanId(), each));
            List<String> ancestors = new ArrayList<>();
            for (SpanData parent = byId.get(span.getParentSpanId()); parent != null; parent = byId.get(parent.getParentSpanId())) {
                ancestors.add(parent.getSpanId());
            }
            return ancestors;
        }

        List<SpanData> of(String traceId) {
            return exported.stream().filter(span -> span.getTraceId().equals(traceId)).toList();
        }

        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            exported.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
