package com.clinicnetwork.booking.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.booking.waitlist.WaitlistEntryView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** Reads and changes of client and appointment records leave audit entries that a clinic admin can find. */
class AuditTrailIT extends IntegrationTestBase {

    @Test
    void aReadOfAClientRecordIsAuditedWithWhoAndFromWhere() {
        BookableTherapist setup = bookableTherapist();
        UUID client = createClient("Audrey");
        booked(admin(), setup.booking(client, nextWeekAt(9, 0)));

        http.get().uri("/api/v1/clients/{id}", client)
                .header(HttpHeaders.AUTHORIZATION, frontDesk(setup.locationId()))
                .header("X-Forwarded-For", "198.51.100.7")
                .exchange()
                .expectStatus().isOk();

        assertThat(events("client", client)).anySatisfy(event -> {
            assertThat(event.get("method").asString()).isEqualTo("GET");
            assertThat(event.get("clientIp").asString()).isEqualTo("198.51.100.7");
            assertThat(event.get("status").asInt()).isEqualTo(200);
            assertThat(event.get("roles").toString()).contains("FRONT_DESK");
        });
    }

    @Test
    void acceptingAWaitlistOfferIsAuditedWithTheOfferAndTheAppointmentItBooked() {
        BookableTherapist setup = bookableTherapist();
        UUID ada = createClient("Ada");
        UUID wes = createClient("Wes");
        AppointmentView adasAppointment = booked(client(ada), setup.booking(null, nextWeekAt(13, 0)));
        Map<String, Object> join = new LinkedHashMap<>();
        join.put("locationId", setup.locationId());
        join.put("treatmentId", setup.treatmentId());
        join.put("windowStart", nextWeekAt(12, 0).toString());
        join.put("windowEnd", nextWeekAt(15, 0).toString());
        WaitlistEntryView entry = post("/api/v1/waitlist", client(wes), join, null).expectStatus().isCreated()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody();
        post("/api/v1/appointments/" + adasAppointment.id() + "/cancel", client(ada), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        UUID offerId = http.get().uri("/api/v1/waitlist/{id}", entry.id()).header(HttpHeaders.AUTHORIZATION, client(wes))
                .exchange().expectStatus().isOk()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody().offer().id();

        AppointmentView booked = post("/api/v1/waitlist/offers/" + offerId + "/accept", client(wes), null, null)
                .expectStatus().isCreated()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();

        String acceptPath = "/api/v1/waitlist/offers/" + offerId + "/accept";
        assertThat(events("waitlist-offer", offerId)).singleElement().satisfies(event -> {
            assertThat(event.get("path").asString()).isEqualTo(acceptPath);
            assertThat(event.get("status").asInt()).isEqualTo(201);
        });
        assertThat(events("appointment", booked.id())).singleElement().satisfies(event -> {
            assertThat(event.get("path").asString()).isEqualTo(acceptPath);
            assertThat(event.get("method").asString()).isEqualTo("POST");
        });
        assertThat(events("waitlist-entry", entry.id())).extracting(event -> event.get("method").asString()).contains("GET");
    }

    @Test
    void aListOfAppointmentsIsAuditedWithEveryIdItReturned() {
        BookableTherapist setup = bookableTherapist();
        UUID lena = createClient("Lena");
        AppointmentView first = booked(client(lena), setup.booking(null, nextWeekAt(9, 0)));
        AppointmentView second = booked(client(lena), setup.booking(null, nextWeekAt(11, 0)));

        JsonNode page = http.get().uri("/api/v1/appointments?clientId={id}", lena).header(HttpHeaders.AUTHORIZATION, client(lena))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(page.get("items").valueStream().map(item -> item.get("id").asString()))
                .containsExactlyInAnyOrder(first.id().toString(), second.id().toString());
        for (UUID id : List.of(first.id(), second.id())) {
            assertThat(events("appointment", id)).extracting(event -> event.get("method").asString() + " " + event.get("path").asString())
                    .contains("GET /api/v1/appointments");
        }
    }

    @Test
    void aClientSearchIsAuditedWithEveryIdItReturned() {
        UUID leander = createClient("Leander");

        http.get().uri("/api/v1/clients?q={q}", "leander@example").header(HttpHeaders.AUTHORIZATION, admin())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].id").isEqualTo(leander.toString());

        assertThat(events("client", leander)).extracting(event -> event.get("method").asString() + " " + event.get("path").asString())
                .contains("GET /api/v1/clients");
    }

    @Test
    void onlyClinicAdminsMayReadOrVerifyTheAuditTrail() {
        for (String path : List.of("/api/v1/audit-events", "/api/v1/audit-events/verify")) {
            http.get().uri(path).header(HttpHeaders.AUTHORIZATION, frontDesk()).exchange().expectStatus().isForbidden();
        }
        http.get().uri("/api/v1/audit-events/verify").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.valid").isEqualTo(true);
    }

    private List<JsonNode> events(String recordType, UUID recordId) {
        JsonNode page = http.get().uri("/api/v1/audit-events?recordType={type}&recordId={id}", recordType, recordId)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return page.get("items").valueStream().toList();
    }
}
