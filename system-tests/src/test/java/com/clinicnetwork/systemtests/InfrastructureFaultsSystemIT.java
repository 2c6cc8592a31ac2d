package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The slower fault scenarios, run with {@code -Dsystem-tests.excluded=none}: a crash of booking-service
 * with events still in its outbox, a broker restart mid-burst, and a database restart.
 */
@Tag("full")
class InfrastructureFaultsSystemIT {

    private final Gateway admin = SystemUnderTest.admin();
    private final TestChain chain = SystemUnderTest.chain();

    @Test
    void eventsWaitingInTheOutboxWhenBookingServiceCrashesAreDeliveredOnceAfterItRestarts() {
        List<TestChain.Client> clients = clients(10);
        SystemUnderTest.platform().stopKafka();
        try {
            for (TestChain.Client client : clients) {
                Gateway.Response booked = admin.post("/api/v1/appointments", chain.freshBooking(client.id()));
                assertThat(booked.status()).as(booked.body()).isEqualTo(201);
            }
            SystemUnderTest.platform().kill("booking-service");
        } finally {
            SystemUnderTest.platform().restartKafka();
        }
        SystemUnderTest.platform().start("booking-service");

        Confirmations.assertExactlyOneEach(emails(clients), Duration.ofSeconds(90));
    }

    @Test
    void aBrokerRestartInTheMiddleOfABurstLosesAndDuplicatesNothing() {
        List<TestChain.Client> clients = clients(20);
        List<CompletableFuture<Gateway.Response>> bookings = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            if (i == clients.size() / 2) {
                SystemUnderTest.platform().restartKafka();
            }
            bookings.add(admin.postAsync("/api/v1/appointments", chain.freshBooking(clients.get(i).id()), UUID.randomUUID().toString()));
        }
        assertThat(bookings).allSatisfy(booking -> assertThat(booking.join().status()).isEqualTo(201));

        Confirmations.assertExactlyOneEach(emails(clients), Duration.ofSeconds(90));
    }

    @Test
    void aDatabaseRestartLosesNoConfirmedBookingAndRetriesWithTheSameKeyBookOnce() {
        List<TestChain.Client> clients = clients(10);
        List<Map<String, Object>> requests = clients.stream().map(client -> chain.freshBooking(client.id())).toList();
        List<String> keys = clients.stream().map(client -> UUID.randomUUID().toString()).toList();

        for (int i = 0; i < requests.size(); i++) {
            if (i == requests.size() / 2) {
                SystemUnderTest.platform().restartPostgres();
            }
            int attempt = i;
            // A front end retries with the same Idempotency-Key until it gets an answer that is not an outage.
            Awaitility.await("booking " + attempt).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        int status = admin.postAsync("/api/v1/appointments", requests.get(attempt), keys.get(attempt)).join().status();
                        assertThat(status).as("never an unexplained server error").isNotEqualTo(500);
                        return status == 201;
                    });
        }

        Confirmations.assertExactlyOneEach(emails(clients), Duration.ofSeconds(90));
    }

    private List<TestChain.Client> clients(int count) {
        List<TestChain.Client> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clients.add(chain.newClient(admin));
        }
        return clients;
    }

    private static List<String> emails(List<TestChain.Client> clients) {
        return clients.stream().map(TestChain.Client::email).toList();
    }
}
