package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** GET/PUT /api/v1/clients/{id}/notification-preferences, and what the preferences do to real deliveries. */
class PreferencesIT extends IntegrationTestBase {

    private static final Instant DEC_1_10_00 = Instant.parse("2026-12-01T10:00:00Z");

    private Booking booking;
    private String clientToken;

    @BeforeEach
    void aClientOfTheExampleClinic() {
        publishDirectoryExamples();
        booking = Booking.fresh(EXAMPLE_LOCATION);
        clientToken = bearer(TokenClaims.client("client", booking.clientId()));
    }

    @Test
    void aClientWithoutPreferencesGetsTheDefaults() {
        read(clientToken).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody()
                .jsonPath("$.channels").isEqualTo(List.of("EMAIL"))
                .jsonPath("$.optOuts").isEmpty()
                .jsonPath("$.quietHours").doesNotExist()
                .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void aClientSavesTheirPreferencesAndAStaleVersionIsRefused() {
        String body = """
                {"channels":["EMAIL","SMS"],"smsNumber":"+447700900123","optOuts":["appointment-reminder"],
                 "quietHours":{"start":"21:00","end":"08:00","timeZone":"Europe/London"}}""";
        write(clientToken, body, "\"0\"").expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.channels").isEqualTo(List.of("EMAIL", "SMS"))
                .jsonPath("$.smsNumber").isEqualTo("+447700900123")
                .jsonPath("$.optOuts").isEqualTo(List.of("appointment-reminder"))
                .jsonPath("$.quietHours.start").isEqualTo("21:00:00")
                .jsonPath("$.quietHours.timeZone").isEqualTo("Europe/London");

        read(clientToken).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);
        // Someone else's change based on the version before: rejected, not silently lost.
        write(clientToken, """
                {"channels":["EMAIL"]}""", "\"0\"").expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        write(clientToken, """
                {"channels":["EMAIL"]}""", null).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void onlyTheClientFrontDeskOfTheirLocationsAndAdminsMayReadOrChangeThem() {
        UUID otherClient = UUID.randomUUID();
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
        await().atMost(Duration.ofSeconds(10)).until(() -> emailsTo(booking.email()).size() == 1);

        http.get().uri("/api/v1/clients/{id}/notification-preferences", otherClient).header("Authorization", clientToken).exchange()
                .expectStatus().isForbidden();
        read(bearer(TokenClaims.frontDesk("desk", List.of(EXAMPLE_LOCATION)))).expectStatus().isOk();
        read(bearer(TokenClaims.frontDesk("desk", List.of(UUID.randomUUID())))).expectStatus().isForbidden();
        read(bearer(TokenClaims.clinicAdmin("admin"))).expectStatus().isOk();
        read(bearer(TokenClaims.operator("operator"))).expectStatus().isForbidden();
        read(bearer(TokenClaims.therapist("maya", UUID.randomUUID(), List.of(EXAMPLE_LOCATION)))).expectStatus().isForbidden();
        http.get().uri("/api/v1/clients/{id}/notification-preferences", booking.clientId()).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void invalidPreferencesAreRejectedAsProblemsNamingTheField() {
        assertInvalid("""
                {"channels":[]}""", "channels");
        assertInvalid("""
                {"channels":["SMS"]}""", "smsNumber");
        assertInvalid("""
                {"channels":["SMS"],"smsNumber":"07700 900123"}""", "smsNumber");
        assertInvalid("""
                {"channels":["WEBHOOK"]}""", "channels");
        assertInvalid("""
                {"channels":["EMAIL"],"optOuts":["appointment-confirmation"]}""", "optOuts");
        assertInvalid("""
                {"channels":["EMAIL"],"optOuts":["spam"]}""", "optOuts");
        assertInvalid("""
                {"channels":["EMAIL"],"quietHours":{"start":"21:00","end":"08:00","timeZone":"Mars/Base"}}""", "quietHours.timeZone");
        write(clientToken, "{\"channels\":[\"FAX\"]}", null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        write(clientToken, "not json", null).expectStatus().isBadRequest();
        write(clientToken, "{\"channels\":[\"EMAIL\"]}", "\"x\"").expectStatus().isBadRequest();
    }

    @Test
    void anOptedOutMessageIsRecordedAsSkippedAndNotSentWhileConfirmationsStillGo() {
        write(clientToken, """
                {"channels":["EMAIL"],"optOuts":["session-aftercare"]}""", null).expectStatus().isOk();

        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_FULFILLED, booking, 2, DEC_1_10_00, Map.of())));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .extracting(n -> n.get("template") + ":" + n.get("status"))
                .containsExactlyInAnyOrder("appointment-confirmation:SENT", "session-aftercare:SKIPPED"));
        assertThat(emailsTo(booking.email())).hasSize(1);
    }

    @Test
    void smsGoesThroughTheProviderAdapterAsWellAsEmail() {
        write(clientToken, """
                {"channels":["EMAIL","SMS"],"smsNumber":"+447700900123"}""", null).expectStatus().isOk();

        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .extracting(n -> n.get("channel") + ":" + n.get("status"))
                .containsExactlyInAnyOrder("EMAIL:SENT", "SMS:SENT"));
        String smsId = (String) notificationsOf(booking.appointmentId()).stream()
                .filter(n -> "SMS".equals(n.get("channel"))).findFirst().orElseThrow().get("id");
        TestHttpServer.Received sms = httpServer.receivedAt(TestHttpServer.SMS_PATH).stream()
                .filter(request -> request.body().contains(smsId)).findFirst().orElseThrow();
        assertThat(sms.headers()).containsEntry("authorization", "Bearer " + TestHttpServer.SMS_API_KEY)
                .containsEntry("idempotency-key", smsId)
                .containsEntry("content-type", "application/json");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.readValue(sms.body(), Map.class);
        assertThat(body).containsEntry("to", "+447700900123").containsEntry("from", "ClinicNet").containsEntry("reference", smsId);
        assertThat((String) body.get("text")).isEqualTo("Booked: Knee pain relief massage, 60 min with Maya Okafor, Tue 1 Dec 2026 10:00, Riverside Clinic.");
    }

    @Test
    void inQuietHoursAMessageWaitsUntilTheyEnd() {
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        LocalTime now = LocalTime.ofInstant(minute, ZoneOffset.UTC);
        LocalTime end = now.plusHours(2);
        write(clientToken, """
                {"channels":["EMAIL"],"quietHours":{"start":"%s","end":"%s","timeZone":"UTC"}}"""
                .formatted(now.minusHours(1), end), null).expectStatus().isOk();

        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of())));

        Instant due = jdbc.sql("SELECT next_attempt_at FROM notification WHERE appointment_id = :id")
                .param("id", booking.appointmentId()).query(Instant.class).single();
        assertThat(due).isEqualTo(minute.plus(Duration.ofHours(2)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).untilAsserted(() -> {
            assertThat(emailsTo(booking.email())).isEmpty();
            assertThat(notificationsOf(booking.appointmentId())).singleElement()
                    .satisfies(n -> assertThat(n).containsEntry("status", "PENDING").containsEntry("attempts", 0));
        });
    }

    private void assertInvalid(String body, String field) {
        write(clientToken, body, null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/validation")
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private RestTestClient.ResponseSpec read(String token) {
        return http.get().uri("/api/v1/clients/{id}/notification-preferences", booking.clientId())
                .header("Authorization", token).exchange();
    }

    private RestTestClient.ResponseSpec write(String token, String body, String ifMatch) {
        RestTestClient.RequestBodySpec request = http.put().uri("/api/v1/clients/{id}/notification-preferences", booking.clientId())
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body(body).exchange();
    }
}
