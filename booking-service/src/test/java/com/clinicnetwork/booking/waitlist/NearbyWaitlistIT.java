package com.clinicnetwork.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.directory.Coordinates;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Waiting across nearby locations: who is offered a freed slot, in which order, and what joining accepts. */
class NearbyWaitlistIT extends IntegrationTestBase {

    private static final Coordinates STOCKPORT = new Coordinates(53.4106, -2.1575);
    private static final Coordinates MANCHESTER = new Coordinates(53.4808, -2.2426);
    private static final Coordinates LIVERPOOL = new Coordinates(53.4084, -2.9916);

    @Test
    void aFreedSlotGoesToWhoeverWaitsLongestWithinReachAtTheLocationOrNearbyAndNeverToWhoIsOutOfReach() {
        String specialty = uniqueSpecialty();
        Clinic stockport = clinic(specialty, STOCKPORT);
        Clinic manchester = clinic(specialty, MANCHESTER);
        UUID liv = createClient("Liv");
        UUID nora = createClient("Nora");
        UUID walter = createClient("Walter");
        UUID maja = createClient("Maja");
        AppointmentView samsAppointment = booked(client(SAM), stockport.booking(null, nextWeekAt(10, 0)));
        // Joined in this order; Liv, who joined first, waits 10 km around Liverpool, 50 km away from Stockport.
        WaitlistEntryView livs = created(post("/api/v1/waitlist", client(liv),
                nearCoordinates(specialty, LIVERPOOL, 10), null));
        WaitlistEntryView noras = created(post("/api/v1/waitlist", client(nora),
                nearCoordinates(specialty, MANCHESTER, 15), null));
        WaitlistEntryView walters = created(post("/api/v1/waitlist", client(walter), atLocation(stockport), null));
        WaitlistEntryView majas = created(post("/api/v1/waitlist", client(maja),
                nearLocation(specialty, manchester.locationId(), 15), null));
        assertThat(noras.specialty()).isEqualTo(specialty);
        assertThat(noras.locationId()).isNull();
        assertThat(noras.near().radiusKm()).isEqualTo(15);
        assertThat(noras.near().latitude()).isEqualTo(MANCHESTER.latitude());
        assertThat(majas.near().locationId()).isEqualTo(manchester.locationId());
        assertThat(majas.near().latitude()).as("the named location's coordinates").isEqualTo(MANCHESTER.latitude());

        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();

        WaitlistEntryView.OfferView norasOffer = entry(noras.id(), client(nora)).offer();
        assertThat(norasOffer.status()).isEqualTo("OFFERED");
        assertThat(norasOffer.locationId()).as("the offer is where the slot freed").isEqualTo(stockport.locationId());
        assertThat(norasOffer.treatmentId()).isEqualTo(stockport.treatmentId());
        assertThat(norasOffer.therapistId()).isEqualTo(stockport.therapistId());
        assertThat(entry(livs.id(), client(liv)).offer()).isNull();
        assertThat(entry(walters.id(), client(walter)).offer()).isNull();

        post(offerUri(norasOffer.id(), "decline"), client(nora), null, null).expectStatus().isNoContent();
        WaitlistEntryView.OfferView waltersOffer = entry(walters.id(), client(walter)).offer();
        post(offerUri(waltersOffer.id(), "decline"), client(walter), null, null).expectStatus().isNoContent();
        WaitlistEntryView.OfferView majasOffer = entry(majas.id(), client(maja)).offer();
        assertThat(entry(livs.id(), client(liv)).offer()).isNull();

        AppointmentView booked = post(offerUri(majasOffer.id(), "accept"), client(maja), null, null)
                .expectStatus().isCreated()
                .expectBody(AppointmentView.class).returnResult().getResponseBody();
        assertThat(booked.clientId()).isEqualTo(maja);
        assertThat(booked.locationId()).isEqualTo(stockport.locationId());
        assertThat(booked.therapistId()).isEqualTo(stockport.therapistId());
        assertThat(booked.startsAt().toInstant()).isEqualTo(nextWeekAt(10, 0).toInstant());
        assertThat(entry(majas.id(), client(maja)).status()).isEqualTo("BOOKED");
        assertThat(entry(livs.id(), client(liv)).offer()).as("out of reach: never offered").isNull();
    }

