package com.clinicnetwork.booking.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** Reading a client's record leaves an audit entry that a clinic admin can find; nobody else can query it. */
class AuditTrailIT extends IntegrationTestBase {

    @Test
    void aReadOfAClientRecordIsAuditedWithWhoAndFromWhere() {
        UUID client = createClient("Audrey");

        http.get().uri("/api/v1/clients/{id}", client)
                .header(HttpHeaders.AUTHORIZATION, frontDesk())
                .header("X-Forwarded-For", "198.51.100.7")
                .exchange()
                .expectStatus().isOk();

        JsonNode page = http.get().uri("/api/v1/audit-events?recordType=client&recordId={id}", client)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(page.get("items")).anySatisfy(event -> {
            assertThat(event.get("method").asString()).isEqualTo("GET");
            assertThat(event.get("clientIp").asString()).isEqualTo("198.51.100.7");
            assertThat(event.get("status").asInt()).isEqualTo(200);
            assertThat(event.get("roles").toString()).contains("FRONT_DESK");
        });
    }

    @Test
    void onlyClinicAdminsMayReadTheAuditTrail() {
        http.get().uri("/api/v1/audit-events")
                .header(HttpHeaders.AUTHORIZATION, frontDesk())
                .exchange()
                .expectStatus().isForbidden();
    }
}
