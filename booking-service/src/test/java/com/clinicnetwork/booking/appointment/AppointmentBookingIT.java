package com.clinicnetwork.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

class AppointmentBookingIT extends IntegrationTestBase {

    private static final String APPOINTMENTS = "/api/v1/appointments";

    @Test
    void aClientBooksAFreeSlotAndAppointmentBookedIsPublishedWithoutIntakeNotes() {
        BookableTherapist setup = bookableTherapist();
        UUID clientId = createClient("Alex");
        OffsetDateTime startsAt = nextWeekAt(10, 0);
        Map<String, Object> request = setup.booking(null, startsAt);
        request.put("intakeNotes", "Left knee aches after long runs");

        try (TopicProbe appointments = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            var created = book(client(clientId), request)
                    .expectStatus().isCreated()
                    .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                    .expectBody(AppointmentView.class).returnResult();
            AppointmentView appointment = created.getResponseBody();
            assertThat(created.getResponseHeaders().getLocation()).hasPath(APPOINTMENTS + "/" + appointment.id());
            assertThat(appointment.clientId()).isEqualTo(clientId);
            assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(appointment.startsAt().toInstant()).isEqualTo(startsAt.toInstant());
            assertThat(appointment.endsAt().toInstant()).isEqualTo(startsAt.plusMinutes(60).toInstant());
            assertThat(appointment.intakeNotes()).isEqualTo("Left knee aches after long runs");

            ConsumerRecord<String, String> event = appointments.awaitRecord(EVENTUALLY,
                    record -> appointment.id().toString().equals(record.key()));
            assertThat(TopicProbe.header(event, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.APPOINTMENT_BOOKED);
            assertThat(TopicProbe.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/clinic/booking-service");
            assertThat(TopicProbe.header(event, CloudEventHeaders.SUBJECT)).isEqualTo(appointment.id().toString());
            assertThat(TopicProbe.header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(TopicProbe.header(event, CloudEventHeaders.SCHEMA_VERSION)).isEqualTo("1");
            assertThat(TopicProbe.header(event, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(UUID.fromString(TopicProbe.header(event, CloudEventHeaders.ID))).isNotNull();
            assertThat(OffsetDateTime.parse(TopicProbe.header(event, CloudEventHeaders.TIME))).isNotNull();

            JsonNode payload = json.readTree(event.value());
            assertThat(fieldPaths(payload, "")).isEqualTo(fieldPaths(json.readTree(ContractExamples.json(EventTypes.APPOINTMENT_BOOKED)), ""));
            assertThat(payload.get("appointmentId").asString()).isEqualTo(appointment.id().toString());
            assertThat(payload.get("version").asLong()).isEqualTo(1);
            assertThat(payload.get("status").asString()).isEqualTo("BOOKED");
            assertThat(payload.get("clientId").asString()).isEqualTo(clientId.toString());
            assertThat(payload.get("therapistId").asString()).isEqualTo(setup.therapistId().toString());
            assertThat(OffsetDateTime.parse(payload.get("startsAt").asString()).toInstant()).isEqualTo(startsAt.toInstant());
            assertThat(OffsetDateTime.parse(payload.get("endsAt").asString()).toInstant())
                    .isEqualTo(startsAt.plusMinutes(60).toInstant());
            assertThat(payload.get("client").get("firstName").asString()).isEqualTo("Alex");
            assertThat(payload.get("client").get("email").asString()).isEqualTo("alex@example.com");
            assertThat(payload.get("client").get("locale").asString()).isEqualTo("en-GB");
            assertThat(event.value()).doesNotContain("knee aches");
        }
    }

    @Test
    void theBookedAppointmentCanBeReadByThoseInvolvedWithItsVersionAsETag() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView appointment = bookedBy(client(SAM), setup.booking(null, nextWeekAt(11, 0)));

        for (String reader : List.of(client(SAM), therapist(setup.therapistId(), setup.locationId()),
                frontDesk(setup.locationId()), admin())) {
            AppointmentView read = http.get().uri(APPOINTMENTS + "/{id}", appointment.id())
                    .header(HttpHeaders.AUTHORIZATION, reader)
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                    .expectBody(AppointmentView.class).returnResult().getResponseBody();
            // Reads add display names, which the booking's answer does not carry.
            assertThat(read.withNames(null, null, null, null, null)).isEqualTo(appointment);
        }
    }

    @Test
    void anyoneElseIsToldTheAppointmentDoesNotExist() {
        BookableTherapist setup = bookableTherapist();
        AppointmentView appointment = bookedBy(client(SAM), setup.booking(null, nextWeekAt(12, 0)));

        for (String stranger : List.of(client(PRIYA), therapist(UUID.randomUUID(), setup.locationId()),
                frontDesk(UUID.randomUUID()))) {
            http.get().uri(APPOINTMENTS + "/{id}", appointment.id())
                    .header(HttpHeaders.AUTHORIZATION, stranger)
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        http.get().uri(APPOINTMENTS + "/{id}", UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aSlotOverlappingABookingOrItsBufferIsAConflictNamingTheBookedSlot() {
        BookableTherapist setup = bookableTherapist();
        OffsetDateTime tenOClock = nextWeekAt(10, 0);
        bookedBy(client(SAM), setup.booking(null, tenOClock));

        for (OffsetDateTime overlapping : List.of(tenOClock, tenOClock.plusMinutes(30), tenOClock.minusMinutes(45),
                tenOClock.plusMinutes(60))) {
            book(client(PRIYA), setup.booking(null, overlapping))
                    .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/slot-taken")
                    .jsonPath("$.conflictingSlot.therapistId").isEqualTo(setup.therapistId().toString())
                    .jsonPath("$.conflictingSlot.startsAt").isEqualTo(utc(tenOClock))
                    .jsonPath("$.conflictingSlot.endsAt").isEqualTo(utc(tenOClock.plusMinutes(60)))
                    .jsonPath("$.conflictingSlot.busyUntil").isEqualTo(utc(tenOClock.plusMinutes(75)))
                    .jsonPath("$.requestedSlot.startsAt").isEqualTo(utc(overlapping));
        }
        // Once the 15-minute buffer is over the therapist is free again.
        book(client(PRIYA), setup.booking(null, tenOClock.plusMinutes(75))).expectStatus().isCreated();
    }

    @Test
    void ofManyConcurrentRequestsForOneSlotExactlyOneSucceeds() throws Exception {
        BookableTherapist setup = bookableTherapist();
        OffsetDateTime startsAt = nextWeekAt(14, 0);
        int requests = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<HttpStatus>> outcomes = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                UUID clientId = i % 2 == 0 ? SAM : PRIYA;
                Callable<HttpStatus> attempt = () -> {
                    start.await();
                    return HttpStatus.valueOf(book(admin(), setup.booking(clientId, startsAt))
                            .returnResult().getStatus().value());
                };
                outcomes.add(pool.submit(attempt));
            }
            start.countDown();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> outcome : outcomes) {
                statuses.add(outcome.get());
            }

            assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
            assertThat(statuses).filteredOn(HttpStatus.CONFLICT::equals).hasSize(requests - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSessionRunningPastTheEndOfWorkingHoursIsRejected() {
        BookableTherapist setup = bookableTherapist();

        book(client(SAM), setup.booking(null, nextWeekAt(19, 30)))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/outside-working-hours")
                .jsonPath("$.errors[0].field").isEqualTo("startsAt");
        book(client(SAM), setup.booking(null, nextWeekAt(7, 0))).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        book(client(SAM), setup.booking(null, nextWeekAt(19, 0))).expectStatus().isCreated();
    }

    @Test
    void aStartInThePastOrWithoutOffsetIsABadRequest() {
        BookableTherapist setup = bookableTherapist();

        book(client(SAM), setup.booking(null, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("startsAt");
        Map<String, Object> withoutOffset = setup.booking(null, nextWeekAt(10, 0));
        withoutOffset.put("startsAt", nextWeekAt(10, 0).toLocalDateTime().toString());
        book(client(SAM), withoutOffset).expectStatus().isBadRequest();
    }

    @Test
    void unknownReferencesAreBadRequestsNamingTheField() {
        BookableTherapist setup = bookableTherapist();
        OffsetDateTime startsAt = nextWeekAt(10, 0);

        Map<String, Object> unknownTherapist = setup.booking(SAM, startsAt);
        unknownTherapist.put("therapistId", UUID.randomUUID());
        Map<String, Object> unknownTreatment = setup.booking(SAM, startsAt);
        unknownTreatment.put("treatmentId", UUID.randomUUID());
        Map<String, Object> unknownLocation = setup.booking(SAM, startsAt);
        unknownLocation.put("locationId", UUID.randomUUID());
        Map<String, Map<String, Object>> cases = Map.of(
                "therapistId", unknownTherapist,
                "treatmentId", unknownTreatment,
                "locationId", unknownLocation,
                "clientId", setup.booking(UUID.randomUUID(), startsAt));
        cases.forEach((field, request) -> book(admin(), request)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/validation")
                .jsonPath("$.errors[0].field").isEqualTo(field));
        Map<String, Object> missingTreatment = setup.booking(SAM, startsAt);
        missingTreatment.remove("treatmentId");
        book(admin(), missingTreatment).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("treatmentId");
    }

    @Test
    void intakeNotesAreLengthLimited() {
        BookableTherapist setup = bookableTherapist();
        Map<String, Object> request = setup.booking(null, nextWeekAt(10, 0));
        request.put("intakeNotes", "x".repeat(2001));

        book(client(SAM), request).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("intakeNotes");
    }

    @Test
    void aClientCannotBookForAnotherClient() {
        BookableTherapist setup = bookableTherapist();

        book(client(SAM), setup.booking(PRIYA, nextWeekAt(10, 0)))
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void frontDeskBooksForClientsOnlyAtItsOwnLocations() {
        BookableTherapist setup = bookableTherapist();

        book(frontDesk(UUID.randomUUID()), setup.booking(SAM, nextWeekAt(10, 0))).expectStatus().isForbidden();
        book(frontDesk(setup.locationId()), setup.booking(null, nextWeekAt(10, 0)))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("clientId");
        book(frontDesk(setup.locationId()), setup.booking(SAM, nextWeekAt(10, 0))).expectStatus().isCreated();
    }

    @Test
    void therapistsCannotBook() {
        BookableTherapist setup = bookableTherapist();

        book(therapist(setup.therapistId(), setup.locationId()), setup.booking(SAM, nextWeekAt(10, 0)))
                .expectStatus().isForbidden();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAppointment() {
        BookableTherapist setup = bookableTherapist();
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = setup.booking(null, nextWeekAt(10, 0));

        AppointmentView first = book(client(SAM), request, key)
                .expectStatus().isCreated().expectBody(AppointmentView.class).returnResult().getResponseBody();
        var retry = book(client(SAM), request, key)
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody(AppointmentView.class).returnResult();

        assertThat(retry.getResponseBody()).isEqualTo(first);
        assertThat(retry.getResponseHeaders().getLocation()).hasPath(APPOINTMENTS + "/" + first.id());
        // Without the key, the same request is a new booking attempt and meets the first one.
        book(client(SAM), request).expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyAllGetTheSameAppointment() throws Exception {
        BookableTherapist setup = bookableTherapist();
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = setup.booking(null, nextWeekAt(15, 0));
        int retries = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        try {
            List<Future<AppointmentView>> outcomes = new ArrayList<>();
            for (int i = 0; i < retries; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return book(client(SAM), request, key).expectStatus().isCreated()
                            .expectBody(AppointmentView.class).returnResult().getResponseBody();
                }));
            }
            start.countDown();
            Set<UUID> ids = new TreeSet<>();
            for (Future<AppointmentView> outcome : outcomes) {
                ids.add(outcome.get().id());
            }

            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reusingAnIdempotencyKeyForADifferentRequestIsUnprocessable() {
        BookableTherapist setup = bookableTherapist();
        String key = UUID.randomUUID().toString();
        book(client(SAM), setup.booking(null, nextWeekAt(10, 0)), key).expectStatus().isCreated();

        book(client(SAM), setup.booking(null, nextWeekAt(13, 0)), key)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/idempotency-key-reused");
        // Keys belong to their caller: another client's identical key is a separate request.
        book(client(PRIYA), setup.booking(null, nextWeekAt(13, 0)), key).expectStatus().isCreated();
    }

    @Test
    void requestsWithoutATokenAreUnauthenticated() {
        BookableTherapist setup = bookableTherapist();

        http.post().uri(APPOINTMENTS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(setup.booking(SAM, nextWeekAt(10, 0)))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri(APPOINTMENTS + "/{id}", UUID.randomUUID())
                .exchange()
                .expectStatus().isUnauthorized();
    }

    private AppointmentView bookedBy(String token, Map<String, Object> request) {
        return book(token, request).expectStatus().isCreated().expectBody(AppointmentView.class).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec book(String token, Map<String, Object> request) {
        return book(token, request, null);
    }

    private RestTestClient.ResponseSpec book(String token, Map<String, Object> request, String idempotencyKey) {
        return http.post().uri(APPOINTMENTS)
                .header(HttpHeaders.AUTHORIZATION, token)
                .headers(headers -> {
                    if (idempotencyKey != null) {
                        headers.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .exchange();
    }

    private static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
    }

    private static Set<String> fieldPaths(JsonNode node, String prefix) {
        Set<String> paths = new TreeSet<>();
        node.properties().forEach(property -> {
            String path = prefix + property.getKey();
            paths.add(path);
            if (property.getValue().isObject()) {
                paths.addAll(fieldPaths(property.getValue(), path + "."));
            }
        });
        return paths;
    }
}
