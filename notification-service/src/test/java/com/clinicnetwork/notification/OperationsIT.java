package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OperationsIT extends IntegrationTestBase {

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
}
