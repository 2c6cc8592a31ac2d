package com.clinicnetwork.booking.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.client.ErasedClient;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Export, erasure and consents of one client, against the real database and broker. */
class ClientPrivacyIT extends IntegrationTestBase {


    @Test
    void consentsStartAsRegistrationDefaultsAndEachChangeIsRecordedWithTimeAndSourceAndPublished() {
        UUID clientId = createClient("Consenting");
        JsonNode initial = getJson("/api/v1/clients/" + clientId + "/consents", client(clientId));
        assertThat(initial.at("/careMessages/granted").asBoolean()).isTrue();
        assertThat(initial.at("/careMessages/source").asString()).isEqualTo("registration");
        assertThat(initial.at("/marketing/granted").asBoolean()).isFalse();

        Instant before = Instant.now();
        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.CLIENTS)) {
            JsonNode changed = put("/api/v1/clients/" + clientId + "/consents", client(clientId), Map.of("careMessages", false))
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(changed.at("/careMessages/granted").asBoolean()).isFalse();
            assertThat(changed.at("/careMessages/source").asString()).isEqualTo("self-service");
            assertThat(Instant.parse(changed.at("/careMessages/changedAt").asString())).isBetween(before, Instant.now());
            // The consent not asked about is untouched.
            assertThat(changed.get("marketing")).isEqualTo(initial.get("marketing"));

            ConsumerRecord<String, String> event = events.awaitRecord(EVENTUALLY, record -> clientId.toString().equals(record.key())
                    && EventTypes.CLIENT_CONSENTS_CHANGED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE)));
            JsonNode payload = json.readTree(event.value());
            assertThat(payload.at("/careMessages/granted").asBoolean()).isFalse();
            assertThat(payload.at("/careMessages/source").asString()).isEqualTo("self-service");
            assertThat(payload.at("/marketing/granted").asBoolean()).isFalse();
        }

        // Asking for what already holds is no change: same date, no second event.
        JsonNode again = put("/api/v1/clients/" + clientId + "/consents", client(clientId), Map.of("careMessages", false))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(again.at("/careMessages/changedAt")).isEqualTo(getJson("/api/v1/clients/" + clientId + "/consents",
                admin()).at("/careMessages/changedAt"));
        assertThat(outboxEvents(clientId, EventTypes.CLIENT_CONSENTS_CHANGED)).isEqualTo(1);
    }

    @Test
    void consentsAreTheClientsToChangeAndReadableOnlyByThoseWhoMayReadTheClient() {
        UUID clientId = createClient("Guarded");
        UUID stranger = createClient("Stranger");
        String path = "/api/v1/clients/" + clientId + "/consents";

        put(path, admin(), Map.of("marketing", true)).expectStatus().isForbidden();
        put(path, client(stranger), Map.of("marketing", true)).expectStatus().isNotFound();
        put(path, client(clientId), Map.of()).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri(path).header(HttpHeaders.AUTHORIZATION, frontDesk(UUID.randomUUID())).exchange().expectStatus().isNotFound();
        http.get().uri(path).header(HttpHeaders.AUTHORIZATION, admin()).exchange().expectStatus().isOk();
        assertThat(getJson(path, client(clientId)).at("/marketing/granted").asBoolean()).isFalse();
    }

    @Test
    void theExportHoldsTheClientConsentsAppointmentsWithNotesWaitlistEntriesAndAuditEvents() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Exported");
        Map<String, Object> booking = setup.booking(null, nextWeekAt(9, 0));
        booking.put("intakeNotes", "Left knee hurts on stairs.");
        AppointmentView appointment = booked(client(clientId), booking);
        OffsetDateTime windowStart = nextWeekAt(15, 0);
        post("/api/v1/waitlist", client(clientId), Map.of("locationId", setup.locationId(), "treatmentId", setup.treatmentId(),
                "windowStart", windowStart.toString(), "windowEnd", windowStart.plusHours(2).toString()), null)
                .expectStatus().isCreated();
        http.get().uri("/api/v1/clients/" + clientId).header(HttpHeaders.AUTHORIZATION, client(clientId)).exchange().expectStatus().isOk();

        JsonNode export = getJson("/api/v1/clients/" + clientId + "/export", client(clientId));

        assertThat(export.at("/client/id").asString()).isEqualTo(clientId.toString());
        assertThat(export.at("/client/email").asString()).isEqualTo("exported@example.com");
        assertThat(export.at("/client/erasedAt").isNull()).isTrue();
        assertThat(export.at("/consents/careMessages/granted").asBoolean()).isTrue();
        assertThat(export.get("appointments")).singleElement().satisfies(item -> {
            assertThat(item.get("id").asString()).isEqualTo(appointment.id().toString());
            assertThat(item.get("intakeNotes").asString()).isEqualTo("Left knee hurts on stairs.");
            assertThat(item.get("status").asString()).isEqualTo("BOOKED");
        });
        assertThat(export.get("courses")).isEmpty();
        assertThat(export.get("waitlistEntries")).singleElement()
                .satisfies(entry -> assertThat(entry.get("status").asString()).isEqualTo("WAITING"));
        // The audit trail writes after the response: the read above shows up shortly.
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(getJson("/api/v1/clients/" + clientId + "/export", admin())
                .get("auditEvents").findValuesAsString("path")).contains("/api/v1/clients/" + clientId));
        JsonNode audit = getJson("/api/v1/clients/" + clientId + "/export", admin()).get("auditEvents").get(0);
        assertThat(audit.has("subject")).isFalse();
        assertThat(audit.has("clientIp")).isFalse();
    }

    @Test
    void onlyTheClientAndClinicAdminsMayExportEveryoneElseIsToldTheClientDoesNotExist() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Private");
        booked(client(clientId), setup.booking(null, nextWeekAt(11, 0)));
        String path = "/api/v1/clients/" + clientId + "/export";

        for (String outsider : new String[] {client(createClient("Other")), frontDesk(setup.locationId()),
                therapist(setup.therapistId(), setup.locationId()), operator()}) {
            http.get().uri(path).header(HttpHeaders.AUTHORIZATION, outsider).exchange().expectStatus().isNotFound();
        }
        http.get().uri(path).header(HttpHeaders.AUTHORIZATION, admin()).exchange().expectStatus().isOk();
        http.get().uri("/api/v1/clients/" + UUID.randomUUID() + "/export").header(HttpHeaders.AUTHORIZATION, admin())
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void erasureAnonymisesKeepsTheFactsCancelsFutureAppointmentsFreesTheirSlotsAndIsIdempotent() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Erasable");
        Map<String, Object> future = setup.booking(null, nextWeekAt(10, 0));
        future.put("intakeNotes", "Recovering from a sprain.");
        AppointmentView upcoming = booked(client(clientId), future);
        AppointmentView started = booked(client(clientId), setup.booking(null, nextWeekAt(16, 0)));
        startedTenMinutesAgo(started.id());
        OffsetDateTime windowStart = nextWeekAt(12, 0);
        post("/api/v1/waitlist", client(clientId), Map.of("locationId", setup.locationId(), "treatmentId", setup.treatmentId(),
                "windowStart", windowStart.toString(), "windowEnd", windowStart.plusHours(2).toString()), null)
                .expectStatus().isCreated();

        try (TopicProbe clients = TopicProbe.readFromBeginning(bootstrapServers(), Topics.CLIENTS);
                TopicProbe appointments = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            erase(clientId, client(clientId)).expectStatus().isNoContent();

            JsonNode erased = json.readTree(clients.awaitRecord(EVENTUALLY, record -> clientId.toString().equals(record.key())
                    && EventTypes.CLIENT_ERASED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))).value());
            assertThat(erased.get("clientId").asString()).isEqualTo(clientId.toString());
            JsonNode cancelled = json.readTree(appointments.awaitRecord(EVENTUALLY, record -> upcoming.id().toString().equals(record.key())
                    && EventTypes.APPOINTMENT_CANCELLED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))).value());
            assertThat(cancelled.get("cancellationReason").asString()).isEqualTo("erased");
            assertThat(cancelled.at("/client/firstName").asString()).isEqualTo(ErasedClient.NAME);
            assertThat(cancelled.at("/client/email").asString()).isEqualTo(ErasedClient.EMAIL);
        }

        JsonNode record = getJson("/api/v1/clients/" + clientId, client(clientId));
        assertThat(record.get("firstName").asString()).isEqualTo(ErasedClient.NAME);
        assertThat(record.get("lastName").asString()).isEqualTo(ErasedClient.NAME);
        assertThat(record.get("email").asString()).isEqualTo(ErasedClient.EMAIL);
        assertThat(record.get("phone").isNull()).isTrue();

        JsonNode export = getJson("/api/v1/clients/" + clientId + "/export", admin());
        assertThat(export.at("/client/erasedAt").isNull()).isFalse();
        assertThat(export.get("appointments")).hasSize(2).allSatisfy(item -> {
            assertThat(item.get("intakeNotes").isNull()).isTrue();
            assertThat(item.get("therapistId").asString()).isEqualTo(setup.therapistId().toString());
            assertThat(item.get("locationId").asString()).isEqualTo(setup.locationId().toString());
            assertThat(item.get("treatmentId").asString()).isEqualTo(setup.treatmentId().toString());
        });
        JsonNode cancelled = appointment(export, upcoming.id());
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancellationReason").asString()).isEqualTo("erased");
        assertThat(Instant.parse(cancelled.get("startsAt").asString())).isEqualTo(upcoming.startsAt().toInstant());
        assertThat(cancelled.get("lateCancellation").asBoolean()).isFalse();
        // Begun before the erasure: a fact for the accounts, not cancelled.
        assertThat(appointment(export, started.id()).get("status").asString()).isEqualTo("BOOKED");
        assertThat(export.get("waitlistEntries")).singleElement()
                .satisfies(entry -> assertThat(entry.get("status").asString()).isEqualTo("LEFT"));

        erase(clientId, client(clientId)).expectStatus().isNoContent();
        erase(clientId, admin()).expectStatus().isNoContent();
        assertThat(outboxEvents(clientId, EventTypes.CLIENT_ERASED)).isEqualTo(1);

        // The freed slot is bookable by someone else; the erased client can no longer be booked for.
        booked(client(createClient("Successor")), setup.booking(null, nextWeekAt(10, 0)));
        post("/api/v1/appointments", admin(), setup.booking(clientId, nextWeekAt(13, 0)), null)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/client-erased");
        put("/api/v1/clients/" + clientId + "/consents", client(clientId), Map.of("marketing", true)).expectStatus().isEqualTo(409);
    }

    @Test
    void onlyTheClientOrAClinicAdminMayEraseStaffWhoMayReadTheClientGet403OthersAre404() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Kept");
        booked(client(clientId), setup.booking(null, nextWeekAt(17, 0)));

        erase(clientId, client(createClient("Intruder"))).expectStatus().isNotFound();
        erase(clientId, frontDesk(UUID.randomUUID())).expectStatus().isNotFound();
        erase(clientId, frontDesk(setup.locationId())).expectStatus().isForbidden();
        erase(clientId, therapist(setup.therapistId(), setup.locationId())).expectStatus().isForbidden();
        erase(UUID.randomUUID(), admin()).expectStatus().isNotFound();

        assertThat(getJson("/api/v1/clients/" + clientId, admin()).get("firstName").asString()).isEqualTo("Kept");
        assertThat(outboxEvents(clientId, EventTypes.CLIENT_ERASED)).isZero();
    }

    private RestTestClient.ResponseSpec erase(UUID clientId, String token) {
        return http.delete().uri("/api/v1/clients/" + clientId).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    private RestTestClient.ResponseSpec put(String uri, String token, Object body) {
        return http.put().uri(uri).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange();
    }

    private JsonNode getJson(String uri, String token) {
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static JsonNode appointment(JsonNode export, UUID id) {
        for (JsonNode item : export.get("appointments")) {
            if (id.toString().equals(item.get("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("appointment " + id + " not in the export");
    }

    private long outboxEvents(UUID clientId, String type) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE subject = :subject AND event_type = :type")
                .param("subject", clientId.toString())
                .param("type", type)
                .query(Long.class)
                .single();
    }

    private void startedTenMinutesAgo(UUID id) {
        jdbc.sql("""
                        UPDATE appointment
                        SET starts_at = now() - interval '10 minutes',
                            ends_at = now() - interval '10 minutes' + (ends_at - starts_at),
                            blocked_until = now() - interval '10 minutes' + (blocked_until - starts_at)
                        WHERE id = :id
                        """)
                .param("id", id)
                .update();
    }
}
