package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmtpOutageIT extends IntegrationTestBase {

    private static final UUID LOCATION = UUID.randomUUID();

    @AfterEach
    void smtpBackForTheNextTest() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    @Test
    void attemptsAreRecordedDuringAnOutageAndTheEmailGoesOutOnceSmtpIsBack() {
        greenMail.stop();
        Booking booking = Booking.fresh(LOCATION);
        send(booked(booking));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notification(booking))
                .containsEntry("status", "PENDING")
                .extractingByKey("attempts").satisfies(attempts -> assertThat((Integer) attempts).isGreaterThanOrEqualTo(2)));
        // An SMTP outage must not take the service out of rotation: the API keeps answering.
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");

        greenMail.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(booking.email()).size() == 1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(notification(booking))
                .containsEntry("status", "SENT")
                .extractingByKey("attempts").satisfies(attempts -> assertThat((Integer) attempts).isGreaterThanOrEqualTo(3)));
        assertThat(emailsTo(booking.email())).hasSize(1);
    }

    @Test
    void aNotificationIsMarkedFailedAfterTheLastAllowedAttempt() {
        greenMail.stop();
        Booking booking = Booking.fresh(LOCATION);
        send(booked(booking));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notification(booking))
                .containsEntry("status", "FAILED")
                .containsEntry("attempts", RETRY_MAX_ATTEMPTS)
                .doesNotContainKey("sentAt"));
        assertThat(emailsTo(booking.email())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> notification(Booking booking) {
        Map<String, Object> page = http.get().uri("/api/v1/notifications?appointmentId={id}", booking.appointmentId())
                .header("Authorization", bearer(TokenClaims.clinicAdmin("admin")))
                .exchange()
                .expectStatus().isOk()
                .returnResult(JSON_OBJECT)
                .getResponseBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
