package com.clinicnetwork.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.notification.delivery.Dispatcher;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;

/** GET/PUT /api/v1/clients/{id}/notification-preferences, and what the preferences do to real deliveries. */
class PreferencesIT extends IntegrationTestBase {

    private static final Instant DEC_1_10_00 = Instant.parse("2026-12-01T10:00:00Z");

    @Autowired
    private Dispatcher dispatcher;
    @LocalServerPort
    private int port;
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
        String number = freshSmsNumber();
        String body = """
                {"channels":["EMAIL","SMS"],"smsNumber":"%s","optOuts":["appointment-reminder"],
                 "quietHours":{"start":"21:00","end":"08:00","timeZone":"Europe/London"}}""".formatted(number);
        write(clientToken, body, "\"0\"").expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody()
                .jsonPath("$.channels").isEqualTo(List.of("EMAIL", "SMS"))
                .jsonPath("$.smsNumber").doesNotExist()
                .jsonPath("$.pendingSmsNumber").isEqualTo(number)
                .jsonPath("$.smsVerificationPending").isEqualTo(true)
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
    void frontDeskWhoseOnlyLinkIsACancelledAppointmentCanNeitherReadNorChangeThem() {
        // The attack: book a dummy appointment for the client at the desk's own location, then cancel it.
        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_CANCELLED, booking, 2, DEC_1_10_00, Map.of())));
        String desk = bearer(TokenClaims.frontDesk("desk", List.of(EXAMPLE_LOCATION)));

        read(desk).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        write(desk, """
                {"channels":["EMAIL","SMS"],"smsNumber":"%s"}""".formatted(freshSmsNumber()), null).expectStatus().isForbidden();
        read(clientToken).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void frontDeskWithAnActiveAppointmentAtItsLocationMayReadButOnlyTheClientChangesThem() {
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of())));
        String desk = bearer(TokenClaims.frontDesk("desk", List.of(EXAMPLE_LOCATION)));
        String admin = bearer(TokenClaims.clinicAdmin("admin"));
        String body = """
                {"channels":["EMAIL"],"optOuts":["appointment-reminder"]}""";

        read(desk).expectStatus().isOk();
        write(desk, body, null).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        read(admin).expectStatus().isOk();
        write(admin, body, null).expectStatus().isForbidden();
        write(clientToken, body, null).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);
        read(desk).expectStatus().isOk().expectBody().jsonPath("$.optOuts").isEqualTo(List.of("appointment-reminder"));
    }

    @Test
    void othersMayNeitherReadNorChangeThem() {
        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of())));
        String otherClient = bearer(TokenClaims.client("other", UUID.randomUUID()));
        String body = """
                {"channels":["EMAIL"]}""";

        read(otherClient).expectStatus().isForbidden();
        write(otherClient, body, null).expectStatus().isForbidden();
        read(bearer(TokenClaims.frontDesk("desk", List.of(UUID.randomUUID())))).expectStatus().isForbidden();
        read(bearer(TokenClaims.operator("operator"))).expectStatus().isForbidden();
        read(bearer(TokenClaims.therapist("maya", UUID.randomUUID(), List.of(EXAMPLE_LOCATION)))).expectStatus().isForbidden();
        confirm(bearer(TokenClaims.frontDesk("desk", List.of(EXAMPLE_LOCATION))), "123456").expectStatus().isForbidden();
        confirm(otherClient, "123456").expectStatus().isForbidden();
        http.get().uri("/api/v1/clients/{id}/notification-preferences", booking.clientId()).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aNewSmsNumberGetsACodeAndReceivesMessagesOnlyOnceConfirmed() {
        String number = freshSmsNumber();
        write(clientToken, """
                {"channels":["EMAIL","SMS"],"smsNumber":"%s"}""".formatted(number), null).expectStatus().isOk()
                .expectBody().jsonPath("$.smsVerificationPending").isEqualTo(true);
        assertThat(smsCodesSentTo(number)).hasSize(1);
        String code = smsCodesSentTo(number).get(0);
        assertThat(jdbc.sql("SELECT row_to_json(p)::text FROM client_preference p WHERE client_id = :id")
                .param("id", booking.clientId()).query(String.class).single())
                .as("only a hash of the code is stored").doesNotContain(code);
        // Saving other preferences again neither sends another code nor invalidates the one sent.
        write(clientToken, """
                {"channels":["EMAIL","SMS"],"smsNumber":"%s","optOuts":["session-aftercare"]}""".formatted(number), null)
                .expectStatus().isOk();
        assertThat(smsCodesSentTo(number)).containsExactly(code);

        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .extracting(n -> n.get("channel") + ":" + n.get("status"))
                .containsExactly("EMAIL:SENT"));
        assertThat(smsTextsSentTo(number)).as("nothing but the code before confirmation").hasSize(1);

        confirm(clientToken, code).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"3\"")
                .expectBody()
                .jsonPath("$.smsNumber").isEqualTo(number)
                .jsonPath("$.pendingSmsNumber").doesNotExist()
                .jsonPath("$.smsVerificationPending").isEqualTo(false);

        send(appointmentEvent(EventTypes.APPOINTMENT_RESCHEDULED, booking, 2, DEC_1_10_00.plus(Duration.ofDays(1)),
                Map.of("previousStartsAt", DEC_1_10_00.toString())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .filteredOn(n -> "SMS".equals(n.get("channel")))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("template", "appointment-rescheduled").containsEntry("status", "SENT")
                        .containsEntry("recipient", number)));
        assertThat(smsTextsSentTo(number)).hasSize(2);
    }

    @Test
    void whileANewNumberAwaitsItsCodeSmsKeepGoingToTheConfirmedOne() {
        String confirmed = freshSmsNumber();
        saveAndConfirmSmsNumber(booking.clientId(), """
                {"channels":["SMS"],"smsNumber":"%s"}""".formatted(confirmed), confirmed);
        String unconfirmed = freshSmsNumber();
        write(clientToken, """
                {"channels":["SMS"],"smsNumber":"%s"}""".formatted(unconfirmed), null).expectStatus().isOk()
                .expectBody().jsonPath("$.smsNumber").isEqualTo(confirmed).jsonPath("$.pendingSmsNumber").isEqualTo(unconfirmed);

        send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("channel", "SMS").containsEntry("status", "SENT")
                        .containsEntry("recipient", confirmed)));
        assertThat(smsTextsSentTo(unconfirmed)).hasSize(1);
    }

    @Test
    void wrongCodesAreRefusedAndAfterTheLastAttemptTheNumberMustBeSavedAgain() {
        String number = freshSmsNumber();
        String body = """
                {"channels":["SMS"],"smsNumber":"%s"}""".formatted(number);
        write(clientToken, body, null).expectStatus().isOk();
        String code = smsCodesSentTo(number).get(0);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attemptsLeft = 4; attemptsLeft >= 1; attemptsLeft--) {
            confirm(clientToken, wrong).expectStatus().isEqualTo(422)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/sms-code-invalid")
                    .jsonPath("$.title").isEqualTo("Wrong SMS code")
                    .jsonPath("$.attemptsLeft").isEqualTo(attemptsLeft);
        }
        confirm(clientToken, wrong).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/sms-code-attempts-exhausted");
        // The right code no longer helps: the code is gone.
        confirm(clientToken, code).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/no-sms-verification-pending");
        read(clientToken).expectStatus().isOk().expectBody().jsonPath("$.smsNumber").doesNotExist();

        write(clientToken, body, null).expectStatus().isOk();
        List<String> codes = smsCodesSentTo(number);
        assertThat(codes).hasSize(2);
        confirm(clientToken, codes.get(1)).expectStatus().isOk().expectBody().jsonPath("$.smsNumber").isEqualTo(number);
    }

    @Test
    void anExpiredCodeIsRefusedWithItsOwnProblemType() {
        String number = freshSmsNumber();
        write(clientToken, """
                {"channels":["EMAIL","SMS"],"smsNumber":"%s"}""".formatted(number), null).expectStatus().isOk();
        String code = smsCodesSentTo(number).get(0);
        // Longer after it was sent than it is valid (15 minutes by default).
        clock.advance(Duration.ofMinutes(15));

        confirm(clientToken, code).expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/sms-code-expired")
                .jsonPath("$.title").isEqualTo("SMS code expired");
        read(clientToken).expectStatus().isOk().expectBody()
                .jsonPath("$.smsNumber").doesNotExist()
                .jsonPath("$.pendingSmsNumber").isEqualTo(number);
    }

    @Test
    void whenTheCodeCannotBeSentNothingChangesAndTheClientIsToldToRetry() {
        String number = freshSmsNumber();
        String body = """
                {"channels":["EMAIL","SMS"],"smsNumber":"%s"}""".formatted(number);
        httpServer.respond(TestHttpServer.SMS_PATH, 500);

        // The shared client (Apache HttpClient) repeats a PUT answered 503, and its repeat would get the code through.
        RestTestClient.bindToServer(new JdkClientHttpRequestFactory()).baseUrl("http://localhost:" + port).build()
                .put().uri("/api/v1/clients/{id}/notification-preferences", booking.clientId())
                .header("Authorization", clientToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/sms-code-not-sent")
                .jsonPath("$.title").isEqualTo("SMS code not sent")
                .jsonPath("$.detail").isEqualTo(
                        "The code for the new SMS number could not be sent, so nothing was changed. Try again shortly.");
        read(clientToken).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.pendingSmsNumber").doesNotExist();

        write(clientToken, body, null).expectStatus().isOk().expectBody().jsonPath("$.pendingSmsNumber").isEqualTo(number);
    }

    @Test
    void aMalformedCodeIsAValidationProblem() {
        confirm(clientToken, "12ab").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
        confirm(clientToken, "123456").expectStatus().isEqualTo(409);
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
        saveAndConfirmSmsNumber(booking.clientId(), """
                {"channels":["EMAIL","SMS"],"smsNumber":"+447700900123"}""", "+447700900123");

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
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        LocalTime now = LocalTime.ofInstant(minute, ZoneOffset.UTC);
        LocalTime end = now.plusHours(2);
        write(clientToken, """
                {"channels":["EMAIL"],"quietHours":{"start":"%s","end":"%s","timeZone":"UTC"}}"""
                .formatted(now.minusHours(1), end), null).expectStatus().isOk();

        awaitConsumed(APPOINTMENTS_CONSUMER, send(appointmentEvent(EventTypes.APPOINTMENT_BOOKED, booking, 1, DEC_1_10_00, Map.of())));

        Instant due = jdbc.sql("SELECT next_attempt_at FROM notification WHERE appointment_id = :id")
                .param("id", booking.appointmentId()).query(Instant.class).single();
        assertThat(due).isEqualTo(minute.plus(Duration.ofHours(2)));
        // A minute before the quiet hours end, a dispatcher pass leaves it waiting.
        advanceClockTo(due.minus(Duration.ofMinutes(1)));
        dispatcher.deliverDue();
        assertThat(emailsTo(booking.email())).isEmpty();
        assertThat(notificationsOf(booking.appointmentId())).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("status", "PENDING").containsEntry("attempts", 0));

        advanceClockTo(due);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notificationsOf(booking.appointmentId()))
                .singleElement()
                .satisfies(n -> assertThat(n).containsEntry("status", "SENT").containsEntry("attempts", 1)));
        assertThat(emailsTo(booking.email())).hasSize(1);
    }

    private void assertInvalid(String body, String field) {
        write(clientToken, body, null).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/validation")
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private RestTestClient.ResponseSpec confirm(String token, String code) {
        return http.post().uri("/api/v1/clients/{id}/notification-preferences/sms-verification", booking.clientId())
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"code\":\"" + code + "\"}")
                .exchange();
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
