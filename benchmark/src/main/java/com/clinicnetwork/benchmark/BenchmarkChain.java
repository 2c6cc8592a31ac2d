package com.clinicnetwork.benchmark;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * A location of its own with 20 therapists working 07:00–21:00 every day and a pool of clients, created
 * through the public API, so the benchmark books real, distinct free slots without touching demo data.
 */
final class BenchmarkChain {

    static final int THERAPISTS = 20;
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final int SLOT_MINUTES = 30;
    private static final LocalTime FIRST_SLOT = LocalTime.of(8, 0);
    private static final int SLOTS_PER_DAY = 24;

    final String locationId;
    final String treatmentId;
    final List<String> therapistIds;
    final List<String> clientIds;
    final List<String> clientEmails;
    /**
     * Probes take slots near the end of the default 90-day booking horizon, after all those the load uses (the load
     * would need more than 40,000 bookings to reach them).
     */
    private static final int PROBE_SLOTS_FROM = 84 * SLOTS_PER_DAY;

    private static final int CREATING_AT_ONCE = 16;

    private final AtomicInteger nextSlot = new AtomicInteger();
    private final AtomicInteger nextClient = new AtomicInteger();
    private final AtomicInteger probes = new AtomicInteger();
    private final LocalDate firstDay = LocalDate.now(ZONE).plusDays(3);

    private BenchmarkChain(String locationId, String treatmentId, List<String> therapistIds, List<String> clientIds,
            List<String> clientEmails) {
        this.locationId = locationId;
        this.treatmentId = treatmentId;
        this.therapistIds = therapistIds;
        this.clientIds = clientIds;
        this.clientEmails = clientEmails;
    }

    static BenchmarkChain create(Api admin, int clients) {
        String location = admin.create("/api/v1/locations", Map.of("name", "Benchmark Clinic",
                "address", "1 Load Test Lane, Manchester M1 1AA", "timeZone", ZONE.getId())).get("id").asString();
        String treatment = admin.create("/api/v1/treatments", Map.of("name", "Sports massage, 30 min",
                "durationMinutes", SLOT_MINUTES, "bufferMinutes", 0, "requiredSpecialty", "SPORTS_MASSAGE",
                "price", 40.00)).get("id").asString();
        List<String> therapists = new ArrayList<>();
        for (int i = 0; i < THERAPISTS; i++) {
            String id = admin.create("/api/v1/therapists", Map.of("displayName", "Bench Therapist " + i,
                    "licenceNumber", "BENCH-" + System.nanoTime() + "-" + i, "specialties", List.of("SPORTS_MASSAGE"),
                    "locationIds", List.of(location), "treatmentIds", List.of(treatment))).get("id").asString();
            List<Map<String, Object>> hours = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.add(Map.of("locationId", location, "dayOfWeek", day.name(), "startsAt", "07:00", "endsAt", "21:00"));
            }
            int status = admin.send("PUT", "/api/v1/therapists/" + id + "/working-hours", Map.of("workingHours", hours)).statusCode();
            if (status >= 300) {
                throw new IllegalStateException("Working hours of a benchmark therapist were rejected: " + status);
            }
            therapists.add(id);
        }
        List<String> clientIds = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<CompletableFuture<String>> created = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String email = "bench-client-" + i + "@bench.example";
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("firstName", "Bench");
            client.put("lastName", "Client " + i);
            client.put("email", email);
            client.put("phone", "+44 7700 9" + String.format("%05d", i));
            client.put("timeZone", ZONE.getId());
            client.put("locale", "en-GB");
            created.add(admin.createAsync("/api/v1/clients", client));
            emails.add(email);
            if (created.size() == CREATING_AT_ONCE) {
                created.forEach(id -> clientIds.add(id.join()));
                created.clear();
            }
        }
        created.forEach(id -> clientIds.add(id.join()));
        return new BenchmarkChain(location, treatment, therapists, clientIds, emails);
    }

    /** Waits until booking-service's read model knows every benchmark therapist (it learns them from Kafka). */
    void awaitBookable(Api admin) {
        for (int i = 0; i < THERAPISTS; i++) {
            String therapist = therapistIds.get(i);
            String client = clientIds.get(i);
            Awaitility.await("read model has " + therapist).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> admin.send("POST", "/api/v1/appointments", probeBooking(therapist, client)).statusCode() == 201);
        }
    }

    /**
     * The next client in turn. A client's bookings are judged one after another under its row lock, and a client may
     * hold 20 future appointments, so the load spreads over all of them as real clients would.
     */
    int nextClient() {
        return Math.floorMod(nextClient.getAndIncrement(), clientIds.size());
    }

    /** A booking for the next client in turn. */
    Map<String, Object> nextBooking() {
        return nextBooking(clientIds.get(nextClient()));
    }

    /** A booking of the next unused slot, round-robin over therapists, so no two requests collide. */
    Map<String, Object> nextBooking(String clientId) {
        int slot = nextSlot.getAndIncrement();
        return booking(therapistIds.get(slot % THERAPISTS), clientId, slot / THERAPISTS);
    }

    private Map<String, Object> probeBooking(String therapist, String clientId) {
        // Probes take slots far after those the load uses, so they never collide with them.
        return booking(therapist, clientId, PROBE_SLOTS_FROM + probes.getAndIncrement());
    }

    private Map<String, Object> booking(String therapist, String clientId, int slotOfTherapist) {
        LocalDate day = firstDay.plusDays(slotOfTherapist / SLOTS_PER_DAY);
        LocalTime time = FIRST_SLOT.plusMinutes((long) SLOT_MINUTES * (slotOfTherapist % SLOTS_PER_DAY));
        return Map.of("clientId", clientId, "therapistId", therapist, "locationId", locationId, "treatmentId", treatmentId,
                "startsAt", ZonedDateTime.of(day, time, ZONE).toOffsetDateTime().toString());
    }

    String availabilityQuery() {
        ZonedDateTime from = firstDay.atStartOfDay(ZONE);
        return "/api/v1/availability?locationId=" + locationId + "&treatmentId=" + treatmentId
                + "&from=" + from.toInstant() + "&to=" + from.plusDays(7).toInstant();
    }
}
