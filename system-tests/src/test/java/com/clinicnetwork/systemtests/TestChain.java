package com.clinicnetwork.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * A location of the tests' own with therapists working 07:00–21:00 every day, built through the public
 * API, plus a source of fresh slots and fresh clients, so tests never depend on each other's bookings.
 *
 * <p>Check-in opens half an hour before a session and fulfilment waits for its start, by the platform's real clock.
 * So that tests can act at those times whenever they run, it is about midday at the location while the tests run (its
 * time zone is chosen for that), it takes bookings without notice, and a short follow-up treatment lets a test book
 * sessions that start within seconds ({@link #startingNow}) without them crowding each other out.
 */
public final class TestChain {

    static final ZoneId ZONE = middayZone(Instant.now());
    static final int THERAPISTS = 4;
    /** The chain's booking policy: the defaults, but bookings may start at once. */
    static final Map<String, Object> POLICY = Map.of("minimumNoticeMinutes", 0, "bookingHorizonDays", 90,
            "slotIntervalMinutes", 15, "lateCancellationWindowMinutes", 1440);
    private static final int SLOT_MINUTES = 30;
    private static final int SLOTS_PER_DAY = 24;
    private static final int FOLLOW_UP_MINUTES = 5;
    /** How far ahead a session starting now is booked: time for the request to arrive before the session starts. */
    private static final Duration STARTING_NOW_LEAD = Duration.ofSeconds(10);
    private static final String AFTERCARE_PLAN = "Gentle stretches of the treated muscle twice a day.";

    public final String locationId;
    public final String treatmentId;
    /** A 5-minute follow-up without buffer, which {@link #startingNow} books. */
    public final String followUpTreatmentId;
    public final List<String> therapistIds;
    /** Per therapist, until when the sessions {@link #startingNow} booked keep them busy. */
    private final Map<String, Instant> busyNow = new HashMap<>();
    private final LocalDate firstDay = LocalDate.now(ZONE).plusDays(3);
    private final AtomicInteger nextSlot = new AtomicInteger();
    private final AtomicInteger nextClient = new AtomicInteger();

    private TestChain(String locationId, String treatmentId, String followUpTreatmentId, List<String> therapistIds) {
        this.locationId = locationId;
        this.treatmentId = treatmentId;
        this.followUpTreatmentId = followUpTreatmentId;
        this.therapistIds = therapistIds;
    }

    /**
     * A zone in which it is between 12:00 and 13:00 at {@code now}: IANA's fixed-offset zones, whose names have the
     * sign inverted ({@code Etc/GMT-5} is five hours ahead of UTC).
     */
    static ZoneId middayZone(Instant now) {
        int hoursAhead = 12 - now.atZone(ZoneOffset.UTC).getHour();
        return ZoneId.of(hoursAhead == 0 ? "Etc/GMT" : "Etc/GMT" + (hoursAhead > 0 ? "-" : "+") + Math.abs(hoursAhead));
    }

    static TestChain create(Gateway admin) {
        String location = admin.created("/api/v1/locations", Map.of("name", "System Test Clinic",
                "address", "7 Test Street, Leeds LS1 1AA", "timeZone", ZONE.getId())).get("id").asString();
        String treatment = admin.created("/api/v1/treatments", Map.of("name", "Trigger point therapy, 30 min",
                "durationMinutes", SLOT_MINUTES, "bufferMinutes", 0, "requiredSpecialty", "TRIGGER_POINT_THERAPY",
                "price", 35.00, "aftercarePlan", AFTERCARE_PLAN)).get("id").asString();
        String followUp = admin.created("/api/v1/treatments", Map.of("name", "Trigger point follow-up, 5 min",
                "durationMinutes", FOLLOW_UP_MINUTES, "bufferMinutes", 0, "requiredSpecialty", "TRIGGER_POINT_THERAPY",
                "price", 10.00, "aftercarePlan", AFTERCARE_PLAN)).get("id").asString();
        List<String> therapists = new ArrayList<>();
        for (int i = 0; i < THERAPISTS; i++) {
            String id = Therapists.workingEveryDay(admin, location, Map.of("displayName", "System Therapist " + i,
                    "licenceNumber", "SYS-" + System.nanoTime() + "-" + i, "specialties", List.of("TRIGGER_POINT_THERAPY"),
                    "locationIds", List.of(location), "treatmentIds", List.of(treatment, followUp)));
            therapists.add(id);
        }
        TestChain chain = new TestChain(location, treatment, followUp, therapists);
        chain.awaitKnownToBooking(admin);
        Gateway.Response policy = admin.put("/api/v1/locations/" + location + "/booking-policy", POLICY);
        if (policy.status() != 200) {
            throw new AssertionError("Booking policy rejected: " + policy.body());
        }
        return chain;
    }

    /** booking-service learns the chain from Kafka; until then it rejects bookings with unknown ids. */
    private void awaitKnownToBooking(Gateway admin) {
        String probeClient = newClient(admin).id();
        for (String therapist : therapistIds) {
            Awaitility.await("booking-service knows " + therapist).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> admin.post("/api/v1/appointments", booking(probeClient, therapist, 40 * SLOTS_PER_DAY + nextSlot.getAndIncrement())).status() == 201);
        }
    }

    public record Client(String id, String email, String lastName) {
    }

    public Client newClient(Gateway admin) {
        int n = nextClient.incrementAndGet();
        String lastName = "Clientson" + n + "x" + Long.toString(System.nanoTime(), 36);
        String email = "system-client-" + n + "-" + System.nanoTime() + "@test.example";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", "Tess");
        body.put("lastName", lastName);
        body.put("email", email);
        body.put("phone", "+44 7700 8" + String.format("%05d", n));
        body.put("timeZone", ZONE.getId());
        body.put("locale", "en-GB");
        return new Client(admin.created("/api/v1/clients", body).get("id").asString(), email, lastName);
    }

    /** A booking request for a slot no other request of this JVM uses. */
    Map<String, Object> freshBooking(String clientId) {
        int slot = nextSlot.getAndIncrement();
        return booking(clientId, therapistIds.get(slot % THERAPISTS), slot / THERAPISTS);
    }

    /** A booking request with this therapist for a slot no other request of this JVM uses. */
    Map<String, Object> freshBooking(String clientId, String therapistId) {
        int slot;
        do {
            slot = nextSlot.getAndIncrement();
        } while (!therapistIds.get(slot % THERAPISTS).equals(therapistId));
        return booking(clientId, therapistId, slot / THERAPISTS);
    }

    /**
     * A follow-up with this therapist that starts within seconds, after the follow-ups booked before it with them:
     * a client can be checked in at once (check-in opens half an hour ahead), and the session fulfilled once
     * {@code startsAt} has passed. Up to six per therapist fit in the half hour.
     */
    public synchronized Map<String, Object> startingNow(String clientId, String therapistId) {
        Instant soonest = Instant.now().plus(STARTING_NOW_LEAD).truncatedTo(ChronoUnit.SECONDS);
        Instant free = busyNow.getOrDefault(therapistId, soonest);
        Instant start = free.isAfter(soonest) ? free : soonest;
        busyNow.put(therapistId, start.plus(Duration.ofMinutes(FOLLOW_UP_MINUTES)));
        return Map.of("clientId", clientId, "therapistId", therapistId, "locationId", locationId,
                "treatmentId", followUpTreatmentId, "startsAt", start.atZone(ZONE).toOffsetDateTime().toString());
    }

    public Map<String, Object> booking(String clientId, String therapistId, int slotOfTherapist) {
        LocalDate day = firstDay.plusDays(slotOfTherapist / SLOTS_PER_DAY);
        LocalTime time = LocalTime.of(8, 0).plusMinutes((long) SLOT_MINUTES * (slotOfTherapist % SLOTS_PER_DAY));
        return Map.of("clientId", clientId, "therapistId", therapistId, "locationId", locationId,
                "treatmentId", treatmentId, "startsAt", ZonedDateTime.of(day, time, ZONE).toOffsetDateTime().toString());
    }
}