    @Test
    void onlyATherapistWithTheSpecialtyAndATreatmentRequiringItMakeAnOffer() {
        String specialty = uniqueSpecialty();
        Clinic stockport = clinic(specialty, STOCKPORT);
        Clinic otherSpecialty = clinic(uniqueSpecialty(), STOCKPORT);
        UUID nora = createClient("Nora");
        UUID otto = createClient("Otto");
        AppointmentView elsewhere = booked(client(SAM), otherSpecialty.booking(null, nextWeekAt(9, 0)));
        AppointmentView samsAppointment = booked(client(SAM), stockport.booking(null, nextWeekAt(11, 0)));
        WaitlistEntryView noras = created(post("/api/v1/waitlist", client(nora), nearCoordinates(specialty, STOCKPORT, 5), null));
        Map<String, Object> withTreatment = nearCoordinates(specialty, STOCKPORT, 5);
        withTreatment.put("treatmentId", stockport.treatmentId());
        WaitlistEntryView ottos = created(post("/api/v1/waitlist", client(otto), withTreatment, null));

        post("/api/v1/appointments/" + elsewhere.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        assertThat(entry(noras.id(), client(nora)).offer()).as("a therapist without the specialty").isNull();
        assertThat(entry(ottos.id(), client(otto)).offer()).isNull();

        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        assertThat(entry(noras.id(), client(nora)).offer().treatmentId()).isEqualTo(stockport.treatmentId());
    }

    @Test
    void aClientIsOfferedASlotOnceWhicheverOfTheirEntriesItSuitsAndTheDatabaseEnforcesIt() {
        String specialty = uniqueSpecialty();
        Clinic stockport = clinic(specialty, STOCKPORT);
        UUID nora = createClient("Nora");
        UUID wanda = createClient("Wanda");
        AppointmentView samsAppointment = booked(client(SAM), stockport.booking(null, nextWeekAt(12, 0)));
        WaitlistEntryView nearby = created(post("/api/v1/waitlist", client(nora), nearCoordinates(specialty, STOCKPORT, 5), null));
        WaitlistEntryView atLocation = created(post("/api/v1/waitlist", client(nora), atLocation(stockport), null));
        WaitlistEntryView wandas = created(post("/api/v1/waitlist", client(wanda), nearCoordinates(specialty, MANCHESTER, 20), null));

        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        WaitlistEntryView.OfferView norasOffer = entry(nearby.id(), client(nora)).offer();
        post(offerUri(norasOffer.id(), "decline"), client(nora), null, null).expectStatus().isNoContent();

        assertThat(entry(atLocation.id(), client(nora)).offer()).isNull();
        assertThat(entry(wandas.id(), client(wanda)).offer().status()).isEqualTo("OFFERED");
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO waitlist_offer (id, entry_id, client_id, therapist_id, location_id, treatment_id, starts_at,
                                                    ends_at, blocked_until, hold_until, status, version)
                        SELECT gen_random_uuid(), :entryId, client_id, therapist_id, location_id, treatment_id, starts_at,
                               ends_at, blocked_until, hold_until, 'DECLINED', 1
                        FROM waitlist_offer WHERE id = :offerId
                        """)
                .param("entryId", atLocation.id()).param("offerId", norasOffer.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("waitlist_offer_once_per_client_and_slot");
    }

    @Test
    void slotsFreedAtTheSameTimeAtTwoNearbyLocationsAreNeverBothOfferedToOneEntry() throws Exception {
        String specialty = uniqueSpecialty();
        Clinic stockport = clinic(specialty, STOCKPORT);
        Clinic manchester = clinic(specialty, MANCHESTER);
        UUID nora = createClient("Nora");
        List<AppointmentView> sessions = List.of(booked(client(SAM), stockport.booking(null, nextWeekAt(13, 0))),
                booked(client(SAM), manchester.booking(null, nextWeekAt(13, 0))));
        WaitlistEntryView noras = created(post("/api/v1/waitlist", client(nora), nearCoordinates(specialty, STOCKPORT, 20), null));

        List<HttpStatus> cancelled = inParallel(2, i -> post("/api/v1/appointments/" + sessions.get(i).id() + "/cancel",
                client(SAM), Map.of("reason", "Away"), null).returnResult().getStatus().value());

        assertThat(cancelled).containsOnly(HttpStatus.OK);
        assertThat(jdbc.sql("SELECT count(*) FROM waitlist_offer WHERE entry_id = :id").param("id", noras.id())
                .query(Long.class).single()).isOne();
        assertThat(entry(noras.id(), client(nora)).offer().status()).isEqualTo("OFFERED");
    }

    @Test
    void joiningNearbyIsValidatedNamingTheField() {
        String specialty = uniqueSpecialty();
        Clinic stockport = clinic(specialty, STOCKPORT);
        UUID withoutCoordinates = UUID.randomUUID();
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, withoutCoordinates,
                new LocationState(withoutCoordinates, 1, "Somewhere", "1 Test Street, Bolton", LONDON.getId(), true));
        await().atMost(EVENTUALLY).until(() -> directory.findLocation(withoutCoordinates).isPresent());
        UUID nora = createClient("Nora");

        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 0), b -> { }), "near.radiusKm");
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 101), b -> { }), "near.radiusKm");
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 5), b -> near(b).remove("radiusKm")),
                "near.radiusKm");
        refused(nora, with(nearCoordinates(specialty, new Coordinates(0, 0), 5),
                b -> near(b).put("latitude", 91)), "near.latitude");
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 5), b -> near(b).remove("longitude")),
                "near.longitude");
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 5),
                b -> near(b).put("locationId", stockport.locationId())), "near");
        refused(nora, with(nearLocation(specialty, UUID.randomUUID(), 5), b -> { }), "near.locationId");
        refused(nora, with(nearLocation(specialty, withoutCoordinates, 5), b -> { }), "near.locationId");
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 5), b -> b.remove("specialty")), "specialty");
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 5), b -> b.put("specialty", "knee rehab")), "specialty");
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 5), b -> b.put("specialty", uniqueSpecialty())), "specialty");
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 5), b -> b.put("locationId", stockport.locationId())), "locationId");
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 5), b -> b.put("therapistId", stockport.therapistId())),
                "therapistId");
        Clinic otherSpecialty = clinic(uniqueSpecialty(), STOCKPORT);
        refused(nora, with(nearCoordinates(specialty, STOCKPORT, 5), b -> b.put("treatmentId", otherSpecialty.treatmentId())),
                "treatmentId");
        refused(nora, with(atLocation(stockport), b -> b.put("specialty", specialty)), "specialty");
        refused(nora, with(atLocation(stockport), b -> b.remove("treatmentId")), "treatmentId");

        // Front desk puts clients on the waitlist around its own locations only, never around someone's coordinates.
        post("/api/v1/waitlist", frontDesk(stockport.locationId()),
                with(nearCoordinates(specialty, STOCKPORT, 5), b -> b.put("clientId", nora)), null).expectStatus().isForbidden();
        WaitlistEntryView byDesk = created(post("/api/v1/waitlist", frontDesk(stockport.locationId()),
                with(nearLocation(specialty, stockport.locationId(), 5), b -> b.put("clientId", nora)), null));
        get("/api/v1/waitlist/" + byDesk.id(), frontDesk(stockport.locationId())).expectStatus().isOk();
        get("/api/v1/waitlist/" + byDesk.id(), frontDesk(UUID.randomUUID())).expectStatus().isNotFound();
        assertThat(jdbc.sql("SELECT count(*) FROM waitlist_entry WHERE client_id = :id").param("id", nora)
                .query(Long.class).single()).isOne();
    }

    @Test
    void theClientsCoordinatesAreInTheirExportAndGoWhenTheyAreErased() {
        String specialty = uniqueSpecialty();
        clinic(specialty, STOCKPORT);
        UUID nora = createClient("Nora");
        WaitlistEntryView entry = created(post("/api/v1/waitlist", client(nora), nearCoordinates(specialty, STOCKPORT, 5), null));
        JsonNode export = http.get().uri("/api/v1/clients/{id}/export", nora).header(HttpHeaders.AUTHORIZATION, client(nora))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(export.get("waitlistEntries")).singleElement().satisfies(exported -> {
            assertThat(exported.get("specialty").asString()).isEqualTo(specialty);
            assertThat(exported.get("latitude").asDouble()).isEqualTo(STOCKPORT.latitude());
            assertThat(exported.get("radiusKm").asInt()).isEqualTo(5);
        });

        http.delete().uri("/api/v1/clients/{id}", nora).header(HttpHeaders.AUTHORIZATION, client(nora))
                .exchange().expectStatus().isNoContent();

        WaitlistEntryView erased = entry(entry.id(), admin());
        assertThat(erased.status()).isEqualTo("LEFT");
        assertThat(erased.near().latitude()).isNull();
        assertThat(erased.near().longitude()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM waitlist_entry WHERE client_id = :id AND (latitude IS NOT NULL OR longitude IS NOT NULL)")
                .param("id", nora).query(Long.class).single()).isZero();
    }

    /** A location at {@code where}, a 60-minute treatment requiring the specialty and a therapist with it working there daily. */
    private Clinic clinic(String specialty, Coordinates where) {
        UUID locationId = UUID.randomUUID();
        UUID treatmentId = UUID.randomUUID();
        UUID therapistId = UUID.randomUUID();
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, locationId, new LocationState(locationId, 1, "Test clinic",
                "1 Test Street, Manchester", LONDON.getId(), true, List.of(), List.of(), where));
        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, treatmentId,
                new TreatmentState(treatmentId, 1, "Knee pain relief massage", 60, 15, specialty, null, true));
        List<WeeklyWorkingHours> everyDay = Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyWorkingHours(locationId, day, LocalTime.of(8, 0), LocalTime.of(20, 0)))
                .toList();
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, therapistId, new TherapistState(therapistId, 1, "Test Therapist",
                Set.of(specialty), Set.of(locationId), Set.of(treatmentId), everyDay, true));
        await().atMost(EVENTUALLY).until(() -> directory.coordinatesOf(locationId).isPresent()
                && directory.findTreatment(treatmentId).isPresent()
                && directory.findTherapist(therapistId).isPresent() && directory.anyTherapistHas(specialty));
        return new Clinic(locationId, treatmentId, therapistId);
    }

    private record Clinic(UUID locationId, UUID treatmentId, UUID therapistId) {

        Map<String, Object> booking(UUID clientId, OffsetDateTime startsAt) {
            return new BookableTherapist(locationId, treatmentId, therapistId).booking(clientId, startsAt);
        }
    }

    /** A specialty only this test's therapists have, so other tests' nearby entries never compete for its slots. */
    private static String uniqueSpecialty() {
        StringBuilder name = new StringBuilder("NEARBY_");
        ThreadLocalRandom.current().ints(12, 'A', 'Z' + 1).forEach(c -> name.append((char) c));
        return name.toString();
    }

    private static Map<String, Object> atLocation(Clinic clinic) {
        Map<String, Object> body = window();
        body.put("locationId", clinic.locationId());
        body.put("treatmentId", clinic.treatmentId());
        return body;
    }

    private static Map<String, Object> nearCoordinates(String specialty, Coordinates centre, int radiusKm) {
        Map<String, Object> near = new LinkedHashMap<>();
        near.put("latitude", centre.latitude());
        near.put("longitude", centre.longitude());
        near.put("radiusKm", radiusKm);
        return nearby(specialty, near);
    }

    private static Map<String, Object> nearLocation(String specialty, UUID locationId, int radiusKm) {
        Map<String, Object> near = new LinkedHashMap<>();
        near.put("locationId", locationId);
        near.put("radiusKm", radiusKm);
        return nearby(specialty, near);
    }

    private static Map<String, Object> nearby(String specialty, Map<String, Object> near) {
        Map<String, Object> body = window();
        body.put("specialty", specialty);
        body.put("near", near);
        return body;
    }

    private static Map<String, Object> window() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("windowStart", nextWeekAt(8, 0).toString());
        body.put("windowEnd", nextWeekAt(18, 0).toString());
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, Consumer<Map<String, Object>> change) {
        change.accept(body);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> near(Map<String, Object> body) {
        return (Map<String, Object>) body.get("near");
    }

    private void refused(UUID clientId, Map<String, Object> body, String field) {
        post("/api/v1/waitlist", client(clientId), body, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private static WaitlistEntryView created(RestTestClient.ResponseSpec joined) {
        return joined.expectStatus().isCreated().expectBody(WaitlistEntryView.class).returnResult().getResponseBody();
    }

    private WaitlistEntryView entry(UUID entryId, String token) {
        return get("/api/v1/waitlist/" + entryId, token).expectStatus().isOk()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec get(String uri, String token) {
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    private static String offerUri(UUID offerId, String answer) {
        return "/api/v1/waitlist/offers/" + offerId + "/" + answer;
    }
}
