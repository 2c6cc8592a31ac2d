package com.clinicnetwork.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.testsupport.apidocs.ApiBaseline;
import com.clinicnetwork.testsupport.apidocs.ApiDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
        // The operator console reads the outbox gauges one by one, as JSON.
        http.get().uri("/actuator/metrics/clinic.outbox.backlog")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.measurements[0].value").isNumber();
        http.get().uri("/v3/api-docs")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/appointments'].post").exists()
                .jsonPath("$.paths['/api/v1/clients/{id}'].get").exists();
    }

    @Test
    void theApiDocumentFollowsThePlatformsRulesAndIsRecordedAgainstItsBaseline() {
        String document = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(ApiDocuments.platformShapeViolations(document, "http://127.0.0.1:8080")).isEmpty();
        JsonNode api = json.readTree(document);
        assertThat(api.at("/info/title").asString()).isEqualTo("Clinic platform: booking");
        JsonNode book = api.at("/paths/~1api~1v1~1appointments/post");
        assertThat(book.get("operationId").asString()).isEqualTo("bookAppointment");
        assertThat(book.get("responses").propertyNames()).contains("201", "400", "401", "403", "409", "422", "429", "503")
                .doesNotContain("200");
        assertThat(api.at("/paths/~1api~1v1~1appointments/get/operationId").asString()).isEqualTo("listAppointments");
        assertThat(api.at("/paths/~1api~1v1~1appointments~1{id}~1cancel/post/operationId").asString()).isEqualTo("cancelAppointment");
        JsonNode appointment = api.at("/components/schemas/AppointmentView/properties");
        for (String nullable : new String[] {"seriesId", "cancellationReason", "lateCancellation", "intakeNotes", "clientName"}) {
            assertThat(appointment.at("/" + nullable + "/nullable").asBoolean()).as(nullable).isTrue();
        }
        assertThat(appointment.at("/id/nullable").isMissingNode()).isTrue();
        // Paths the gateway answers itself are not described here.
        assertThat(api.get("paths").has("/api/v1/clients/{id}/export")).isFalse();
        assertThat(api.get("paths").has("/api/v1/audit-events")).isFalse();

        ApiBaseline.record("booking-service", document);
    }
}
