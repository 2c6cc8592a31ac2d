package com.clinicnetwork.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

class OperationsIT extends IntegrationTestBase {

    @Test
    void theReadinessAndLivenessProbesAreUp() {
        http.get().uri("/actuator/health/readiness")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void metricsAndTheApiDocumentAreServedWithoutAToken() {
        http.get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
        http.get().uri("/v3/api-docs")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/appointments'].post").exists()
                .jsonPath("$.paths['/api/v1/clients/{id}'].get").exists();
    }
}
