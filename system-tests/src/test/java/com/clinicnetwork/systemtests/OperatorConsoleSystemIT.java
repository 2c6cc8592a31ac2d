package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What an operator sees in the console's API while things go wrong: notification-service killed shows
 * down and its consumer lag grows with every booking, drains to zero once it is back; a poisoned record
 * shows up as a dead letter without its content and can be replayed.
 */
class OperatorConsoleSystemIT {

    private static final String GROUP = "notification-service.appointments";

    @Test
    void aCrashShowsAsDownAndGrowingLagThatDrainsAfterTheRestartAndDeadLettersCanBeReplayed() {
        Gateway operator = SystemUnderTest.gatewayAs(TokenClaims.operator("system-test-operator"));
        Gateway admin = SystemUnderTest.admin();
        TestChain chain = SystemUnderTest.chain();
        awaitStatus(operator, "all services up", status -> service(status, "notification-service").get("reachable").asBoolean());
        awaitStatus(operator, "booking-service's outbox figures shown",
                status -> service(status, "booking-service").get("outboxBacklog").isNumber());

        SystemUnderTest.platform().kill("notification-service");
        awaitStatus(operator, "notification-service shown down",
                status -> !service(status, "notification-service").get("reachable").asBoolean());
        for (int i = 0; i < 5; i++) {
            assertThat(admin.post("/api/v1/appointments", chain.freshBooking(chain.newClient(admin).id())).status()).isEqualTo(201);
        }
        awaitStatus(operator, "lag of " + GROUP + " grown", status -> lag(status) >= 5);

        SystemUnderTest.platform().start("notification-service");
        awaitStatus(operator, "lag drained", status -> lag(status) == 0);

        UUID poisonId = UUID.randomUUID();
        TopicProbe.send(SystemUnderTest.platform().kafkaBootstrapServers(), ContractEvents.record(Topics.APPOINTMENTS,
                EventTypes.APPOINTMENT_BOOKED, "poison-" + poisonId, poisonId, "{\"appointmentId\":\"not-a-uuid\",\"client\":{\"email\":\"secret@example.com\"}}"));
        JsonNode deadLetter = Awaitility.await("dead letter listed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> find(operator.get("/ops/dead-letters").json(), poisonId), node -> node != null);
        assertThat(deadLetter.get("state").asString()).isEqualTo("PENDING");
        assertThat(deadLetter.get("originalTopic").asString()).isEqualTo(Topics.APPOINTMENTS);
        assertThat(deadLetter.get("cause").asString()).contains("InvalidEventException");
        assertThat(operator.get("/ops/dead-letters").body()).doesNotContain("secret@example.com");

        Gateway.Response replayed = operator.post("/ops/dead-letters/" + deadLetter.get("topic").asString() + "/"
                + deadLetter.get("partition").asInt() + "/" + deadLetter.get("offset").asLong() + "/replay", Map.of());
        assertThat(replayed.status()).as(replayed.body()).isBetween(200, 204);
        JsonNode afterReplay = operator.get("/ops/dead-letters").json();
        assertThat(at(afterReplay, deadLetter).get("state").asString()).isEqualTo("REPLAYED");
        // The cause was not fixed (the payload is invalid for good), so the replayed record is dead-lettered again.
        Awaitility.await("replayed record dead-lettered again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> pendingCopies(operator.get("/ops/dead-letters").json(), poisonId) == 1);

        assertThat(SystemUnderTest.gatewayAs(TokenClaims.clinicAdmin("not-an-operator")).get("/ops/status").status()).isEqualTo(403);
    }

    private static void awaitStatus(Gateway operator, String what, Predicate<JsonNode> condition) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> operator.get("/ops/status").json(), condition);
    }

    private static JsonNode service(JsonNode status, String name) {
        for (JsonNode service : status.get("services")) {
            if (name.equals(service.get("name").asString())) {
                return service;
            }
        }
        throw new AssertionError("No service " + name + " in " + status);
    }

    private static long lag(JsonNode status) {
        for (JsonNode topic : status.get("topics").get("data")) {
            if (Topics.APPOINTMENTS.equals(topic.get("name").asString())) {
                for (JsonNode group : topic.get("consumerGroups")) {
                    if (GROUP.equals(group.get("group").asString())) {
                        return group.get("lag").asLong();
                    }
                }
            }
        }
        return -1;
    }

    private static JsonNode at(JsonNode deadLetters, JsonNode coordinates) {
        for (JsonNode deadLetter : deadLetters) {
            if (deadLetter.get("topic").equals(coordinates.get("topic")) && deadLetter.get("partition").equals(coordinates.get("partition"))
                    && deadLetter.get("offset").equals(coordinates.get("offset"))) {
                return deadLetter;
            }
        }
        throw new AssertionError("Dead letter " + coordinates + " no longer listed");
    }

    private static long pendingCopies(JsonNode deadLetters, UUID eventId) {
        long count = 0;
        for (JsonNode deadLetter : deadLetters) {
            if (eventId.toString().equals(deadLetter.get("eventId").asString()) && "PENDING".equals(deadLetter.get("state").asString())) {
                count++;
            }
        }
        return count;
    }

    private static JsonNode find(JsonNode deadLetters, UUID eventId) {
        for (JsonNode deadLetter : deadLetters) {
            if (eventId.toString().equals(deadLetter.get("eventId").asString())) {
                return deadLetter;
            }
        }
        return null;
    }
}
