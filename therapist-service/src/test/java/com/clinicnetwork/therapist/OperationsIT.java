package com.clinicnetwork.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.infrastructure.UsesRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** What operators and the gateway rely on: probes, metrics and the OpenAPI document, without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesRealInfrastructure
@AutoConfigureRestTestClient
class OperationsIT {

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
}
