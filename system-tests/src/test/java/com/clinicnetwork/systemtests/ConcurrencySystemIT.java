package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

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
}
