package com.clinicnetwork.booking.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class ClientIT extends IntegrationTestBase {

    private static final String CLIENTS = "/api/v1/clients";
    private static final UUID JONAS = UUID.fromString("40000000-0000-4000-8000-000000000003");
    private static final UUID MANCHESTER = UUID.fromString("10000000-0000-4000-8000-000000000001");
    private static final UUID MAYA = UUID.fromString("20000000-0000-4000-8000-000000000001");

    @Autowired
    private ApplicationRunner demoClients;

    @Test
    void frontDeskRegistersAClientAtItsLocationWhereItCanReadThemAndNowhereElse() {
        UUID manchester = UUID.randomUUID();
        var created = http.post().uri(CLIENTS)
                .header(HttpHeaders.AUTHORIZATION, frontDesk(manchester))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstName", "Robin", "lastName", "Hale", "email", "robin.hale@example.com",
                        "phone", "+44 7700 900555", "timeZone", "Europe/London"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody(ClientView.class).returnResult();
        ClientView client = created.getResponseBody();
        assertThat(created.getResponseHeaders().getLocation()).hasPath(CLIENTS + "/" + client.id());
        assertThat(client).isEqualTo(new ClientView(client.id(), "Robin", "Hale", "robin.hale@example.com", "+44 7700 900555",
                "Europe/London", "en-GB", manchester, 1));

        for (String reader : new String[] {client(client.id()), admin(), frontDesk(manchester)}) {
            http.get().uri(CLIENTS + "/{id}", client.id())
                    .header(HttpHeaders.AUTHORIZATION, reader)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody(ClientView.class).isEqualTo(client);
        }
        for (String stranger : new String[] {frontDesk(UUID.randomUUID()), therapist(UUID.randomUUID()), operator(),
                client(SAM)}) {
            http.get().uri(CLIENTS + "/{id}", client.id())
                    .header(HttpHeaders.AUTHORIZATION, stranger)
                    .exchange()
                    .expectStatus().isNotFound();
        }
    }

    @Test
    void aRegistrationRepeatedWithItsIdempotencyKeyGetsTheSameClientAndRegistersNoOther() {
        UUID manchester = UUID.randomUUID();
        String frontDesk = frontDesk(manchester);
        String email = "idem-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> request = Map.of("firstName", "Idris", "lastName", "Potent", "email", email,
                "timeZone", "Europe/London");
        Map<String, Object> another = Map.of("firstName", "Isla", "lastName", "Potent", "email", email,
                "timeZone", "Europe/London");

        JsonNode client = createdOnceWithKey((body, key) -> postWithKey(CLIENTS, frontDesk, body, key), request, another);

        assertThat(client.get("registeredLocationId").asString()).isEqualTo(manchester.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM client WHERE email = :email").param("email", email).query(Long.class).single())
                .isOne();
    }

    @Test
    void anAppointmentLetsItsTherapistAndFrontDeskReadTheClientUntilItIsCancelled() {
        BookableTherapist clinic = bookableTherapist();
        UUID kim = createClient("Kim");
        String ownTherapist = therapist(clinic.therapistId(), clinic.locationId());
        String frontDeskThere = frontDesk(clinic.locationId());
        assertReadable(kim, ownTherapist, false);
        assertReadable(kim, frontDeskThere, false);

        AppointmentView appointment = booked(admin(), clinic.booking(kim, nextWeekAt(10, 0)));
        assertReadable(kim, ownTherapist, true);
        assertReadable(kim, frontDeskThere, true);
        assertReadable(kim, therapist(UUID.randomUUID(), clinic.locationId()), false);

        // A cancelled appointment is no relation: booking and cancelling a dummy gives staff nothing lasting.
        post("/api/v1/appointments/" + appointment.id() + "/cancel", frontDeskThere, Map.of("reason", "test"), null)
                .expectStatus().isOk();
        assertReadable(kim, ownTherapist, false);
        assertReadable(kim, frontDeskThere, false);
    }

    @Test
    void frontDeskWorkingAtSeveralLocationsNamesOneOfItsOwnToRegisterAt() {
        UUID leeds = UUID.randomUUID();
        Map<String, Object> robin = Map.of("firstName", "Robin", "lastName", "Hale", "email", "robin@example.com",
                "timeZone", "Europe/London");
        http.post().uri(CLIENTS)
                .header(HttpHeaders.AUTHORIZATION, frontDesk(leeds, UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(robin)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("registeredLocationId");
        Map<String, Object> elsewhere = new java.util.HashMap<>(robin);
        elsewhere.put("registeredLocationId", UUID.randomUUID());
        http.post().uri(CLIENTS)
                .header(HttpHeaders.AUTHORIZATION, frontDesk(leeds, UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(elsewhere)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("registeredLocationId");
    }

    private void assertReadable(UUID clientId, String token, boolean readable) {
        var response = http.get().uri(CLIENTS + "/{id}", clientId).header(HttpHeaders.AUTHORIZATION, token).exchange();
        if (readable) {
            response.expectStatus().isOk();
        } else {
            response.expectStatus().isNotFound();
        }
    }

    @Test
    void aClientCannotSeeAnotherClientNorRegisterAnyoneBesidesThemself() {
        UUID other = createClient("Kim");

        http.get().uri(CLIENTS + "/{id}", other)
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .exchange()
                .expectStatus().isNotFound();
        // A client's POST creates their own profile (SelfRegisteredClientIT); Sam has one.
        http.post().uri(CLIENTS)
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstName", "Eve", "lastName", "Other", "email", "eve@example.com", "timeZone", "Europe/London"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.clientId").isEqualTo(SAM.toString());
        for (String others : new String[] {therapist(UUID.randomUUID()), operator()}) {
            http.post().uri(CLIENTS)
                    .header(HttpHeaders.AUTHORIZATION, others)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("firstName", "Eve", "lastName", "Other", "email", "eve@example.com", "timeZone", "Europe/London"))
                    .exchange()
                    .expectStatus().isForbidden();
        }
    }

    @Test
    void invalidClientsAreRejectedNamingTheField() {
        Map<String, Map<String, Object>> cases = Map.of(
                "email", Map.of("firstName", "A", "lastName", "B", "email", "not-an-email", "timeZone", "Europe/London"),
                "timeZone", Map.of("firstName", "A", "lastName", "B", "email", "a@example.com", "timeZone", "Mars/Olympus"),
                "firstName", Map.of("lastName", "B", "email", "a@example.com", "timeZone", "Europe/London"));
        cases.forEach((field, body) -> http.post().uri(CLIENTS)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field));
    }

    @Test
    void theDemoClientsAreSeededOnceIntoTheEmptyDatabase() throws Exception {
        http.get().uri(CLIENTS + "/{id}", SAM)
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .exchange()
                .expectStatus().isOk()
                .expectBody(ClientView.class)
                .isEqualTo(new ClientView(SAM, "Sam", "Carter", "sam.carter@example.com", "+44 7700 900101", "Europe/London",
                        "en-GB", MANCHESTER, 1));
        // Front desk and the therapist at Manchester do not read Jonas, a Berlin client who never visited Manchester.
        http.get().uri(CLIENTS + "/{id}", JONAS)
                .header(HttpHeaders.AUTHORIZATION, frontDesk(MANCHESTER))
                .exchange()
                .expectStatus().isNotFound();
        http.get().uri(CLIENTS + "/{id}", JONAS)
                .header(HttpHeaders.AUTHORIZATION, therapist(MAYA, MANCHESTER))
                .exchange()
                .expectStatus().isNotFound();
        http.get().uri(CLIENTS + "/{id}", JONAS)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.locale").isEqualTo("de-DE").jsonPath("$.timeZone").isEqualTo("Europe/Berlin");

        // A restart finds the table filled and leaves it as it is.
        demoClients.run(new DefaultApplicationArguments());
        http.get().uri(CLIENTS + "/{id}", SAM)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void requestsWithoutATokenAreUnauthenticated() {
        http.get().uri(CLIENTS + "/{id}", SAM).exchange().expectStatus().isUnauthorized();
    }
}
