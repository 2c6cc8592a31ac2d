package com.clinicnetwork.systemtests;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * A location of the tests' own with therapists working 07:00–21:00 every day, built through the public
 * API, plus a source of fresh slots and fresh clients, so tests never depend on each other's bookings.
 */
public final class TestChain {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final int THERAPISTS = 4;
    private static final int SLOT_MINUTES = 30;
    private static final int SLOTS_PER_DAY = 24;

    public final String locationId;
    public final String treatmentId;
    public final List<String> therapistIds;
    private final LocalDate firstDay = LocalDate.now(ZONE).plusDays(3);
    private final AtomicInteger nextSlot = new AtomicInteger();
    private final AtomicInteger nextClient = new AtomicInteger();

    private TestChain(String locationId, String treatmentId, List<String> therapistIds) {
        this.locationId = locationId;
        this.treatmentId = treatmentId;
        this.therapistIds = therapistIds;
    }

    static TestChain create(Gateway admin) {
        String location = admin.created("/api/v1/locations", Map.of("name", "System Test Clinic",
                "address", "7 Test Street, Leeds LS1 1AA", "timeZone", ZONE.getId())).get("id").asString();
        String treatment = admin.created("/api/v1/treatments", Map.of("name", "Trigger point therapy, 30 min",
                "durationMinutes", SLOT_MINUTES, "bufferMinutes", 0, "requiredSpecialty", "TRIGGER_POINT_THERAPY",
                "price", 35.00, "aftercarePlan", "Gentle stretches of the treated muscle twice a day.")).get("id").asString();
        List<String> therapists = new ArrayList<>();
        for (int i = 0; i < THERAPISTS; i++) {
            String id = admin.created("/api/v1/therapists", Map.of("displayName", "System Therapist " + i,
                    "licenceNumber", "SYS-" + System.nanoTime() + "-" + i, "specialties", List.of("TRIGGER_POINT_THERAPY"),
                    "locationIds", List.of(location), "treatmentIds", List.of(treatment))).get("id").asString();
            List<Map<String, Object>> hours = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.add(Map.of("locationId", location, "dayOfWeek", day.name(), "startsAt", "07:00", "endsAt", "21:00"));
            }
            Gateway.Response response = admin.put("/api/v1/therapists/" + id + "/working-hours", Map.of("workingHours", hours));
            if (response.status() >= 300) {
                throw new AssertionError("Working hours rejected: " + response.body());
            }
            therapists.add(id);
        }
        TestChain chain = new TestChain(location, treatment, therapists);
        chain.awaitKnownToBooking(admin);
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

    public Map<String, Object> booking(String clientId, String therapistId, int slotOfTherapist) {
        LocalDate day = firstDay.plusDays(slotOfTherapist / SLOTS_PER_DAY);
        LocalTime time = LocalTime.of(8, 0).plusMinutes((long) SLOT_MINUTES * (slotOfTherapist % SLOTS_PER_DAY));
        return Map.of("clientId", clientId, "therapistId", therapistId, "locationId", locationId,
                "treatmentId", treatmentId, "startsAt", ZonedDateTime.of(day, time, ZONE).toOffsetDateTime().toString());
    }
}
