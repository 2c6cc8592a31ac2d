package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** kill -9 of notification-service in the middle of a burst of bookings, then a restart. */
class NotificationCrashSystemIT {

    @Test
    void everyBookingIsConfirmedExactlyOnceAcrossACrashOfNotificationService() {
        Gateway admin = SystemUnderTest.admin();
        TestChain chain = SystemUnderTest.chain();
        List<TestChain.Client> clients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            clients.add(chain.newClient(admin));
        }

        List<CompletableFuture<Gateway.Response>> bookings = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            if (i == clients.size() / 2) {
                SystemUnderTest.platform().kill("notification-service");
            }
            bookings.add(admin.postAsync("/api/v1/appointments", chain.freshBooking(clients.get(i).id()), UUID.randomUUID().toString()));
        }
        assertThat(bookings).allSatisfy(booking -> assertThat(booking.join().status()).as(booking.join().body()).isEqualTo(201));
        SystemUnderTest.platform().start("notification-service");

        Confirmations.assertExactlyOneEach(clients.stream().map(TestChain.Client::email).toList(), Duration.ofSeconds(60));
        for (CompletableFuture<Gateway.Response> booking : bookings) {
            String appointmentId = booking.join().json().get("id").asString();
            var items = admin.get("/api/v1/notifications?appointmentId=" + appointmentId).json().get("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).get("status").asString()).isEqualTo("SENT");
        }
    }
}
