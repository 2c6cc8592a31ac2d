package com.clinicnetwork.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.booking.support.IntegrationTestBase;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.directory.LocationState;
import com.clinicnetwork.contracts.directory.OpeningHours;
import com.clinicnetwork.contracts.directory.Room;
import com.clinicnetwork.contracts.directory.TherapistState;
import com.clinicnetwork.contracts.directory.TimeOff;
import com.clinicnetwork.contracts.directory.TreatmentState;
import com.clinicnetwork.contracts.directory.WeeklyWorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cached search path against full recomputation: random schedules, time off, policies, bookings (some racing for
 * the same slot), cancellations and the clock moving on, in weeks that cross a daylight-saving change. After every step
 * the answer a client gets (possibly from the cache) must equal what a search with an empty cache computes, and a slot
 * shown free that someone else takes is refused by the database.
 */
class CachedAvailabilityPropertyIT extends IntegrationTestBase {

    private static final int STEPS = 40;

    @Autowired
    AvailabilityService availability;

    @Autowired
    AvailabilityRepository repository;

    @Autowired
    BookingPolicyRepository policies;

    @Autowired
    DirectoryRepository directoryRepository;

    @Autowired
    PlatformTransactionManager transactionManager;

    private record Scenario(UUID locationId, UUID treatmentId, List<UUID> therapistIds, ZoneId zone, LocalDate week) {
    }

    @ParameterizedTest(name = "seed {0}: {1}, week of {2}")
    @CsvSource({
            "11, Europe/London, 2027-03-25",      // clocks go forward on Sunday 28 March
            "23, Europe/Berlin, 2027-10-28",      // clocks go back on Sunday 31 October
            "37, America/New_York, 2027-01-10"})
    void theCachedAnswerIsAlwaysTheFullRecomputation(long seed, String zone, LocalDate week) throws Exception {
        Random random = new Random(seed);
        Scenario scenario = scenario(random, ZoneId.of(zone), week);
        List<UUID> clients = List.of(createClient("Ada"), createClient("Ben"), createClient("Cleo"), createClient("Dev"));
        List<UUID> booked = new ArrayList<>();
        long therapistVersion = 1;
        for (int step = 0; step < STEPS; step++) {
            assertCachedEqualsRecomputed(scenario, Optional.empty());
            switch (random.nextInt(6)) {
                case 0, 1 -> bookFreeSlot(scenario, random, clients.get(random.nextInt(clients.size())), booked);
                case 2 -> raceForOneSlot(scenario, random, clients);
                case 3 -> {
                    if (!booked.isEmpty()) {
                        UUID appointment = booked.remove(random.nextInt(booked.size()));
                        post("/api/v1/appointments/" + appointment + "/cancel", admin(), Map.of("reason", "Plans changed"), null)
                                .expectStatus().isOk();
                    }
                }
                case 4 -> publishTherapist(scenario, random, random.nextInt(scenario.therapistIds().size()), ++therapistVersion);
                default -> clock.advance(Duration.ofMinutes(random.nextInt(90)).plusSeconds(random.nextInt(60)));
            }
            assertCachedEqualsRecomputed(scenario, Optional.of(scenario.therapistIds().get(0)));
        }
    }

    private void assertCachedEqualsRecomputed(Scenario scenario, Optional<UUID> therapist) {
        Instant from = scenario.week().atStartOfDay(scenario.zone()).toInstant();
        Instant to = scenario.week().plusDays(7).atStartOfDay(scenario.zone()).toInstant();
        List<FreeSlot> served = availability.freeSlots(scenario.locationId(), scenario.treatmentId(), therapist, from, to).slots();
        List<FreeSlot> again = availability.freeSlots(scenario.locationId(), scenario.treatmentId(), therapist, from, to).slots();
        AvailabilityService uncached = new AvailabilityService(directoryRepository, repository, policies, new AvailabilityCache(), clock);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        transactions.setReadOnly(true);
        List<FreeSlot> recomputed = transactions.execute(status ->
                uncached.freeSlots(scenario.locationId(), scenario.treatmentId(), therapist, from, to).slots());

        assertThat(served).isEqualTo(recomputed);
        assertThat(again).isEqualTo(recomputed);
    }

    private void bookFreeSlot(Scenario scenario, Random random, UUID client, List<UUID> booked) {
        List<FreeSlot> free = freeNow(scenario);
        if (free.isEmpty()) {
            return;
        }
        FreeSlot slot = free.get(random.nextInt(free.size()));
        booked.add(booked(admin(), booking(scenario, slot, client)).id());
        assertThat(freeNow(scenario)).as("a booked slot is no longer offered").doesNotContain(slot);
    }

