package com.clinicnetwork.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.clinicnetwork.launcher.MailServer;
import com.clinicnetwork.testsupport.fhir.R4Validation;
import com.clinicnetwork.testsupport.tokens.TokenClaims;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the platform knows about care, through the gateway as a chain's front ends and EHR connectors use it: a
 * location with a single treatment table, where a second session at the same time is refused although its therapist
 * is free, a slot freed there offered to a client waiting nearby, the FHIR R4 export of the same location, whose
 * Bundles validate against the R4 specification, and a check-in answer worse than the one before notifying the
 * therapist by email.
 */
class CareBeyondBookingSystemIT {

    /** Leeds city centre; the tests' other location has no coordinates. */
    private static final Map<String, Object> LEEDS = Map.of("latitude", 53.7997, "longitude", -1.5492);
    private static final int SESSION_MINUTES = 45;

    private static Gateway admin;
    private static String locationId;
    private static String treatmentId;
    private static String therapistA;
    private static String therapistB;

    @BeforeAll
    static void aLocationWithOneTreatmentTable() {
        admin = SystemUnderTest.admin();
        locationId = admin.created("/api/v1/locations", Map.of("name", "One Table Clinic " + UUID.randomUUID(),
                "address", "3 Park Row, Leeds LS1 5HD", "timeZone", TestChain.ZONE.getId(), "coordinates", LEEDS))
                .get("id").asString();
        admin.created("/api/v1/locations/" + locationId + "/rooms", Map.of("name", "Table 1", "kind", "TREATMENT_TABLE"));
        treatmentId = admin.created("/api/v1/treatments", Map.of("name", "Knee mobilisation, 45 min",
                "durationMinutes", SESSION_MINUTES, "bufferMinutes", 0, "requiredSpecialty", "TRIGGER_POINT_THERAPY",
                "price", 48.00, "roomKind", "TREATMENT_TABLE")).get("id").asString();
        therapistA = therapist("Room Therapist A");
        therapistB = therapist("Room Therapist B");
        assertThat(admin.put("/api/v1/locations/" + locationId + "/booking-policy", TestChain.POLICY).status()).isEqualTo(200);
        Awaitility.await("booking-service knows the location, its table and both therapists").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> !freeStarts(therapistA, day()).isEmpty() && !freeStarts(therapistB, day()).isEmpty());
    }

    @Test
    void aSecondSessionInTheOnlyTreatmentRoomIsRefusedThoughItsTherapistIsFree() {
        OffsetDateTime tenOClock = at(LocalTime.of(10, 0));
        Client first = newClient();
        Client second = newClient();

        JsonNode firstSession = first.api().created("/api/v1/appointments", first.booking(therapistA, tenOClock));
        Gateway.Response secondSession = second.api().post("/api/v1/appointments", second.booking(therapistB, tenOClock));

        assertThat(roomName(first, firstSession)).isEqualTo("Table 1");
        assertThat(secondSession.status()).as(secondSession.body()).isEqualTo(409);
        assertThat(secondSession.json().get("type").asString()).endsWith("/room-taken");
        assertThat(secondSession.json().get("roomKind").asString()).isEqualTo("TREATMENT_TABLE");
        List<OffsetDateTime> stillOffered = freeStarts(therapistB, day());
        assertThat(stillOffered).noneMatch(start -> start.isEqual(tenOClock))
                .anyMatch(start -> start.isEqual(tenOClock.plusMinutes(SESSION_MINUTES)));
        JsonNode afterTheFirst = second.api().created("/api/v1/appointments",
                second.booking(therapistB, tenOClock.plusMinutes(SESSION_MINUTES)));
        assertThat(roomName(second, afterTheFirst)).isEqualTo("Table 1");
    }

    @Test
    void aSlotFreedAtALocationNearAWaitingClientIsOfferedToThemAndAccepted() {
        OffsetDateTime fourOClock = at(LocalTime.of(16, 0));
        Client booker = newClient();
        Client waiting = newClient();
        JsonNode session = booker.api().created("/api/v1/appointments", booker.booking(therapistA, fourOClock));
        // Headingley, about 3 km from the clinic; only a session at four o'clock fits the window, so no other test's
        // cancellation here is offered first.
        JsonNode entry = waiting.api().created("/api/v1/waitlist", Map.of("specialty", "TRIGGER_POINT_THERAPY",
                "near", Map.of("latitude", 53.8194, "longitude", -1.5806, "radiusKm", 5),
                "windowStart", fourOClock.minusMinutes(30).toString(), "windowEnd", fourOClock.plusMinutes(60).toString()));
        assertThat(entry.get("locationId").isNull()).isTrue();

        Gateway.Response cancelled = booker.api().post("/api/v1/appointments/" + session.get("id").asString() + "/cancel",
                Map.of("reason", "Cannot make it"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        JsonNode offer = waiting.api().get("/api/v1/waitlist/" + entry.get("id").asString()).json().get("offer");
        assertThat(offer.get("status").asString()).isEqualTo("OFFERED");
        assertThat(offer.get("locationId").asString()).isEqualTo(locationId);
        assertThat(offer.get("treatmentId").asString()).as("the freed treatment, which requires the specialty").isEqualTo(treatmentId);
        JsonNode booked = waiting.api().created("/api/v1/waitlist/offers/" + offer.get("id").asString() + "/accept", Map.of());
        assertThat(booked.get("clientId").asString()).isEqualTo(waiting.id());
        assertThat(booked.get("locationId").asString()).isEqualTo(locationId);
        assertThat(OffsetDateTime.parse(booked.get("startsAt").asString())).isEqualTo(fourOClock);
        assertThat(roomName(waiting, booked)).isEqualTo("Table 1");
        assertThat(waiting.api().get("/api/v1/waitlist/" + entry.get("id").asString()).json().get("status").asString())
                .isEqualTo("BOOKED");
    }

    @Test
    void theFhirExportAnswersSearchesWithBundlesThatValidate() {
        OffsetDateTime twoOClock = at(LocalTime.of(14, 0));
        Client client = newClient();
        String appointmentId = client.api().created("/api/v1/appointments", client.booking(therapistA, twoOClock))
                .get("id").asString();
        String from = encoded(twoOClock.minusHours(1));
        String to = encoded(twoOClock.plusHours(6));

        Gateway.Response appointments = admin.fhir("/fhir/r4/Appointment?practitioner=" + therapistA + "&location=" + locationId
                + "&date=ge" + from + "&date=lt" + to);
        Gateway.Response slots = admin.fhir("/fhir/r4/Slot?practitioner=" + therapistB + "&location=" + locationId
                + "&service-type=" + treatmentId + "&start=ge" + from + "&start=lt" + to + "&_count=5");

        for (Gateway.Response bundle : List.of(appointments, slots)) {
            assertThat(bundle.status()).as(bundle.body()).isEqualTo(200);
            assertThat(bundle.contentType()).startsWith("application/fhir+json");
            assertThat(R4Validation.errors(bundle.body())).as(bundle.body()).isEmpty();
        }
        Bundle booked = R4Validation.parse(appointments.body(), Bundle.class);
        assertThat(booked.getEntry()).extracting(entry -> ((Appointment) entry.getResource()).getIdElement().getIdPart())
                .contains(appointmentId);
        Bundle free = R4Validation.parse(slots.body(), Bundle.class);
        assertThat(free.getEntry()).hasSize(5).allSatisfy(entry ->
                assertThat(((Slot) entry.getResource()).getStatus()).isEqualTo(Slot.SlotStatus.FREE));
        assertThat(free.getLink("next")).as("a next page of free slots").isNotNull();
    }

    /** The name of the room a booked session is in, as the client reads the appointment. */
    private static String roomName(Client client, JsonNode booked) {
        return client.api().get("/api/v1/appointments/" + booked.get("id").asString()).json().get("roomName").asString();
    }

    private static String therapist(String name) {
        return therapistOffering(name, treatmentId, name.toLowerCase().replace(' ', '.') + "@clinic.test");
    }

    /** A day of this class's own, far from the days other tests book. */
    private static LocalDate day() {
        return LocalDate.now(TestChain.ZONE).plusDays(45);
    }

    private static OffsetDateTime at(LocalTime time) {
        return ZonedDateTime.of(day(), time, TestChain.ZONE).toOffsetDateTime();
    }

    private static List<OffsetDateTime> freeStarts(String therapistId, LocalDate on) {
        ZonedDateTime from = on.atStartOfDay(TestChain.ZONE);
        Gateway.Response slots = admin.get("/api/v1/availability?locationId=" + locationId + "&treatmentId=" + treatmentId
                + "&therapistId=" + therapistId + "&from=" + encoded(from.toOffsetDateTime()) + "&to="
                + encoded(from.plusDays(1).toOffsetDateTime()));
        if (slots.status() != 200) {
            return List.of();
        }
        List<OffsetDateTime> starts = new ArrayList<>();
        slots.json().forEach(slot -> starts.add(OffsetDateTime.parse(slot.get("startsAt").asString())));
        return starts;
    }

    private static String encoded(OffsetDateTime time) {
        return URLEncoder.encode(time.toString(), StandardCharsets.UTF_8);
    }

    private record Client(String id, String email, Gateway api) {
        Map<String, Object> booking(String therapistId, OffsetDateTime startsAt) {
            return Map.of("clientId", id, "therapistId", therapistId, "locationId", locationId, "treatmentId", treatmentId,
                    "startsAt", startsAt.toString());
        }
    }

    private static Client newClient() {
        String email = "care-client-" + UUID.randomUUID() + "@test.example";
        String id = admin.created("/api/v1/clients", Map.of("firstName", "Robin", "lastName", "Carewell", "email", email,
                "timeZone", TestChain.ZONE.getId(), "locale", "en-GB")).get("id").asString();
        return new Client(id, email, SystemUnderTest.gatewayAs(TokenClaims.client("care-client-" + id, UUID.fromString(id))));
    }

    /**
     * A client's two check-up sessions today, with two therapists a few seconds apart: the second one's answer (6) is 4
     * points worse than the first's (2), so its therapist is emailed and sees the trend; the client's comment stays out.
     */
    @Test
    void aWorseningCheckInThroughTheGatewayNotifiesTheTherapistByEmail() {
        String checkUp = admin.created("/api/v1/treatments", Map.of("name", "Knee check-up, 5 min " + UUID.randomUUID(),
                "durationMinutes", 5, "bufferMinutes", 0, "requiredSpecialty", "TRIGGER_POINT_THERAPY", "price", 15.00))
                .get("id").asString();
        String earlier = therapistOffering("Outcome Therapist Earlier", checkUp, "outcome-" + UUID.randomUUID() + "@clinic.test");
        String laterEmail = "outcome-" + UUID.randomUUID() + "@clinic.test";
        String later = therapistOffering("Outcome Therapist Later", checkUp, laterEmail);
        Client client = newClient();
        Awaitility.await("booking-service knows both therapists' check-ups").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> offersToday(earlier, checkUp) && offersToday(later, checkUp));
        Instant soon = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        String firstSession = client.api().created("/api/v1/appointments", Map.of("clientId", client.id(),
                "therapistId", earlier, "locationId", locationId, "treatmentId", checkUp,
                "startsAt", soon.atZone(TestChain.ZONE).toOffsetDateTime().toString())).get("id").asString();
        String secondSession = client.api().created("/api/v1/appointments", Map.of("clientId", client.id(),
                "therapistId", later, "locationId", locationId, "treatmentId", checkUp,
                "startsAt", soon.plusSeconds(10).atZone(TestChain.ZONE).toOffsetDateTime().toString())).get("id").asString();

        Awaitility.await("both sessions have started").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().isAfter(soon.plusSeconds(10)));
        for (String session : List.of(firstSession, secondSession)) {
            assertThat(admin.post("/api/v1/appointments/" + session + "/check-in", Map.of()).status()).isEqualTo(200);
            assertThat(admin.post("/api/v1/appointments/" + session + "/fulfil", Map.of()).status()).isEqualTo(200);
        }
        assertThat(client.api().post("/api/v1/appointments/" + firstSession + "/aftercare-check-in",
                Map.of("score", 2)).status()).isEqualTo(201);
        assertThat(client.api().post("/api/v1/appointments/" + secondSession + "/aftercare-check-in",
                Map.of("score", 6, "comment", "Knee swollen after the stairs")).status()).isEqualTo(201);

        MailServer.ReceivedMail alert = Awaitility.await("the alert to " + laterEmail).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> SystemUnderTest.platform().mailServer().messages().stream()
                        .filter(mail -> mail.to().contains(laterEmail))
                        .filter(mail -> mail.subject().startsWith("Check-in worsened")).findFirst().orElse(null),
                        mail -> mail != null);
        assertThat(alert.subject()).contains("Robin");
        // Quoted-printable breaks long lines with "=" at their end: read the text in one piece.
        String text = alert.raw().replace("=\r\n", "").replace("=\n", "");
        assertThat(text).contains("6 out of 10").contains("up from 2").doesNotContain("Knee swollen")
                .doesNotContain(client.email());
        Gateway laterTherapist = SystemUnderTest.gatewayAs(TokenClaims.therapist("outcome-therapist-" + later,
                UUID.fromString(later), List.of(UUID.fromString(locationId))));
        JsonNode trend = laterTherapist.get("/api/v1/appointments/" + secondSession + "/outcome-trend").json();
        assertThat(trend.get("sessions")).extracting(session -> session.get("score").asInt()).containsExactly(2, 6);
        assertThat(trend.get("sessions").get(1).get("worsened").asBoolean()).isTrue();
        LogFiles.assertNoneContains(List.of(client.email(), "Knee swollen after the stairs"));
    }

    /** A therapist at this class's location offering only this treatment, working 07:00–21:00 every day. */
    private static String therapistOffering(String name, String treatment, String email) {
        String id = Therapists.workingEveryDay(admin, locationId, Map.of("displayName", name, "licenceNumber", "ROOM-" + UUID.randomUUID(),
                "specialties", List.of("TRIGGER_POINT_THERAPY"), "locationIds", List.of(locationId),
                "treatmentIds", List.of(treatment), "email", email));
        return id;
    }

    /** Whether booking-service offers the therapist's treatment in the coming hours: it knows both from the directory. */
    private static boolean offersToday(String therapistId, String treatment) {
        OffsetDateTime now = OffsetDateTime.now(TestChain.ZONE);
        Gateway.Response slots = admin.get("/api/v1/availability?locationId=" + locationId + "&treatmentId=" + treatment
                + "&therapistId=" + therapistId + "&from=" + encoded(now) + "&to=" + encoded(now.plusHours(6)));
        return slots.status() == 200 && !slots.json().isEmpty();
    }
}
