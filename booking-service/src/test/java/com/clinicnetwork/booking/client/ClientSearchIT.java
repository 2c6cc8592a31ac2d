package com.clinicnetwork.booking.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.servicedefaults.web.PageOf;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ClientSearchIT extends IntegrationTestBase {

    private static final String CLIENTS = "/api/v1/clients";

    @Test
    void frontDeskFindsTheClientsOfItsLocationByPartOfTheNameOrEmailAndNoOthers() {
        BookableTherapist clinic = bookableTherapist();
        UUID elsewhere = UUID.randomUUID();
        String family = "Quist" + unique();
        ClientView registeredHere = register(frontDesk(clinic.locationId()), "Wilhelmina", family, clinic.locationId());
        ClientView registeredElsewhere = register(frontDesk(elsewhere), "Wilhelm", family, elsewhere);
        // Registered by an admin at no location, then booked here: the appointment makes them a client of this desk.
        ClientView visitor = register(admin(), "Wilbur", family, null);
        booked(admin(), clinic.booking(visitor.id(), nextWeekAt(10, 0)));

        String desk = frontDesk(clinic.locationId());
        assertThat(search(desk, "wilhelmina " + family.toUpperCase())).containsExactly(registeredHere);
        assertThat(search(desk, "WIL")).contains(registeredHere, visitor).doesNotContain(registeredElsewhere);
        assertThat(search(desk, registeredHere.email().substring(0, 12))).containsExactly(registeredHere);
        assertThat(search(frontDesk(elsewhere), family)).containsExactly(registeredElsewhere);
        assertThat(search(admin(), family)).containsExactly(visitor, registeredElsewhere, registeredHere);
        // LIKE wildcards in the query are matched literally, not as patterns.
        assertThat(search(admin(), "%" + family.substring(1))).isEmpty();
    }

    @Test
    void resultsArePaginated() {
        String family = "Paged" + unique();
        ClientView first = register(admin(), "Ann", family, null);
        ClientView second = register(admin(), "Bea", family, null);
        ClientView third = register(admin(), "Cid", family, null);

        PageOf<ClientView> page = page(admin(), "?q=" + family + "&size=2&page=1");
        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.items()).containsExactly(third);
        assertThat(page(admin(), "?q=" + family + "&size=2").items()).containsExactly(first, second);
    }

    @Test
    void onlyFrontDeskAndAdminsSearch() {
        for (String caller : new String[] {client(SAM), therapist(UUID.randomUUID(), UUID.randomUUID()), operator()}) {
            http.get().uri(CLIENTS + "?q=sam").header(HttpHeaders.AUTHORIZATION, caller).exchange()
                    .expectStatus().isForbidden();
        }
        http.get().uri(CLIENTS + "?q=sam").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aQueryOfFewerThanTwoCharactersOrAPageTooLargeIsRejectedNamingTheParameter() {
        http.get().uri(CLIENTS).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
        for (String q : new String[] {"", "s", " s "}) {
            http.get().uri(CLIENTS + "?q={q}", q).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
        }
        http.get().uri(CLIENTS + "?q=sam&size=101").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isBadRequest();
        http.get().uri(CLIENTS + "?q=sam&page=-1").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isBadRequest();
    }

    private ClientView register(String token, String firstName, String lastName, UUID locationId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", firstName, "lastName", lastName,
                "email", firstName.toLowerCase() + "." + lastName.toLowerCase() + "@example.com", "timeZone", "Europe/London"));
        if (locationId != null) {
            body.put("registeredLocationId", locationId);
        }
        return http.post().uri(CLIENTS).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody(ClientView.class).returnResult().getResponseBody();
    }

    private List<ClientView> search(String token, String q) {
        return page(token, "?q={q}", q).items();
    }

    private PageOf<ClientView> page(String token, String query, Object... values) {
        return http.get().uri(CLIENTS + query, values).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<PageOf<ClientView>>() { }).returnResult().getResponseBody();
    }

    /** Letters only, so names stay plausible, and distinct per test so tests sharing the database do not meet. */
    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").chars().limit(8)
                .map(c -> Character.isDigit(c) ? 'g' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
