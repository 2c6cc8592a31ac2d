package com.clinicnetwork.booking.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.booking.waitlist.WaitlistEntryView;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.ContractExamples;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.client.ErasedClient;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import com.clinicnetwork.testsupport.tokens.TestTokens;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * A person who registered with the identity provider has a token with a subject and no {@code client_id}: they create
 * their own profile, find it at {@code /me}, and from then on every per-client rule treats them as that client.
 */
class SelfRegisteredClientIT extends IntegrationTestBase {

    private static final String CLIENTS = "/api/v1/clients";
    private static final String ME = "/api/v1/clients/me";
    private static final String PROBLEMS = "https://api.clinic-network.example/problems/";

    @Test
    void aPersonCreatesTheirOwnProfileLinkedToTheirSubjectAndReadsItAtMe() {
        BookableTherapist clinic = bookableTherapist();
        String subject = "self-" + UUID.randomUUID();
        String person = selfRegistered(subject);
        http.get().uri(ME).header(HttpHeaders.AUTHORIZATION, person).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");

        Instant before = Instant.now();
        ClientView profile;
        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.CLIENTS)) {
            var created = post(CLIENTS, person, profile("Robin", clinic.locationId()), null)
                    .expectStatus().isCreated()
                    .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                    .expectBody(ClientView.class).returnResult();
            profile = created.getResponseBody();
            assertThat(created.getResponseHeaders().getLocation()).hasPath(CLIENTS + "/" + profile.id());
            assertThat(profile).isEqualTo(new ClientView(profile.id(), "Robin", "Self", "robin.self@example.com",
                    "+44 7700 900777", "Europe/London", "en-GB", clinic.locationId(), 1));

            http.get().uri(ME).header(HttpHeaders.AUTHORIZATION, person).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                    .expectBody(ClientView.class).isEqualTo(profile);
            // The preferred location is where the client registered: its front desk may read them, as any registration.
            for (String reader : new String[] {person, admin(), frontDesk(clinic.locationId())}) {
                http.get().uri(CLIENTS + "/{id}", profile.id()).header(HttpHeaders.AUTHORIZATION, reader).exchange()
                        .expectStatus().isOk()
                        .expectBody(ClientView.class).isEqualTo(profile);
            }

            UUID id = profile.id();
            ConsumerRecord<String, String> event = events.awaitRecord(EVENTUALLY, record -> id.toString().equals(record.key())
                    && EventTypes.CLIENT_REGISTERED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE)));
            JsonNode payload = json.readTree(event.value());
            assertThat(fieldNames(payload)).isEqualTo(fieldNames(json.readTree(ContractExamples.json(EventTypes.CLIENT_REGISTERED))));
            assertThat(payload.get("clientId").asString()).isEqualTo(id.toString());
            assertThat(payload.get("subject").asString()).isEqualTo(subject);
            assertThat(Instant.parse(payload.get("registeredAt").asString())).isBetween(before, Instant.now());
            assertThat(event.value()).doesNotContain("Robin", "robin.self@example.com", "7700");
        }
        // The read of /me is audited on the record it returned.
        assertThat(auditedReads(profile.id())).contains(ME);
    }

    @Test
    void staffRegistrationsAreNotAnnouncedAndLinkNobody() {
        UUID registeredByStaff = createClient("Staffed");

        assertThat(outboxEvents(registeredByStaff, EventTypes.CLIENT_REGISTERED)).isZero();
        assertThat(jdbc.sql("SELECT subject FROM client WHERE id = :id").param("id", registeredByStaff)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void aSecondProfileIsRefusedWithTheIdOfTheFirst() {
        String person = selfRegistered("self-" + UUID.randomUUID());
        UUID first = profile(person).id();

        post(CLIENTS, person, profile("Again", null), null)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "client-profile-exists")
                .jsonPath("$.clientId").isEqualTo(first.toString());
        // A token that names its client record already is that client.
        post(CLIENTS, client(SAM), profile("Sam", null), null)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.clientId").isEqualTo(SAM.toString());
        assertThat(outboxEvents(first, EventTypes.CLIENT_REGISTERED)).isEqualTo(1);
    }

    @Test
    void ofConcurrentAttemptsOfOnePersonExactlyOneCreatesTheProfile() throws Exception {
        String subject = "self-" + UUID.randomUUID();
        String person = selfRegistered(subject);
        int attempts = 6;
        List<Callable<JsonNode>> requests = Collections.nCopies(attempts,
                () -> post(CLIENTS, person, profile("Racer", null), null).expectBody(JsonNode.class).returnResult().getResponseBody());

        List<JsonNode> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            for (Future<JsonNode> answer : pool.invokeAll(requests)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<JsonNode> createdProfiles = answers.stream().filter(answer -> answer.has("firstName")).toList();
        assertThat(createdProfiles).hasSize(1);
        String id = createdProfiles.get(0).get("id").asString();
        assertThat(answers).filteredOn(answer -> !answer.has("firstName")).hasSize(attempts - 1)
                .allSatisfy(conflict -> {
                    assertThat(conflict.get("type").asString()).isEqualTo(PROBLEMS + "client-profile-exists");
                    assertThat(conflict.get("clientId").asString()).isEqualTo(id);
                });
        assertThat(jdbc.sql("SELECT count(*) FROM client WHERE subject = :subject").param("subject", subject)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void invalidProfilesAreRejectedNamingTheField() {
        String person = selfRegistered("self-" + UUID.randomUUID());
        Map<String, Object> unknownLocation = profile("Lost", UUID.randomUUID());
        Map<String, Object> badZone = profile("Zoned", null);
        badZone.put("timeZone", "Mars/Olympus");
        Map<String, Object> noEmail = profile("Silent", null);
        noEmail.remove("email");

        Map.of("registeredLocationId", unknownLocation, "timeZone", badZone, "email", noEmail).forEach((field, body) ->
                post(CLIENTS, person, body, null)
                        .expectStatus().isBadRequest()
                        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectBody().jsonPath("$.errors[0].field").isEqualTo(field));
        http.get().uri(ME).header(HttpHeaders.AUTHORIZATION, person).exchange().expectStatus().isNotFound();
    }

    @Test
    void aSelfRegisteredClientBooksListsCancelsAndJoinsTheWaitlistForThemselves() {
        BookableTherapist clinic = bookableTherapist();
        String person = selfRegistered("self-" + UUID.randomUUID());
        http.get().uri("/api/v1/appointments").header(HttpHeaders.AUTHORIZATION, person).exchange()
                .expectStatus().isForbidden();
        post("/api/v1/appointments", person, clinic.booking(null, nextWeekAt(9, 0)), null).expectStatus().isForbidden();
        UUID self = profile(person).id();

        AppointmentView withoutClientId = booked(person, clinic.booking(null, nextWeekAt(9, 0)));
        AppointmentView withOwnClientId = booked(person, clinic.booking(self, nextWeekAt(11, 0)));
        assertThat(List.of(withoutClientId.clientId(), withOwnClientId.clientId())).containsOnly(self);
        post("/api/v1/appointments", person, clinic.booking(SAM, nextWeekAt(13, 0)), null).expectStatus().isForbidden();

        PageOf<AppointmentView> own = http.get().uri("/api/v1/appointments").header(HttpHeaders.AUTHORIZATION, person).exchange()
                .expectStatus().isOk()
                .expectBody(APPOINTMENT_PAGE).returnResult().getResponseBody();
        assertThat(own.items()).extracting(AppointmentView::id).containsExactlyInAnyOrder(withoutClientId.id(), withOwnClientId.id());
        assertThat(own.items()).extracting(AppointmentView::clientName).containsOnly("Booker Self");
        http.get().uri("/api/v1/appointments?clientId={id}", SAM).header(HttpHeaders.AUTHORIZATION, person).exchange()
                .expectStatus().isForbidden();
        post("/api/v1/appointments/" + withOwnClientId.id() + "/cancel", person, Map.of("reason", "Plans changed"), null)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CANCELLED");

        Map<String, Object> join = new LinkedHashMap<>();
        join.put("locationId", clinic.locationId());
        join.put("treatmentId", clinic.treatmentId());
        join.put("windowStart", nextWeekAt(14, 0).toString());
        join.put("windowEnd", nextWeekAt(17, 0).toString());
        WaitlistEntryView entry = post("/api/v1/waitlist", person, join, null)
                .expectStatus().isCreated()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody();
        assertThat(entry.clientId()).isEqualTo(self);
        http.get().uri("/api/v1/waitlist/{id}", entry.id()).header(HttpHeaders.AUTHORIZATION, person).exchange()
                .expectStatus().isOk();
    }

    @Test
    void anotherPersonCanNeitherReadTheProfileNorActOnIt() {
        BookableTherapist clinic = bookableTherapist();
        String alice = selfRegistered("self-" + UUID.randomUUID());
        UUID alicesId = profile(alice).id();
        AppointmentView alicesAppointment = booked(alice, clinic.booking(null, nextWeekAt(10, 0)));
        Map<String, Object> join = new LinkedHashMap<>(Map.of("locationId", clinic.locationId(), "treatmentId", clinic.treatmentId(),
                "windowStart", nextWeekAt(14, 0).toString(), "windowEnd", nextWeekAt(17, 0).toString()));
        UUID alicesEntry = post("/api/v1/waitlist", alice, join, null).expectStatus().isCreated()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody().id();

        String withoutProfile = selfRegistered("self-" + UUID.randomUUID());
        String withProfile = selfRegistered("self-" + UUID.randomUUID());
        profile(withProfile);
        for (String bob : List.of(withoutProfile, withProfile)) {
            for (String path : List.of(CLIENTS + "/" + alicesId, CLIENTS + "/" + alicesId + "/consents",
                    CLIENTS + "/" + alicesId + "/export", "/api/v1/appointments/" + alicesAppointment.id(),
                    "/api/v1/waitlist/" + alicesEntry)) {
                http.get().uri(path).header(HttpHeaders.AUTHORIZATION, bob).exchange().expectStatus().isNotFound();
            }
            post("/api/v1/appointments/" + alicesAppointment.id() + "/cancel", bob, Map.of("reason", "Not mine"), null)
                    .expectStatus().isNotFound();
            http.delete().uri(CLIENTS + "/{id}", alicesId).header(HttpHeaders.AUTHORIZATION, bob).exchange()
                    .expectStatus().isNotFound();
            post("/api/v1/appointments", bob, clinic.booking(alicesId, nextWeekAt(12, 0)), null).expectStatus().isForbidden();
            join.put("clientId", alicesId);
            post("/api/v1/waitlist", bob, join, null).expectStatus().isForbidden();
        }
        http.get().uri("/api/v1/appointments").header(HttpHeaders.AUTHORIZATION, withoutProfile).exchange()
                .expectStatus().isForbidden();
        PageOf<AppointmentView> bobs = http.get().uri("/api/v1/appointments").header(HttpHeaders.AUTHORIZATION, withProfile).exchange()
                .expectStatus().isOk()
                .expectBody(APPOINTMENT_PAGE).returnResult().getResponseBody();
        assertThat(bobs.items()).isEmpty();
        http.get().uri(ME).header(HttpHeaders.AUTHORIZATION, withProfile).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").value(id -> assertThat(id).isNotEqualTo(alicesId.toString()));
        http.get().uri(ME).header(HttpHeaders.AUTHORIZATION, admin()).exchange().expectStatus().isForbidden();
        http.get().uri(CLIENTS + "/{id}", alicesId).header(HttpHeaders.AUTHORIZATION, alice).exchange().expectStatus().isOk();
    }

    @Test
    void erasureEndsTheLinkSoNothingComesBackAndThePersonMayStartAfresh() {
        String subject = "self-" + UUID.randomUUID();
        String person = selfRegistered(subject);
        UUID erased = profile(person).id();

        http.delete().uri(CLIENTS + "/{id}", erased).header(HttpHeaders.AUTHORIZATION, person).exchange()
                .expectStatus().isNoContent();

        http.get().uri(ME).header(HttpHeaders.AUTHORIZATION, person).exchange().expectStatus().isNotFound();
        http.get().uri(CLIENTS + "/{id}", erased).header(HttpHeaders.AUTHORIZATION, person).exchange().expectStatus().isNotFound();
        http.get().uri(CLIENTS + "/{id}", erased).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.firstName").isEqualTo(ErasedClient.NAME).jsonPath("$.email").isEqualTo(ErasedClient.EMAIL);

        ClientView fresh = profile(person);
        assertThat(fresh.id()).isNotEqualTo(erased);
        assertThat(fresh.version()).isEqualTo(1);
        http.get().uri(ME).header(HttpHeaders.AUTHORIZATION, person).exchange()
                .expectStatus().isOk()
                .expectBody(ClientView.class).isEqualTo(fresh);
        http.get().uri(CLIENTS + "/{id}", erased).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.firstName").isEqualTo(ErasedClient.NAME);
    }

    @Test
    void aRepeatWithTheIdempotencyKeyGetsTheProfileItCreatedWhereWithoutTheKeyItExists() {
        String person = selfRegistered("self-" + UUID.randomUUID());

        JsonNode created = createdOnceWithKey((body, key) -> postWithKey(CLIENTS, person, body, key), profile("Kim", null),
                profile("Kit", null));

        UUID id = UUID.fromString(created.get("id").asString());
        post(CLIENTS, person, profile("Kim", null), null)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "client-profile-exists")
                .jsonPath("$.clientId").isEqualTo(id.toString());
        assertThat(outboxEvents(id, EventTypes.CLIENT_REGISTERED)).isOne();
    }

    private static String selfRegistered(String subject) {
        return TestTokens.bearer(TokenClaims.selfRegisteredClient(subject));
    }

    /** Creates the person's profile, as they would after signing up. */
    private ClientView profile(String person) {
        return post(CLIENTS, person, profile("Booker", null), null)
                .expectStatus().isCreated()
                .expectBody(ClientView.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> profile(String firstName, UUID preferredLocation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", firstName);
        body.put("lastName", "Self");
        body.put("email", firstName.toLowerCase() + ".self@example.com");
        body.put("phone", "+44 7700 900777");
        body.put("timeZone", "Europe/London");
        if (preferredLocation != null) {
            body.put("registeredLocationId", preferredLocation);
        }
        return body;
    }

    private static Set<String> fieldNames(JsonNode node) {
        return new HashSet<>(node.propertyNames());
    }

    private long outboxEvents(UUID clientId, String type) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE subject = :subject AND event_type = :type")
                .param("subject", clientId.toString())
                .param("type", type)
                .query(Long.class)
                .single();
    }

    /** The paths of the audited requests about the client record. */
    private List<String> auditedReads(UUID clientId) {
        JsonNode page = http.get().uri("/api/v1/audit-events?recordType=client&recordId={id}", clientId)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return page.get("items").valueStream().map(event -> event.get("path").asString()).toList();
    }
}
