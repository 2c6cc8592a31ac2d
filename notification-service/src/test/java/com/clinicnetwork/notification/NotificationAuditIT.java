package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reads of notifications and of a client's preferences leave audit entries, a list read one per notification it returned. */
class NotificationAuditIT extends IntegrationTestBase {

    @Test
    void aNotificationListReadIsAuditedWithTheIdsItReturnedAndAPreferencesReadWithTheClient() {
        Booking booking = Booking.fresh(UUID.randomUUID());
        send(booked(booking));
        await().atMost(Duration.ofSeconds(10)).until(() -> !notificationsOf(booking.appointmentId()).isEmpty());
        String subject = "client-" + UUID.randomUUID();
        String token = bearer(TokenClaims.client(subject, booking.clientId()));

        Map<String, Object> page = http.get().uri("/api/v1/notifications?appointmentId={id}", booking.appointmentId())
                .header("Authorization", token).exchange().expectStatus().isOk().returnResult(JSON_OBJECT).getResponseBody();
        http.get().uri("/api/v1/clients/{id}/notification-preferences", booking.clientId())
                .header("Authorization", token).exchange().expectStatus().isOk();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).isNotEmpty();
        for (Map<String, Object> notification : items) {
            assertThat(auditEvents("notification", notification.get("id").toString(), subject)).singleElement().satisfies(event -> {
                assertThat(event.get("method") + " " + event.get("path")).isEqualTo("GET /api/v1/notifications");
                assertThat(event.get("status")).isEqualTo(200);
            });
        }
        assertThat(auditEvents("client", booking.clientId().toString(), subject)).singleElement().satisfies(event ->
                assertThat(event.get("path")).isEqualTo("/api/v1/clients/" + booking.clientId() + "/notification-preferences"));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> auditEvents(String recordType, String recordId, String subject) {
        Map<String, Object> page = http.get().uri("/api/v1/audit-events?recordType={type}&recordId={id}&subject={subject}",
                        recordType, recordId, subject)
                .header("Authorization", bearer(TokenClaims.clinicAdmin("admin")))
                .exchange().expectStatus().isOk().returnResult(JSON_OBJECT).getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }
}
