package com.clinicnetwork.testsupport.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clinicnetwork.testsupport.standin.StandInServer.Answer;
import com.clinicnetwork.testsupport.standin.StandInServer.Content;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StandInServerTest {

    private static final StandInServer SERVICE = StandInServer.start("booking-service");
    private static final StandInServer ACTUATOR = StandInServer.start(Content.empty(404));

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forget() {
        SERVICE.clear();
        ACTUATOR.clear();
    }

    @AfterAll
    static void stop() {
        SERVICE.close();
        ACTUATOR.close();
    }

    @Test
    void aServiceAnswersWithItsNameUnlessAPathIsServed() throws Exception {
        SERVICE.serve("/api/v1/things", new Content(201, "application/problem+json", "{\"status\":201}"));

        HttpResponse<String> usual = get(SERVICE, "/api/v1/other");
        HttpResponse<String> served = get(SERVICE, "/api/v1/things?page=1");

        assertThat(usual.statusCode()).isEqualTo(200);
        assertThat(usual.body()).isEqualTo("{\"from\":\"booking-service\"}");
        assertThat(usual.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(usual.headers().firstValue("Server")).hasValue("stand-in/1.0");
        assertThat(served.statusCode()).isEqualTo(201);
        assertThat(served.body()).isEqualTo("{\"status\":201}");
        assertThat(served.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void scriptedAnswersComeInOrderThenTheUsualOne() throws Exception {
        SERVICE.script("/api/v1/slow", new Answer(503, Duration.ZERO), new Answer(502, Duration.ofMillis(50)));

        assertThat(get(SERVICE, "/api/v1/slow").statusCode()).isEqualTo(503);
        HttpResponse<String> second = get(SERVICE, "/api/v1/slow");
        assertThat(second.statusCode()).isEqualTo(502);
        assertThat(second.body()).isEqualTo("{\"from\":\"booking-service\"}");
        assertThat(get(SERVICE, "/api/v1/slow").statusCode()).isEqualTo(200);
    }

    @Test
    void anActuatorAnswersWhatIsNotServedWithAnEmpty404() throws Exception {
        ACTUATOR.serve("/actuator/health", new Content(200, "application/json", "{\"status\":\"UP\"}"));

        assertThat(get(ACTUATOR, "/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> notExported = get(ACTUATOR, "/actuator/metrics/clinic.outbox.backlog");
        assertThat(notExported.statusCode()).isEqualTo(404);
        assertThat(notExported.body()).isEmpty();
    }

    @Test
    void recordsEveryRequestWithItsHeadersUntilCleared() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(SERVICE.url() + "/api/v1/things?q=1")).header("X-Request-Id", "abc")
                .POST(HttpRequest.BodyPublishers.ofString("12345")).build(), HttpResponse.BodyHandlers.ofString());
        get(SERVICE, "/api/v1/other");

        assertThat(SERVICE.received()).hasSize(2);
        assertThat(SERVICE.receivedAt("/api/v1/things")).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.uri()).isEqualTo("/api/v1/things?q=1");
            assertThat(request.header("X-Request-Id")).isEqualTo("abc");
            assertThat(request.bodyLength()).isEqualTo(5);
        });

        SERVICE.clear();
        assertThat(SERVICE.received()).isEmpty();
    }

    @Test
    void nothingListensAtTheUnreachableAddress() {
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(StandInServer.unreachableUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    private HttpResponse<String> get(StandInServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
