package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.kafka.ContractEvents;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person who registered with the identity provider has tokens with a subject and no {@code client_id}. Once
 * {@code client.registered} has told this service which client record they created, they act here as that client.
 */
class ClientLinksIT extends IntegrationTestBase {

    private static final String CLIENTS_CONSUMER = "notification-service.clients";
    private static final String PREFERENCES = "/api/v1/clients/{id}/notification-preferences";

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    private String subject;
    private String person;

    @BeforeEach
    void aPersonWhoSignedUp() {
        ContainerTestUtils.waitForAssignment(listeners.getListenerContainer(CLIENTS_CONSUMER), 3);
        subject = "self-" + UUID.randomUUID();
        person = bearer(TokenClaims.selfRegisteredClient(subject));
    }

    @Test
    void aSelfRegisteredClientManagesTheirPreferencesOnceTheirRegistrationHasArrived() {
        UUID clientId = UUID.randomUUID();
        getPreferences(clientId, person).expectStatus().isForbidden();
        putPreferences(clientId, person).expectStatus().isForbidden();

        send(registered(clientId, subject, Instant.now(), UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> getPreferences(clientId, person).expectStatus().isOk());
        putPreferences(clientId, person).expectStatus().isOk()
                .expectBody().jsonPath("$.optOuts[0]").isEqualTo("appointment-reminder");
        getPreferences(clientId, person).expectStatus().isOk()
                .expectBody().jsonPath("$.clientId").isEqualTo(clientId.toString())
                .jsonPath("$.optOuts[0]").isEqualTo("appointment-reminder");
        http.get().uri("/api/v1/clients/{id}/export", clientId).header("Authorization", person).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.preferences.opt_outs").exists();
        http.get().uri("/api/v1/notifications?clientId={id}", clientId).header("Authorization", person).exchange()
                .expectStatus().isOk();

        // Another person, with a registration of their own or none, is not that client.
        String otherSubject = "self-" + UUID.randomUUID();
        awaitConsumed(CLIENTS_CONSUMER, send(registered(UUID.randomUUID(), otherSubject, Instant.now(), UUID.randomUUID())));
        for (String other : List.of(bearer(TokenClaims.selfRegisteredClient(otherSubject)),
                bearer(TokenClaims.selfRegisteredClient("self-" + UUID.randomUUID())))) {
            getPreferences(clientId, other).expectStatus().isForbidden();
            putPreferences(clientId, other).expectStatus().isForbidden();
            http.get().uri("/api/v1/clients/{id}/export", clientId).header("Authorization", other).exchange()
                    .expectStatus().isNotFound();
            http.get().uri("/api/v1/notifications?clientId={id}", clientId).header("Authorization", other).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.items").isEmpty();
        }
    }

    @Test
    void theContractExampleLinksItsSubject() {
        JsonNode example = json.readTree(ContractExamples.json(EventTypes.CLIENT_REGISTERED));
        UUID clientId = UUID.fromString(example.get("clientId").asString());
        String exampleSubject = example.get("subject").asString();
        jdbc.sql("DELETE FROM client_link WHERE subject = :subject").param("subject", exampleSubject).update();

        awaitConsumed(CLIENTS_CONSUMER, send(ContractEvents.record(Topics.CLIENTS, EventTypes.CLIENT_REGISTERED,
                clientId.toString(), ContractExamples.json(EventTypes.CLIENT_REGISTERED))));

        assertThat(linkedClient(exampleSubject)).contains(clientId.toString());
    }

    @Test
    void aRedeliveryAndAnOlderRegistrationOfTheSamePersonChangeNothing() {
        UUID earlier = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        Instant now = Instant.now();
        ProducerRecord<String, String> laterRegistration = registered(later, subject, now, UUID.randomUUID());

        awaitConsumed(CLIENTS_CONSUMER, send(laterRegistration));
        awaitConsumed(CLIENTS_CONSUMER, send(registered(earlier, subject, now.minus(Duration.ofDays(30)), UUID.randomUUID())));
        awaitConsumed(CLIENTS_CONSUMER, send(laterRegistration));

        assertThat(linkedClient(subject)).contains(later.toString());
        getPreferences(later, person).expectStatus().isOk();
        getPreferences(earlier, person).expectStatus().isForbidden();
    }

    @Test
    void erasureEndsTheLinkAndNoReplayedRegistrationBringsItBack() {
        UUID erased = UUID.randomUUID();
        Instant registeredAt = Instant.now().minus(Duration.ofHours(1));
        awaitConsumed(CLIENTS_CONSUMER, send(registered(erased, subject, registeredAt, UUID.randomUUID())));
        putPreferences(erased, person).expectStatus().isOk();

        awaitConsumed(CLIENTS_CONSUMER, send(ContractEvents.record(Topics.CLIENTS, EventTypes.CLIENT_ERASED, erased.toString(),
                UUID.randomUUID(), json.writeValueAsString(Map.of("clientId", erased, "erasedAt", Instant.now().toString())))));

        assertThat(linkedClient(subject)).isEmpty();
        getPreferences(erased, person).expectStatus().isForbidden();
        putPreferences(erased, person).expectStatus().isForbidden();
        assertThat(jdbc.sql("SELECT count(*) FROM client_preference WHERE client_id = :id").param("id", erased)
                .query(Long.class).single()).isZero();

        // The registration again under a new event id (a replay of the topic): still nobody's.
        awaitConsumed(CLIENTS_CONSUMER, send(registered(erased, subject, registeredAt, UUID.randomUUID())));
        assertThat(linkedClient(subject)).isEmpty();
        getPreferences(erased, person).expectStatus().isForbidden();

        // The person's new profile, created after the erasure, is theirs.
        UUID fresh = UUID.randomUUID();
        awaitConsumed(CLIENTS_CONSUMER, send(registered(fresh, subject, Instant.now(), UUID.randomUUID())));
        getPreferences(fresh, person).expectStatus().isOk();
    }

    private ProducerRecord<String, String> registered(UUID clientId, String subject, Instant registeredAt, UUID eventId) {
        ObjectNode payload = (ObjectNode) json.readTree(ContractExamples.json(EventTypes.CLIENT_REGISTERED));
        payload.put("clientId", clientId.toString());
        payload.put("subject", subject);
        payload.put("registeredAt", registeredAt.toString());
        return ContractEvents.record(Topics.CLIENTS, EventTypes.CLIENT_REGISTERED, clientId.toString(), eventId,
                json.writeValueAsString(payload));
    }

    private List<String> linkedClient(String subject) {
        return jdbc.sql("SELECT client_id::text FROM client_link WHERE subject = :subject").param("subject", subject)
                .query(String.class).list();
    }

    private RestTestClient.ResponseSpec getPreferences(UUID clientId, String token) {
        return http.get().uri(PREFERENCES, clientId).header("Authorization", token).exchange();
    }

    private RestTestClient.ResponseSpec putPreferences(UUID clientId, String token) {
        return http.put().uri(PREFERENCES, clientId).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"channels":["EMAIL"],"optOuts":["appointment-reminder"]}""")
                .exchange();
    }
}
