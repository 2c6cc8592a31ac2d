package com.clinicnetwork.booking.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ClientIT extends IntegrationTestBase {

    private static final String CLIENTS = "/api/v1/clients";

    @Autowired
    private ApplicationRunner demoClients;

    @Test
    void frontDeskRegistersAClientWhoCanThenSeeThemselves() {
        var created = http.post().uri(CLIENTS)
                .header(HttpHeaders.AUTHORIZATION, frontDesk(UUID.randomUUID()))
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
                "Europe/London", "en-GB", 1));

        for (String reader : new String[] {client(client.id()), admin(), frontDesk(), therapist(UUID.randomUUID())}) {
            http.get().uri(CLIENTS + "/{id}", client.id())
                    .header(HttpHeaders.AUTHORIZATION, reader)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody(ClientView.class).isEqualTo(client);
        }
    }

    @Test
    void aClientCannotSeeAnotherClientOrRegisterClients() {
        UUID other = createClient("Kim");

        http.get().uri(CLIENTS + "/{id}", other)
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .exchange()
                .expectStatus().isNotFound();
        http.post().uri(CLIENTS)
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("firstName", "Eve", "lastName", "Other", "email", "eve@example.com", "timeZone", "Europe/London"))
                .exchange()
                .expectStatus().isForbidden();
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
                        "en-GB", 1));
        http.get().uri(CLIENTS + "/{id}", UUID.fromString("40000000-0000-4000-8000-000000000003"))
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
