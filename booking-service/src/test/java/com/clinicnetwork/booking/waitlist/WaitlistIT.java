package com.clinicnetwork.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.appointment.AppointmentStatus;
import com.clinicnetwork.booking.appointment.AppointmentView;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.servicedefaults.web.PageOf;
import com.clinicnetwork.testsupport.kafka.TopicProbe;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

class WaitlistIT extends IntegrationTestBase {

    private static final ParameterizedTypeReference<PageOf<WaitlistEntryView>> WAITLIST_PAGE = new ParameterizedTypeReference<>() { };

    @Test
    void aFreedSlotIsHeldForTheFirstWaitingClientThenPassedOnWhenDeclinedAndBookedWhenAccepted() {
        BookableTherapist setup = bookableTherapist();
        UUID wanda = createClient("Wanda");
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        join(client(PRIYA), setup, nextWeekAt(9, 0), nextWeekAt(12, 0)).expectStatus().isCreated();
        join(client(wanda), setup, nextWeekAt(9, 0), nextWeekAt(12, 0)).expectStatus().isCreated();

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                    .expectStatus().isOk();

            JsonNode priyasOffer = offerTo(events, setup, PRIYA);
            assertThat(OffsetDateTime.parse(priyasOffer.get("startsAt").asString()).toInstant())
                    .isEqualTo(nextWeekAt(10, 0).toInstant());
            assertThat(OffsetDateTime.parse(priyasOffer.get("holdUntil").asString())).isAfter(OffsetDateTime.now());
            assertThat(priyasOffer.get("client").get("firstName").asString()).isEqualTo("Priya");
            UUID priyasOfferId = UUID.fromString(priyasOffer.get("offerId").asString());

            // While held, nobody else can book the slot.
            post("/api/v1/appointments", client(wanda), setup.booking(null, nextWeekAt(10, 0)), null)
                    .expectStatus().isEqualTo(HttpStatus.CONFLICT);
            // Only Priya answers her offer.
            post(offerUri(priyasOfferId, "accept"), client(wanda), null, null).expectStatus().isNotFound();

            post(offerUri(priyasOfferId, "decline"), client(PRIYA), null, null).expectStatus().isNoContent();
            post(offerUri(priyasOfferId, "accept"), client(PRIYA), null, null).expectStatus().isEqualTo(HttpStatus.CONFLICT);

            UUID wandasOfferId = UUID.fromString(offerTo(events, setup, wanda).get("offerId").asString());
            AppointmentView wandasAppointment = post(offerUri(wandasOfferId, "accept"), client(wanda), null, null)
                    .expectStatus().isCreated()
                    .expectBody(AppointmentView.class).returnResult().getResponseBody();

            assertThat(wandasAppointment.clientId()).isEqualTo(wanda);
            assertThat(wandasAppointment.status()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(wandasAppointment.startsAt().toInstant()).isEqualTo(nextWeekAt(10, 0).toInstant());
            events.awaitRecord(EVENTUALLY, record -> wandasAppointment.id().toString().equals(record.key())
                    && EventTypes.APPOINTMENT_BOOKED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE)));
            post(offerUri(wandasOfferId, "accept"), client(wanda), null, null).expectStatus().isEqualTo(HttpStatus.CONFLICT);
        }
    }

    @Test
    void theIntakeNotesGivenWhenJoiningReachTheTherapistOnTheAppointmentAnAcceptedOfferBooks() {
        BookableTherapist setup = bookableTherapist();
        UUID wilma = createClient("Wilma");
        String notes = "Right knee gives way on stairs since a skiing fall.";
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(11, 0)));
        Map<String, Object> joiningWithNotes = joining(setup, nextWeekAt(10, 0), nextWeekAt(13, 0), null);
        joiningWithNotes.put("intakeNotes", notes);
        WaitlistEntryView entry = created(post("/api/v1/waitlist", client(wilma), joiningWithNotes, null));
        assertThat(entry.intakeNotes()).isEqualTo(notes);
        assertThat(entry(entry.id(), frontDesk(setup.locationId())).intakeNotes()).isEqualTo(notes);

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                    .expectStatus().isOk();
            UUID offerId = UUID.fromString(offerTo(events, setup, wilma).get("offerId").asString());
            AppointmentView booked = post(offerUri(offerId, "accept"), client(wilma), null, null)
                    .expectStatus().isCreated()
                    .expectBody(AppointmentView.class).returnResult().getResponseBody();
            assertThat(booked.intakeNotes()).isEqualTo(notes);

            String therapist = therapist(setup.therapistId(), setup.locationId());
            get("/api/v1/appointments/" + booked.id(), therapist).expectStatus().isOk()
                    .expectBody().jsonPath("$.intakeNotes").isEqualTo(notes);
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM audit_event
                            WHERE record_type = 'appointment' AND record_id = :id AND method = 'GET' AND roles LIKE '%THERAPIST%'
                            """)
                    .param("id", booked.id().toString()).query(Long.class).single()).isOne();
            ConsumerRecord<String, String> bookedEvent = events.awaitRecord(EVENTUALLY, record -> booked.id().toString()
                    .equals(record.key()) && EventTypes.APPOINTMENT_BOOKED.equals(TopicProbe.header(record, CloudEventHeaders.TYPE)));
            assertThat(bookedEvent.value()).doesNotContain("skiing");
            assertThat(events.records()).allSatisfy(record -> assertThat(record.value()).doesNotContain("skiing"));
        }
    }

    @Test
    void intakeNotesOnTheWaitlistAreLimitedAsAtBookingAndGoWhenTheClientIsErased() {
        BookableTherapist setup = bookableTherapist();
        UUID wolfgang = createClient("Wolfgang");
        Map<String, Object> tooLong = joining(setup, nextWeekAt(10, 0), nextWeekAt(13, 0), null);
        tooLong.put("intakeNotes", "x".repeat(2001));
        post("/api/v1/waitlist", client(wolfgang), tooLong, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("intakeNotes");

        Map<String, Object> withNotes = joining(setup, nextWeekAt(10, 0), nextWeekAt(13, 0), null);
        withNotes.put("intakeNotes", "Lower back stiff after gardening.");
        WaitlistEntryView entry = created(post("/api/v1/waitlist", client(wolfgang), withNotes, null));
        JsonNode export = http.get().uri("/api/v1/clients/{id}/export", wolfgang).header(HttpHeaders.AUTHORIZATION, client(wolfgang))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(export.get("waitlistEntries")).singleElement()
                .satisfies(exported -> assertThat(exported.get("intakeNotes").asString()).isEqualTo("Lower back stiff after gardening."));

        http.delete().uri("/api/v1/clients/{id}", wolfgang).header(HttpHeaders.AUTHORIZATION, client(wolfgang))
                .exchange().expectStatus().isNoContent();

        assertThat(entry(entry.id(), admin()).intakeNotes()).isNull();
    }

    @Test
    void aLapsedOfferExpiresAndGoesToTheNextClient() {
        BookableTherapist setup = bookableTherapist();
        UUID walter = createClient("Walter");
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(14, 0)));
        join(client(PRIYA), setup, nextWeekAt(13, 0), nextWeekAt(16, 0)).expectStatus().isCreated();
        join(frontDesk(setup.locationId()), setup, nextWeekAt(13, 0), nextWeekAt(16, 0), walter).expectStatus().isCreated();

        try (TopicProbe events = TopicProbe.readFromBeginning(bootstrapServers(), Topics.APPOINTMENTS)) {
            post("/api/v1/appointments/" + samsAppointment.id() + "/reschedule", client(SAM),
                    Map.of("startsAt", nextWeekAt(17, 0).toString()), null).expectStatus().isOk();
            UUID priyasOfferId = UUID.fromString(offerTo(events, setup, PRIYA).get("offerId").asString());

            // The hold time passes.
            jdbc.sql("UPDATE waitlist_offer SET hold_until = now() - interval '1 second' WHERE id = :id")
                    .param("id", priyasOfferId).update();

            offerTo(events, setup, walter);
            await().atMost(EVENTUALLY).until(() -> "EXPIRED".equals(jdbc.sql("SELECT status FROM waitlist_offer WHERE id = :id")
                    .param("id", priyasOfferId).query(String.class).single()));
            post(offerUri(priyasOfferId, "accept"), client(PRIYA), null, null).expectStatus().isEqualTo(HttpStatus.CONFLICT);
        }
    }

    @Test
    void joiningIsValidatedAndLimitedToOneselfOrTheDesksLocations() {
        BookableTherapist setup = bookableTherapist();

        join(client(SAM), setup, nextWeekAt(12, 0), nextWeekAt(9, 0)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("windowEnd");
        join(client(SAM), setup, nextWeekAt(9, 0), nextWeekAt(12, 0), PRIYA).expectStatus().isForbidden();
        join(frontDesk(UUID.randomUUID()), setup, nextWeekAt(9, 0), nextWeekAt(12, 0), SAM).expectStatus().isForbidden();
        join(therapist(setup.therapistId(), setup.locationId()), setup, nextWeekAt(9, 0), nextWeekAt(12, 0), SAM)
                .expectStatus().isForbidden();
        post("/api/v1/waitlist", client(SAM), Map.of("locationId", UUID.randomUUID(), "treatmentId", setup.treatmentId(),
                "windowStart", nextWeekAt(9, 0).toString(), "windowEnd", nextWeekAt(12, 0).toString()), null)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("locationId");
        post(offerUri(UUID.randomUUID(), "decline"), client(SAM), null, null).expectStatus().isNotFound();
        post(offerUri(UUID.randomUUID(), "decline"), admin(), null, null).expectStatus().isForbidden();
    }

    @Test
    void theWaitingClientSeesTheOfferAndItsDeadlineOnTheirEntryAndNobodyElseDoes() {
        BookableTherapist setup = bookableTherapist();
        UUID walter = createClient("Walter");
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(15, 0)));
        WaitlistEntryView entry = join(client(walter), setup, nextWeekAt(14, 0), nextWeekAt(17, 0))
                .expectStatus().isCreated()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody();
        assertThat(entry.offer()).isNull();

        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Moved"), null)
                .expectStatus().isOk();

        WaitlistEntryView offered = get("/api/v1/waitlist/" + entry.id(), client(walter))
                .expectStatus().isOk()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody();
        assertThat(offered.offer().status()).isEqualTo("OFFERED");
        assertThat(offered.offer().startsAt().toInstant()).isEqualTo(nextWeekAt(15, 0).toInstant());
        assertThat(offered.offer().holdUntil()).isAfter(OffsetDateTime.now());
        get("/api/v1/waitlist/" + entry.id(), client(SAM)).expectStatus().isNotFound();
        get("/api/v1/waitlist/" + entry.id(), frontDesk(UUID.randomUUID())).expectStatus().isNotFound();
        get("/api/v1/waitlist/" + entry.id(), frontDesk(setup.locationId())).expectStatus().isOk();

        post(offerUri(offered.offer().id(), "accept"), client(walter), null, null).expectStatus().isCreated();
        assertThat(get("/api/v1/waitlist/" + entry.id(), client(walter)).expectStatus().isOk()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody().offer().status()).isEqualTo("ACCEPTED");
    }

    @Test
    void aClientListsTheirEntriesNewestFirstWithTheirOffersAndOnlyTheirs() {
        BookableTherapist setup = bookableTherapist();
        BookableTherapist elsewhere = bookableTherapist();
        UUID wilma = createClient("Wilma");
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(11, 0)));
        WaitlistEntryView first = created(join(client(wilma), setup, nextWeekAt(10, 0), nextWeekAt(13, 0)));
        WaitlistEntryView second = created(join(client(wilma), elsewhere, nextWeekAt(8, 0), nextWeekAt(18, 0)));
        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        await().atMost(EVENTUALLY).until(() -> entry(first.id(), client(wilma)).offer() != null);

        PageOf<WaitlistEntryView> own = get("/api/v1/waitlist?clientId=" + wilma, client(wilma)).expectStatus().isOk()
                .expectBody(WAITLIST_PAGE).returnResult().getResponseBody();

        assertThat(own.totalItems()).isEqualTo(2);
        assertThat(own.items()).extracting(WaitlistEntryView::id).containsExactly(second.id(), first.id());
        assertThat(own.items().get(1).offer().status()).isEqualTo("OFFERED");
        assertThat(own.items().get(1).offer().startsAt().toInstant()).isEqualTo(nextWeekAt(11, 0).toInstant());
        assertThat(get("/api/v1/waitlist?clientId=" + wilma + "&size=1&page=1", client(wilma)).expectStatus().isOk()
                .expectBody(WAITLIST_PAGE).returnResult().getResponseBody().items())
                .extracting(WaitlistEntryView::id).containsExactly(first.id());
        assertThat(get("/api/v1/waitlist?clientId=" + wilma, frontDesk(elsewhere.locationId())).expectStatus().isOk()
                .expectBody(WAITLIST_PAGE).returnResult().getResponseBody().items())
                .extracting(WaitlistEntryView::id).containsExactly(second.id());
        assertThat(get("/api/v1/waitlist?clientId=" + wilma, admin()).expectStatus().isOk()
                .expectBody(WAITLIST_PAGE).returnResult().getResponseBody().totalItems()).isEqualTo(2);
        get("/api/v1/waitlist?clientId=" + wilma, client(SAM)).expectStatus().isForbidden();
        get("/api/v1/waitlist", client(wilma)).expectStatus().isBadRequest();
        get("/api/v1/waitlist?clientId=" + wilma + "&size=101", client(wilma)).expectStatus().isBadRequest();
    }

    @Test
    void aClientIsOfferedASlotOnceHoweverManyEntriesTheyHave() {
        BookableTherapist setup = bookableTherapist();
        UUID walter = createClient("Walter");
        UUID wanda = createClient("Wanda");
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        WaitlistEntryView walterFirst = created(join(client(walter), setup, nextWeekAt(9, 0), nextWeekAt(12, 0)));
        WaitlistEntryView walterSecond = created(join(client(walter), setup, nextWeekAt(10, 0), nextWeekAt(13, 0)));
        WaitlistEntryView wandas = created(join(client(wanda), setup, nextWeekAt(9, 0), nextWeekAt(12, 0)));

        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        UUID walterOffer = entry(walterFirst.id(), client(walter)).offer().id();
        post(offerUri(walterOffer, "decline"), client(walter), null, null).expectStatus().isNoContent();

        assertThat(entry(walterSecond.id(), client(walter)).offer()).isNull();
        assertThat(entry(wandas.id(), client(wanda)).offer().status()).isEqualTo("OFFERED");
    }

    @Test
    void leavingTheWaitlistPassesAHeldSlotOn() {
        BookableTherapist setup = bookableTherapist();
        UUID walter = createClient("Walter");
        UUID wanda = createClient("Wanda");
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        WaitlistEntryView walters = created(join(client(walter), setup, nextWeekAt(9, 0), nextWeekAt(12, 0)));
        WaitlistEntryView wandas = created(join(client(wanda), setup, nextWeekAt(9, 0), nextWeekAt(12, 0)));
        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        assertThat(entry(walters.id(), client(walter)).offer().status()).isEqualTo("OFFERED");

        leave(walters.id(), frontDesk(UUID.randomUUID())).expectStatus().isNotFound();
        leave(walters.id(), client(wanda)).expectStatus().isNotFound();
        WaitlistEntryView left = leave(walters.id(), client(walter)).expectStatus().isOk()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody();

        assertThat(left.status()).isEqualTo("LEFT");
        assertThat(left.offer().status()).isEqualTo("DECLINED");
        assertThat(entry(wandas.id(), client(wanda)).offer().status()).isEqualTo("OFFERED");
        leave(walters.id(), client(walter)).expectStatus().isOk();
    }

    @Test
    void aJoinRepeatedWithItsIdempotencyKeyGetsTheSameEntryAndWaitsOnce() {
        BookableTherapist setup = bookableTherapist();
        UUID wilma = createClient("Wilma");

        createdOnceWithKey((body, key) -> postWithKey("/api/v1/waitlist", client(wilma), body, key),
                joining(setup, nextWeekAt(9, 0), nextWeekAt(12, 0), null),
                joining(setup, nextWeekAt(9, 0), nextWeekAt(13, 0), null));

        assertThat(jdbc.sql("SELECT count(*) FROM waitlist_entry WHERE client_id = :client").param("client", wilma)
                .query(Long.class).single()).isOne();
    }

    @Test
    void anAcceptRepeatedWithItsIdempotencyKeyGetsTheSameAppointmentAndBooksOnce() {
        HeldSlot held = tenOClockHeldForWalter();
        UUID walter = held.walter();
        UUID offerId = entry(held.walters().id(), client(walter)).offer().id();

        // The same key on another offer's path is another request.
        JsonNode appointment = createdOnceWithKey((uri, key) -> postWithKey((String) uri, client(walter), Map.of(), key),
                offerUri(offerId, "accept"), offerUri(UUID.randomUUID(), "accept"));

        assertThat(appointment.get("clientId").asString()).isEqualTo(walter.toString());
        assertThat(OffsetDateTime.parse(appointment.get("startsAt").asString()).toInstant())
                .isEqualTo(nextWeekAt(10, 0).toInstant());
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE client_id = :client").param("client", walter)
                .query(Long.class).single()).isOne();
        assertThat(entry(held.walters().id(), client(walter)).offer().status()).isEqualTo("ACCEPTED");
    }

    @Test
    void anEntryBehindMoreThanAPageOfEntriesThatDoNotFitIsStillOffered() {
        BookableTherapist setup = bookableTherapist();
        UUID longTreatment = UUID.randomUUID();
        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, longTreatment,
                new TreatmentState(longTreatment, 1, "Long sports massage", 120, 15, "KNEE_REHABILITATION", null, true));
        await().atMost(EVENTUALLY).until(() -> directory.findTreatment(longTreatment).isPresent());
        UUID walter = createClient("Walter");
        UUID wanda = createClient("Wanda");
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        // The next session leaves room for the freed hour only: a two-hour treatment does not fit.
        booked(client(PRIYA), setup.booking(null, nextWeekAt(11, 15)));
        for (int i = 0; i < 60; i++) {
            created(post("/api/v1/waitlist", client(walter), Map.of("locationId", setup.locationId(),
                    "treatmentId", longTreatment, "windowStart", nextWeekAt(9, 0).toString(),
                    "windowEnd", nextWeekAt(14, 0).toString()), null));
        }
        WaitlistEntryView wandas = created(join(client(wanda), setup, nextWeekAt(9, 0), nextWeekAt(12, 0)));

        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();

        assertThat(entry(wandas.id(), client(wanda)).offer().status()).isEqualTo("OFFERED");
    }

    /**
     * Only the held offer changes when its holder leaves and nobody else waits: the search served from the cache while
     * the slot was held must see that too.
     */
    @Test
    void aHeldSlotIsHiddenFromSearchesUntilItsHolderLetsItGo() {
        HeldSlot held = tenOClockHeldForWalter();
        BookableTherapist setup = held.setup();
        assertThat(entry(held.walters().id(), client(held.walter())).offer().status()).isEqualTo("OFFERED");

        assertThat(searchedStarts(setup)).as("held for Walter").isNotEmpty()
                .doesNotContain(nextWeekAt(10, 0).toInstant());
        assertThat(searchedStarts(setup)).as("the same answer again").doesNotContain(nextWeekAt(10, 0).toInstant());

        leave(held.walters().id(), client(held.walter())).expectStatus().isOk();
        assertThat(searchedStarts(setup)).as("free once Walter leaves").contains(nextWeekAt(10, 0).toInstant());
    }

    private record HeldSlot(BookableTherapist setup, UUID walter, WaitlistEntryView walters) {
    }

    /** Sam's 10:00 appointment next week is cancelled while Walter, the only one waiting, wants 09:00–12:00. */
    private HeldSlot tenOClockHeldForWalter() {
        BookableTherapist setup = bookableTherapist();
        UUID walter = createClient("Walter");
        AppointmentView samsAppointment = booked(client(SAM), setup.booking(null, nextWeekAt(10, 0)));
        WaitlistEntryView walters = created(join(client(walter), setup, nextWeekAt(9, 0), nextWeekAt(12, 0)));
        post("/api/v1/appointments/" + samsAppointment.id() + "/cancel", client(SAM), Map.of("reason", "Away"), null)
                .expectStatus().isOk();
        return new HeldSlot(setup, walter, walters);
    }

    /** The start of every slot a search of the day of {@link #nextWeekAt} offers with the test's therapist. */
    private List<Instant> searchedStarts(BookableTherapist setup) {
        OffsetDateTime from = nextWeekAt(0, 0);
        JsonNode slots = http.get().uri("/api/v1/availability?locationId={location}&treatmentId={treatment}&therapistId={therapist}"
                                + "&from={from}&to={to}", setup.locationId(), setup.treatmentId(), setup.therapistId(),
                        from.toInstant(), from.plusDays(1).toInstant())
                .header(HttpHeaders.AUTHORIZATION, client(SAM))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return slots.values().stream().map(slot -> OffsetDateTime.parse(slot.get("startsAt").asString()).toInstant()).toList();
    }

    private static WaitlistEntryView created(RestTestClient.ResponseSpec joined) {
        var result = joined.expectStatus().isCreated().expectBody(WaitlistEntryView.class).returnResult();
        assertThat(result.getResponseHeaders().getLocation()).hasPath("/api/v1/waitlist/" + result.getResponseBody().id());
        return result.getResponseBody();
    }

    private WaitlistEntryView entry(UUID entryId, String token) {
        return get("/api/v1/waitlist/" + entryId, token).expectStatus().isOk()
                .expectBody(WaitlistEntryView.class).returnResult().getResponseBody();
    }

    private RestTestClient.ResponseSpec leave(UUID entryId, String token) {
        return http.delete().uri("/api/v1/waitlist/{id}", entryId).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    /** The offer made to the client at this test's location (the topic holds other tests' offers too). */
    private JsonNode offerTo(TopicProbe events, BookableTherapist setup, UUID clientId) {
        ConsumerRecord<String, String> record = events.awaitRecord(EVENTUALLY, r -> {
            if (!EventTypes.WAITLIST_OFFER_MADE.equals(TopicProbe.header(r, CloudEventHeaders.TYPE))) {
                return false;
            }
            JsonNode offer = json.readTree(r.value());
            return offer.get("clientId").asString().equals(clientId.toString())
                    && offer.get("locationId").asString().equals(setup.locationId().toString());
        });
        JsonNode offer = json.readTree(record.value());
        assertThat(record.key()).isEqualTo(offer.get("offerId").asString());
        return offer;
    }

    private RestTestClient.ResponseSpec join(String token, BookableTherapist setup,
            OffsetDateTime windowStart, OffsetDateTime windowEnd) {
        return join(token, setup, windowStart, windowEnd, null);
    }

    private RestTestClient.ResponseSpec join(String token, BookableTherapist setup,
            OffsetDateTime windowStart, OffsetDateTime windowEnd, UUID clientId) {
        return post("/api/v1/waitlist", token, joining(setup, windowStart, windowEnd, clientId), null);
    }

    /** A join request (without intake notes), which a test may add to. */
    private static Map<String, Object> joining(BookableTherapist setup, OffsetDateTime windowStart, OffsetDateTime windowEnd,
            UUID clientId) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (clientId != null) {
            body.put("clientId", clientId);
        }
        body.put("locationId", setup.locationId());
        body.put("treatmentId", setup.treatmentId());
        body.put("windowStart", windowStart.toString());
        body.put("windowEnd", windowEnd.toString());
        return body;
    }

    private RestTestClient.ResponseSpec get(String uri, String token) {
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    private static String offerUri(UUID offerId, String answer) {
        return "/api/v1/waitlist/offers/" + offerId + "/" + answer;
    }
}
