package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.testsupport.apidocs.ApiBaseline;
import com.clinicnetwork.testsupport.apidocs.ApiDocuments;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OperationsIT extends IntegrationTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void probesReportUpWithDatabaseAndKafkaInReadiness() {
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void deliveriesShowUpInPrometheusMetricsWithoutPersonalData() {
        Booking booking = Booking.fresh(UUID.randomUUID());
        send(booked(booking));
        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(booking.email()).size() == 1);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(metrics -> assertThat(metrics)
                        .contains("clinic_notifications_attempts_total{application=\"notification-service\",channel=\"EMAIL\",outcome=\"sent\",template=\"appointment-confirmation\"}")
                        .contains("clinic_notifications_delivery_latency_seconds_count")
                        .doesNotContain(booking.email())
                        .doesNotContain(booking.firstName())));
    }

    @Test
    void theApiIsDescribedWithOpenApi() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/notifications'].get").exists()
                .jsonPath("$.paths['/api/v1/clients/{clientId}/notification-preferences'].put").exists()
                .jsonPath("$.paths['/api/v1/notifications/webhook-subscriptions'].post").exists();
    }

    @Test
    void theApiDocumentFollowsThePlatformsRulesAndIsRecordedAgainstItsBaseline() {
        String document = http.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(ApiDocuments.platformShapeViolations(document, "http://127.0.0.1:8080")).isEmpty();
        JsonNode api = JSON.readTree(document);
        assertThat(api.at("/info/title").asString()).isEqualTo("Clinic platform: notifications");
        assertThat(api.at("/paths/~1api~1v1~1notifications/get/operationId").asString()).isEqualTo("listNotifications");
        JsonNode confirm = api.at("/paths/~1api~1v1~1clients~1{clientId}~1notification-preferences~1sms-verification/post/responses");
        assertThat(confirm.propertyNames()).contains("200", "404", "409", "422");
        assertThat(api.at("/components/schemas/PreferencesView/properties/pendingSmsNumber/nullable").asBoolean()).isTrue();
        assertThat(api.get("paths").has("/api/v1/clients/{id}/export")).isFalse();

        ApiBaseline.record("notification-service", document);
    }
}
