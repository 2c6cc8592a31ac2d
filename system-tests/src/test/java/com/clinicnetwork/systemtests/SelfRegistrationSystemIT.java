package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A person who signed up with the identity provider has tokens with a subject and no {@code client_id}. Through the
 * gateway they complete their profile and from then on are that client everywhere: booking-service at once,
 * notification-service once {@code client.registered} has reached it over Kafka.
 */
class SelfRegistrationSystemIT {

    @Test
    void aPersonWhoSignedUpCompletesTheirProfileBooksAndManagesTheirMessages() {
        TestChain chain = SystemUnderTest.chain();
        Gateway person = SystemUnderTest.gatewayAs(TokenClaims.selfRegisteredClient("signed-up-" + UUID.randomUUID()));
        assertThat(person.get("/api/v1/clients/me").status()).isEqualTo(404);

        String email = "signed-up-" + UUID.randomUUID() + "@test.example";
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("firstName", "Nia");
        profile.put("lastName", "Signedup");
        profile.put("email", email);
        profile.put("timeZone", TestChain.ZONE.getId());
        profile.put("registeredLocationId", chain.locationId);
        String clientId = person.created("/api/v1/clients", profile).get("id").asString();
        Gateway.Response me = person.get("/api/v1/clients/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        Gateway.Response again = person.post("/api/v1/clients", profile);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("clientId").asString()).isEqualTo(clientId);

        Map<String, Object> withoutClientId = new HashMap<>(chain.freshBooking(clientId));
        withoutClientId.remove("clientId");
        JsonNode appointment = person.created("/api/v1/appointments", withoutClientId);
        assertThat(appointment.get("clientId").asString()).isEqualTo(clientId);
        Map<String, Object> nextSession = chain.freshBooking(clientId);
        person.created("/api/v1/appointments", nextSession);
        Gateway.Response own = person.get("/api/v1/appointments");
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("totalItems").asInt()).isEqualTo(2);
        OffsetDateTime windowStart = OffsetDateTime.parse((String) chain.freshBooking(clientId).get("startsAt"));
        JsonNode entry = person.created("/api/v1/waitlist", Map.of("locationId", chain.locationId, "treatmentId", chain.treatmentId,
                "windowStart", windowStart.toString(), "windowEnd", windowStart.plusHours(1).toString()));
        assertThat(entry.get("clientId").asString()).isEqualTo(clientId);

        String preferences = "/api/v1/clients/" + clientId + "/notification-preferences";
        Awaitility.await("notification-service links the person to their profile").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> person.get(preferences).status() == 200);
        Gateway.Response saved = person.put(preferences, Map.of("channels", List.of("EMAIL"), "optOuts", List.of("appointment-reminder")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Awaitility.await("the booking confirmed by email").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> SystemUnderTest.platform().mailServer().receivedRecipients().contains(email));
        Gateway.Response export = person.get("/api/v1/clients/" + clientId + "/export");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.json().at("/services/booking-service/client/email").asString()).isEqualTo(email);
        assertThat(export.json().at("/services/notification-service/preferences/opt_outs").toString())
                .contains("appointment-reminder");

        Gateway stranger = SystemUnderTest.gatewayAs(TokenClaims.selfRegisteredClient("signed-up-" + UUID.randomUUID()));
        assertThat(stranger.get("/api/v1/clients/" + clientId).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/clients/" + clientId + "/export").status()).isEqualTo(404);
        assertThat(stranger.get(preferences).status()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/appointments/" + appointment.get("id").asString()).status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/appointments", chain.freshBooking(clientId)).status()).isEqualTo(403);
    }
}
