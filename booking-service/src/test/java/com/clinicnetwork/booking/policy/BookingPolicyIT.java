package com.clinicnetwork.booking.policy;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class BookingPolicyIT extends IntegrationTestBase {

    private static final Map<String, Object> POLICY = Map.of("minimumNoticeMinutes", 240, "bookingHorizonDays", 60,
            "slotIntervalMinutes", 30, "lateCancellationWindowMinutes", 2880);

    @Test
    void aLocationWithoutItsOwnPolicyShowsTheDefaultUntilAnAdminSetsOne() {
        BookableTherapist setup = bookableTherapist();
        String uri = "/api/v1/locations/" + setup.locationId() + "/booking-policy";

        http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, client(SAM)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody()
                .jsonPath("$.isDefault").isEqualTo(true)
                .jsonPath("$.minimumNoticeMinutes").isEqualTo(120)
                .jsonPath("$.slotIntervalMinutes").isEqualTo(15);

        put(uri, admin(), POLICY, "\"0\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        put(uri, admin(), POLICY, "\"1\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");

        http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, frontDesk(setup.locationId())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.isDefault").isEqualTo(false)
                .jsonPath("$.minimumNoticeMinutes").isEqualTo(240)
                .jsonPath("$.lateCancellationWindowMinutes").isEqualTo(2880)
                .jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void aStaleIfMatchIsRejectedAndNothingChanges() {
        BookableTherapist setup = bookableTherapist();
        String uri = "/api/v1/locations/" + setup.locationId() + "/booking-policy";
        put(uri, admin(), POLICY, null).expectStatus().isOk();

        put(uri, admin(), Map.of("minimumNoticeMinutes", 0, "bookingHorizonDays", 1, "slotIntervalMinutes", 5,
                "lateCancellationWindowMinutes", 0), "\"0\"")
                .expectStatus().isEqualTo(HttpStatus.PRECONDITION_FAILED)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.clinic-network.example/problems/stale-version");
        http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectBody().jsonPath("$.minimumNoticeMinutes").isEqualTo(240);
    }

    @Test
    void onlyClinicAdminsSetPoliciesForKnownLocationsWithinBounds() {
        BookableTherapist setup = bookableTherapist();
        String uri = "/api/v1/locations/" + setup.locationId() + "/booking-policy";

        put(uri, frontDesk(setup.locationId()), POLICY, null).expectStatus().isForbidden();
        put(uri, client(SAM), POLICY, null).expectStatus().isForbidden();
        put("/api/v1/locations/" + UUID.randomUUID() + "/booking-policy", admin(), POLICY, null).expectStatus().isNotFound();
        put(uri, admin(), Map.of("minimumNoticeMinutes", 60, "bookingHorizonDays", 30, "slotIntervalMinutes", 1,
                "lateCancellationWindowMinutes", 60), null)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("slotIntervalMinutes");
        put(uri, admin(), POLICY, "not-an-etag").expectStatus().isBadRequest();
    }

    @Test
    void theNoShowRiskThresholdsArePartOfThePolicyEachDefaultingWhenLeftOutAndValidated() {
        BookableTherapist setup = bookableTherapist();
        String uri = "/api/v1/locations/" + setup.locationId() + "/booking-policy";
        // The tests' defaults switch every threshold off (see IntegrationTestBase); the look-back keeps its 12 months.
        http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, client(SAM)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.riskNoShows").isEqualTo(0)
                .jsonPath("$.riskLateCancellations").isEqualTo(0)
                .jsonPath("$.riskLeadTimeDays").isEqualTo(0)
                .jsonPath("$.riskLookBackMonths").isEqualTo(12);

        Map<String, Object> withThresholds = new HashMap<>(POLICY);
        withThresholds.putAll(Map.of("riskNoShows", 2, "riskLateCancellations", 3, "riskLeadTimeDays", 45,
                "riskLookBackMonths", 6));
        put(uri, admin(), withThresholds, null)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.riskNoShows").isEqualTo(2)
                .jsonPath("$.riskLateCancellations").isEqualTo(3)
                .jsonPath("$.riskLeadTimeDays").isEqualTo(45)
                .jsonPath("$.riskLookBackMonths").isEqualTo(6);
        Map<String, Object> onlyNoShows = new HashMap<>(POLICY);
        onlyNoShows.put("riskNoShows", 4);
        put(uri, admin(), onlyNoShows, null).expectStatus().isOk();
        http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.riskNoShows").isEqualTo(4)
                .jsonPath("$.riskLateCancellations").isEqualTo(0)
                .jsonPath("$.riskLeadTimeDays").isEqualTo(0)
                .jsonPath("$.riskLookBackMonths").isEqualTo(12);

        for (Map.Entry<String, Integer> invalid : List.of(Map.entry("riskNoShows", -1),
                Map.entry("riskLateCancellations", 101), Map.entry("riskLeadTimeDays", 731),
                Map.entry("riskLookBackMonths", 0), Map.entry("riskLookBackMonths", 61))) {
            Map<String, Object> body = new HashMap<>(POLICY);
            body.put(invalid.getKey(), invalid.getValue());
            put(uri, admin(), body, null)
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(invalid.getKey());
        }
        Map<String, Object> notANumber = new HashMap<>(POLICY);
        notANumber.put("riskNoShows", "two");
        put(uri, admin(), notANumber, null).expectStatus().isBadRequest();
    }

    private RestTestClient.ResponseSpec put(String uri, String token, Map<String, Object> body, String ifMatch) {
        return http.put().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, token)
                .headers(headers -> {
                    if (ifMatch != null) {
                        headers.set(HttpHeaders.IF_MATCH, ifMatch);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange();
    }
}
