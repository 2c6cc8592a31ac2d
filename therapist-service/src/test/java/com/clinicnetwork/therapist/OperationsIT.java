package com.clinicnetwork.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.apidocs.ApiBaseline;
import com.clinicnetwork.testsupport.apidocs.ApiDocuments;
import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What operators and the gateway rely on: probes, metrics and the OpenAPI document, without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class OperationsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RestTestClient http;

    @Test
    void probesReportUpWithTheDatabaseAndBrokerReachable() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            JsonNode health = DirectoryApi.body(http.get().uri(probe).exchange(), HttpStatus.OK);
            assertThat(health.get("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void prometheusMetricsAreExposed() {
        String metrics = http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void theOpenApiDocumentDescribesTheDirectory() {
        JsonNode docs = DirectoryApi.body(http.get().uri("/v3/api-docs").exchange(), HttpStatus.OK);
        assertThat(docs.get("paths").propertyNames()).contains("/api/v1/locations", "/api/v1/locations/{id}",
                "/api/v1/treatments", "/api/v1/therapists", "/api/v1/therapists/{id}",
                "/api/v1/therapists/{id}/working-hours");
    }

    @Test
    void theApiDocumentFollowsThePlatformsRulesAndIsRecordedAgainstItsBaseline() {
        String document = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(ApiDocuments.platformShapeViolations(document, "http://127.0.0.1:8080")).isEmpty();
        JsonNode api = JSON.readTree(document);
        assertThat(api.at("/info/title").asString()).isEqualTo("Clinic platform: directory");
        JsonNode create = api.at("/paths/~1api~1v1~1therapists/post");
        assertThat(create.get("operationId").asString()).isEqualTo("createTherapist");
        assertThat(create.get("responses").propertyNames()).contains("201", "409", "422").doesNotContain("200");
        assertThat(api.at("/components/schemas/TherapistRequest/properties/displayName/maxLength").asInt()).isEqualTo(200);
        assertThat(api.at("/components/schemas/Treatment/properties/aftercarePlan/nullable").asBoolean()).isTrue();

        ApiBaseline.record("therapist-service", document);
    }
}
