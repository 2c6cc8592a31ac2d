package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConcurrencySystemIT {

    @Test
    void fiftyClientsRacingForOneSlotProduceExactlyOneBooking() {
        Gateway admin = SystemUnderTest.admin();
        TestChain chain = SystemUnderTest.chain();
        List<TestChain.Client> clients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            clients.add(chain.newClient(admin));
        }
        Map<String, Object> contested = chain.freshBooking(clients.get(0).id());

        List<CompletableFuture<Gateway.Response>> attempts = new ArrayList<>();
        for (TestChain.Client client : clients) {
            Map<String, Object> booking = new HashMap<>(contested);
            booking.put("clientId", client.id());
            attempts.add(admin.postAsync("/api/v1/appointments", booking, UUID.randomUUID().toString()));
        }
        List<Integer> statuses = attempts.stream().map(attempt -> attempt.join().status()).toList();

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 201).containsOnly(409);
    }

    @Test
    void parallelReschedulesOfOneAppointmentFromTheSameVersionLoseNoUpdate() {
        Gateway admin = SystemUnderTest.admin();
        TestChain chain = SystemUnderTest.chain();
        TestChain.Client client = chain.newClient(admin);
        JsonNode booked = admin.created("/api/v1/appointments", chain.freshBooking(client.id()));
        String appointment = booked.get("id").asString();
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            targets.add(chain.freshBooking(client.id()).get("startsAt").toString());
        }

        // Every front end read version 1 and sends If-Match "1": exactly one change may win.
        List<CompletableFuture<Gateway.Response>> attempts = targets.stream()
                .map(startsAt -> admin.postAsync("/api/v1/appointments/" + appointment + "/reschedule",
                        Map.of("startsAt", startsAt), null, "\"1\""))
                .toList();
        List<Gateway.Response> responses = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() != 200)
                .extracting(Gateway.Response::status).containsOnly(412);
        JsonNode winner = responses.stream().filter(response -> response.status() == 200).findFirst().orElseThrow().json();
        JsonNode current = admin.get("/api/v1/appointments/" + appointment).json();
        assertThat(current.get("version").asLong()).isEqualTo(2);
        assertThat(current.get("startsAt").asString()).isEqualTo(winner.get("startsAt").asString());
    }
}
