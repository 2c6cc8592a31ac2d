package com.clinicnetwork.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.OpeningHours;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TimeOff;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

class AvailabilityIT extends IntegrationTestBase {

    /** Neither asks for nor undoes compression by itself, unlike the test client: shows the answer as it travels. */
    private static final HttpClient PLAIN_CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void freeSlotsFollowWorkingHoursTheIntervalAndExistingAppointmentsWithTheirBuffer() {
        BookableTherapist setup = bookableTherapist();
        LocalDate day = nextWeekAt(0, 0).toLocalDate();
        booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));

        List<LocalTime> starts = localStarts(availability(client(PRIYA), setup, day, null));

        // 08:00-20:00 with a 60-minute treatment every 15 minutes (the default policy) is 45 starts; the booking
        // at 10:00 with its 15-minute buffer removes those from 09:00 to 11:00.
        assertThat(starts).hasSize(45 - 9)
                .startsWith(LocalTime.of(8, 0), LocalTime.of(8, 15))
                .contains(LocalTime.of(8, 45), LocalTime.of(11, 15))
                .doesNotContain(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(11, 0))
                .endsWith(LocalTime.of(19, 0));
    }

    @Test
    void aRepeatedSearchGetsTheSameAnswerUntilABookingChangesIt() {
        BookableTherapist setup = bookableTherapist();
        LocalDate day = nextWeekAt(0, 0).toLocalDate();

        String first = availability(client(PRIYA), setup, day, null);
        String again = availability(client(SAM), setup, day, null);
        booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        String afterBooking = availability(client(PRIYA), setup, day, null);

        assertThat(again).isEqualTo(first);
        assertThat(localStarts(first)).contains(LocalTime.of(10, 0));
        assertThat(localStarts(afterBooking)).hasSize(localStarts(first).size() - 9).doesNotContain(LocalTime.of(10, 0));
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSameAnswerCompressed() throws Exception {
        BookableTherapist setup = bookableTherapist();
        LocalDate day = nextWeekAt(0, 0).toLocalDate();
        String plain = availability(client(PRIYA), setup, day, null);

        HttpResponse<byte[]> compressed = availabilityAccepting("gzip, deflate, br", setup, day);

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).hasValue("gzip");
        assertThat(compressed.headers().allValues(HttpHeaders.VARY)).anySatisfy(vary -> assertThat(vary).contains(HttpHeaders.ACCEPT_ENCODING));
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
        assertThat(compressed.body().length).isLessThan(plain.length() / 4);

        HttpResponse<byte[]> refused = availabilityAccepting("gzip;q=0, identity", setup, day);
        assertThat(refused.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).isEmpty();
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(plain);
    }

    private HttpResponse<byte[]> availabilityAccepting(String acceptEncoding, BookableTherapist setup, LocalDate day)
            throws Exception {
        OffsetDateTime from = day.atStartOfDay(LONDON).toOffsetDateTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + query(setup.locationId(), setup.treatmentId(), null, from, from.plusDays(1))))
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding)
                .build();
        return PLAIN_CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void slotsNameTheTherapistAndAreShownInTheLocationsOffset() {
        BookableTherapist setup = bookableTherapist();
        LocalDate day = nextWeekAt(0, 0).toLocalDate();

        JsonNode first = json.readTree(availability(client(SAM), setup, day, setup.therapistId())).get(0);

        assertThat(first.get("therapistId").asString()).isEqualTo(setup.therapistId().toString());
        OffsetDateTime startsAt = OffsetDateTime.parse(first.get("startsAt").asString());
        assertThat(startsAt.getOffset()).isEqualTo(LONDON.getRules().getOffset(startsAt.toInstant()));
        assertThat(OffsetDateTime.parse(first.get("endsAt").asString())).isEqualTo(startsAt.plusMinutes(60));
    }

    @Test
    void theLocationsPolicySetsTheIntervalAndTheHorizon() {
        BookableTherapist setup = bookableTherapist();
        LocalDate day = nextWeekAt(0, 0).toLocalDate();
        http.put().uri("/api/v1/locations/{id}/booking-policy", setup.locationId())
                .header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("minimumNoticeMinutes", 60, "bookingHorizonDays", 30, "slotIntervalMinutes", 60,
                        "lateCancellationWindowMinutes", 1440))
                .exchange()
                .expectStatus().isOk();

        assertThat(localStarts(availability(client(SAM), setup, day, null))).hasSize(12).startsWith(LocalTime.of(8, 0));
        // Beyond the 30-day horizon nothing is bookable.
        assertThat(localStarts(availability(client(SAM), setup, day.plusDays(30), null))).isEmpty();
    }

    @Test
    void openingHoursAndTimeOffFromTheDirectoryAreRespected() {
        UUID locationId = UUID.randomUUID();
        UUID treatmentId = UUID.randomUUID();
        UUID therapistId = UUID.randomUUID();
        LocalDate day = nextWeekAt(0, 0).toLocalDate();
        List<DayOfWeek> week = List.of(DayOfWeek.values());
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, locationId, new LocationState(locationId, 1, "Opening hours clinic",
                "2 Test Street", LONDON.getId(), true,
                week.stream().map(d -> new OpeningHours(d, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList()));
        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, treatmentId,
                new TreatmentState(treatmentId, 1, "Sports massage", 60, 0, "SPORTS_INJURY", null, true));
        TimeOff lunchOff = new TimeOff(UUID.randomUUID(), day.atTime(12, 0).atZone(LONDON).toOffsetDateTime(),
                day.atTime(14, 0).atZone(LONDON).toOffsetDateTime());
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, therapistId, new TherapistState(therapistId, 1, "Off Therapist",
                Set.of("SPORTS_INJURY"), Set.of(locationId), Set.of(treatmentId),
                week.stream().map(d -> new WeeklyWorkingHours(locationId, d, LocalTime.of(8, 0), LocalTime.of(20, 0))).toList(),
                true, List.of(lunchOff), List.of()));
        await().atMost(EVENTUALLY).until(() -> directory.findTherapist(therapistId).isPresent()
                && !directory.openingHours(locationId).isEmpty() && directory.findTreatment(treatmentId).isPresent());

        List<LocalTime> starts = localStarts(availability(client(SAM),
                new BookableTherapist(locationId, treatmentId, therapistId), day, null));

        // Open 09:00-17:00 (the therapist's 08:00-20:00 is cut to it), off 12:00-14:00: 09:00-11:00 and 14:00-16:00.
        assertThat(starts).first().isEqualTo(LocalTime.of(9, 0));
        assertThat(starts).last().isEqualTo(LocalTime.of(16, 0));
        assertThat(starts).contains(LocalTime.of(11, 0), LocalTime.of(14, 0))
                .noneMatch(start -> start.isAfter(LocalTime.of(11, 0)) && start.isBefore(LocalTime.of(14, 0)));
    }

    @Test
    void invalidParametersAreProblemsNamingTheParameter() {
        BookableTherapist setup = bookableTherapist();
        OffsetDateTime from = nextWeekAt(0, 0);

        expectInvalid(query(setup.locationId(), setup.treatmentId(), null, from, from), "to");
        expectInvalid(query(setup.locationId(), setup.treatmentId(), null, from, from.minusDays(1)), "to");
        expectInvalid(query(setup.locationId(), setup.treatmentId(), null, from, from.plusDays(32)), "to");
        expectInvalid(query(UUID.randomUUID(), setup.treatmentId(), null, from, from.plusDays(1)), "locationId");
        expectInvalid(query(setup.locationId(), UUID.randomUUID(), null, from, from.plusDays(1)), "treatmentId");
        expectInvalid(query(setup.locationId(), setup.treatmentId(), UUID.randomUUID(), from, from.plusDays(1)), "therapistId");
        expectInvalid("/api/v1/availability?locationId=" + setup.locationId() + "&treatmentId=" + setup.treatmentId()
                + "&from=tomorrow&to=" + from.plusDays(1).toInstant(), "from");
        expectInvalid("/api/v1/availability?locationId=" + setup.locationId() + "&from=" + from.toInstant()
                + "&to=" + from.plusDays(1).toInstant(), "treatmentId");
    }

    @Test
    void availabilityNeedsAToken() {
        BookableTherapist setup = bookableTherapist();
        OffsetDateTime from = nextWeekAt(0, 0);

        http.get().uri(query(setup.locationId(), setup.treatmentId(), null, from, from.plusDays(1)))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    private String availability(String token, BookableTherapist setup, LocalDate day, UUID therapistId) {
        OffsetDateTime from = day.atStartOfDay(LONDON).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(LONDON).toOffsetDateTime();
        return http.get().uri(query(setup.locationId(), setup.treatmentId(), therapistId, from, to))
                .header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private List<LocalTime> localStarts(String body) {
        return json.readTree(body).valueStream()
                .map(slot -> OffsetDateTime.parse(slot.get("startsAt").asString()).atZoneSameInstant(LONDON).toLocalTime())
                .toList();
    }

    private static String query(UUID locationId, UUID treatmentId, UUID therapistId, OffsetDateTime from, OffsetDateTime to) {
        return "/api/v1/availability?locationId=" + locationId + "&treatmentId=" + treatmentId
                + (therapistId == null ? "" : "&therapistId=" + therapistId)
                + "&from=" + from.toInstant() + "&to=" + to.toInstant();
    }

    private void expectInvalid(String uri, String field) {
        RestTestClient.BodyContentSpec body = http.get().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        body.jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