    /** Two clients book the same slot shown free at once: the database lets exactly one have it. */
    private void raceForOneSlot(Scenario scenario, Random random, List<UUID> clients) throws Exception {
        List<FreeSlot> free = freeNow(scenario);
        if (free.isEmpty()) {
            return;
        }
        FreeSlot slot = free.get(random.nextInt(free.size()));
        List<HttpStatus> outcomes = inParallel(2, attempt -> post("/api/v1/appointments", admin(),
                booking(scenario, slot, clients.get(attempt)), null).expectBody(String.class).returnResult().getStatus().value());
        assertThat(outcomes).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    }

    private List<FreeSlot> freeNow(Scenario scenario) {
        Instant from = scenario.week().atStartOfDay(scenario.zone()).toInstant();
        return availability.freeSlots(scenario.locationId(), scenario.treatmentId(), Optional.empty(), from,
                from.plus(Duration.ofDays(7))).slots();
    }

    private static Map<String, Object> booking(Scenario scenario, FreeSlot slot, UUID client) {
        return Map.of("clientId", client, "therapistId", slot.therapistId(), "locationId", scenario.locationId(),
                "treatmentId", scenario.treatmentId(), "startsAt", slot.startsAt().atZone(scenario.zone()).toOffsetDateTime().toString());
    }

    /** A location with random opening hours and one or two tables, a treatment that needs one, and three therapists. */
    private Scenario scenario(Random random, ZoneId zone, LocalDate week) {
        UUID locationId = UUID.randomUUID();
        UUID treatmentId = UUID.randomUUID();
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(2); i++) {
            rooms.add(new Room(UUID.randomUUID(), "Table " + (i + 1), "TREATMENT_TABLE", true));
        }
        publishDirectoryEvent(EventTypes.LOCATION_UPSERTED, locationId, new LocationState(locationId, 1, "Property clinic",
                "3 Test Street", zone.getId(), true, Arrays.stream(DayOfWeek.values())
                        .map(day -> new OpeningHours(day, LocalTime.of(7 + random.nextInt(2), 0), LocalTime.of(19 + random.nextInt(3), 0)))
                        .toList(), rooms, null));
        int[] durations = {30, 45, 60};
        publishDirectoryEvent(EventTypes.TREATMENT_UPSERTED, treatmentId, new TreatmentState(treatmentId, 1, "Deep tissue massage",
                durations[random.nextInt(3)], 5 * random.nextInt(4), "DEEP_TISSUE", null, true, null, "TREATMENT_TABLE"));
        Scenario scenario = new Scenario(locationId, treatmentId, List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()),
                zone, week);
        for (int i = 0; i < scenario.therapistIds().size(); i++) {
            publishTherapist(scenario, random, i, 1);
        }
        http.put().uri("/api/v1/locations/{id}/booking-policy", locationId)
                .header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("minimumNoticeMinutes", 120, "bookingHorizonDays", 400, "slotIntervalMinutes", 5 * (2 + random.nextInt(4)),
                        "lateCancellationWindowMinutes", 1440))
                .exchange()
                .expectStatus().isOk();
        await().atMost(EVENTUALLY).until(() -> directoryRepository.activeRooms(locationId, "TREATMENT_TABLE").size() == rooms.size()
                && directoryRepository.findTreatment(treatmentId).isPresent());
        return scenario;
    }

    /** The therapist's weekly hours (one day off, a random length) and a random afternoon off in the searched week. */
    private void publishTherapist(Scenario scenario, Random random, int index, long version) {
        UUID therapistId = scenario.therapistIds().get(index);
        DayOfWeek dayOff = DayOfWeek.of(1 + random.nextInt(7));
        List<WeeklyWorkingHours> hours = Arrays.stream(DayOfWeek.values()).filter(day -> day != dayOff)
                .map(day -> new WeeklyWorkingHours(scenario.locationId(), day, LocalTime.of(8 + random.nextInt(3), 15 * random.nextInt(4)),
                        LocalTime.of(16 + random.nextInt(5), 0)))
                .toList();
        LocalDate away = scenario.week().plusDays(random.nextInt(7));
        List<TimeOff> timeOff = List.of(new TimeOff(UUID.randomUUID(), away.atTime(13, 0).atZone(scenario.zone()).toOffsetDateTime(),
                away.atTime(14 + random.nextInt(3), 30).atZone(scenario.zone()).toOffsetDateTime()));
        publishDirectoryEvent(EventTypes.THERAPIST_UPSERTED, therapistId, new TherapistState(therapistId, version, "Therapist " + index,
                Set.of("DEEP_TISSUE"), Set.of(scenario.locationId()), Set.of(scenario.treatmentId()), hours, true, timeOff, List.of()));
        await().atMost(EVENTUALLY).until(() -> directoryRepository.findTherapist(therapistId)
                .filter(therapist -> directoryRepository.timeOffOverlapping(List.of(therapistId), timeOff.get(0).startsAt().toInstant(),
                        timeOff.get(0).endsAt().toInstant()).getOrDefault(therapistId, List.of()).size() == 1)
                .isPresent());
    }
}
