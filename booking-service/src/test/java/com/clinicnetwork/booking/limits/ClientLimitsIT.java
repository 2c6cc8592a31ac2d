package com.clinicnetwork.booking.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** What one client may hold at once; refusals name the limit. */
@TestPropertySource(properties = {
        "clinic.booking.client-limits.future-appointments=4",
        "clinic.booking.client-limits.waitlist-entries=2",
        "clinic.booking.client-limits.open-offers=1",
        "clinic.booking.client-limits.active-courses=1"})
class ClientLimitsIT extends IntegrationTestBase {

    @Test
    void aClientHoldsAtMostTheirShareOfFutureAppointmentsAndCourses() {
        BookableTherapist clinic = bookableTherapist();
        UUID kim = createClient("Kim");

        post("/api/v1/appointment-series", client(kim), course(clinic, nextWeekAt(8, 0)), null).expectStatus().isCreated();
        refused(post("/api/v1/appointment-series", client(kim), course(clinic, nextWeekAt(12, 0)), null), "active-courses", 1);

        booked(client(kim), clinic.booking(null, nextWeekAt(14, 0)));
        AppointmentView fourth = booked(admin(), clinic.booking(kim, nextWeekAt(16, 0)));
        // Whoever books: the limit is the client's, front desk and admins included.
        refused(post("/api/v1/appointments", admin(), clinic.booking(kim, nextWeekAt(18, 0)), null), "future-appointments", 4);
        refused(post("/api/v1/appointments", client(kim), clinic.booking(null, nextWeekAt(18, 0)), null),
                "future-appointments", 4);

        post("/api/v1/appointments/" + fourth.id() + "/cancel", client(kim), Map.of("reason", "Changed plans"), null)
                .expectStatus().isOk();
        booked(client(kim), clinic.booking(null, nextWeekAt(18, 0)));
    }

    @Test
    void aClientWaitsInAtMostTwoQueuesAndLeavingFreesAPlace() {
        BookableTherapist clinic = bookableTherapist();
        UUID kim = createClient("Kim");

        String first = entryId(join(client(kim), clinic, 9));
        join(client(kim), clinic, 10).expectStatus().isCreated();
        refused(join(client(kim), clinic, 11), "waitlist-entries", 2);

        http.delete().uri("/api/v1/waitlist/{id}", first).header(HttpHeaders.AUTHORIZATION, client(kim))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("LEFT");
        join(client(kim), clinic, 11).expectStatus().isCreated();
    }

    @Test
    void concurrentRequestsCannotTogetherPassALimit() throws Exception {
        BookableTherapist clinic = bookableTherapist();
        UUID kim = createClient("Kim");
        String token = client(kim);
        List<Callable<HttpStatus>> joins = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int hour = 8 + i;
            joins.add(() -> HttpStatus.valueOf(join(token, clinic, hour).returnResult(String.class).getStatus().value()));
        }
        List<HttpStatus> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(joins.size());
        try {
            for (Future<HttpStatus> status : pool.invokeAll(joins)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(2);
        assertThat(statuses).filteredOn(HttpStatus.CONFLICT::equals).hasSize(4);
    }

    @Test
    void aClientHoldsOneOfferAtATimeAndTheNextSlotGoesToSomeoneElse() {
        BookableTherapist first = bookableTherapist();
        BookableTherapist second = bookableTherapist();
        UUID kim = createClient("Kim");
        UUID lee = createClient("Lee");
        UUID leaving = createClient("Lou");
        AppointmentView firstSlot = booked(client(leaving), first.booking(null, nextWeekAt(10, 0)));
        AppointmentView secondSlot = booked(client(leaving), second.booking(null, nextWeekAt(10, 0)));
        String kimAtFirst = entryId(join(client(kim), first, 9));
        String kimAtSecond = entryId(join(client(kim), second, 9));
        String leeAtSecond = entryId(join(client(lee), second, 9));

        post("/api/v1/appointments/" + firstSlot.id() + "/cancel", client(leaving), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        post("/api/v1/appointments/" + secondSlot.id() + "/cancel", client(leaving), Map.of("reason", "Away"), null)
                .expectStatus().isOk();

        assertThat(offerStatus(kimAtFirst, kim)).isEqualTo("OFFERED");
        assertThat(offerStatus(kimAtSecond, kim)).isNull();
        assertThat(offerStatus(leeAtSecond, lee)).isEqualTo("OFFERED");
    }

    private void refused(RestTestClient.ResponseSpec response, String limit, int maximum) {
        response.expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").value(type -> assertThat(type.toString()).endsWith(LimitProblems.LIMIT_REACHED))
                .jsonPath("$.limit").isEqualTo(limit)
                .jsonPath("$.maximum").isEqualTo(maximum);
    }

    private static Map<String, Object> course(BookableTherapist clinic, OffsetDateTime firstStartsAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("therapistId", clinic.therapistId());
        body.put("locationId", clinic.locationId());
        body.put("treatmentId", clinic.treatmentId());
        body.put("firstStartsAt", firstStartsAt.toString());
        body.put("intervalWeeks", 1);
        body.put("occurrences", 2);
        return body;
    }

    /** A client's own entry for a three-hour window next week from {@code fromHour}. */
    private RestTestClient.ResponseSpec join(String token, BookableTherapist clinic, int fromHour) {
        return post("/api/v1/waitlist", token, Map.of("locationId", clinic.locationId(), "treatmentId", clinic.treatmentId(),
                "windowStart", nextWeekAt(fromHour, 0).toString(), "windowEnd", nextWeekAt(fromHour + 3, 0).toString()), null);
    }

    private static String entryId(RestTestClient.ResponseSpec joined) {
        return (String) joined.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    /** The status of the entry's offer as its client sees it, or null without one. */
    private String offerStatus(String entryId, UUID clientId) {
        Map<?, ?> entry = http.get().uri("/api/v1/waitlist/{id}", entryId).header(HttpHeaders.AUTHORIZATION, client(clientId))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return entry.get("offer") instanceof Map<?, ?> offer ? (String) offer.get("status") : null;
    }
}
