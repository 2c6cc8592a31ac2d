package com.clinicnetwork.booking.fhir;

import com.clinicnetwork.booking.availability.AvailabilityService;
import com.clinicnetwork.booking.availability.FreeSlot;
import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Therapist;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.fhir.DirectoryRecords.Named;
import com.clinicnetwork.booking.fhir.FhirIds.SlotKey;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hl7.fhir.r4.model.ResourceType;
import org.hl7.fhir.r4.model.Slot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Free slots as FHIR Slots, computed by the availability engine exactly as {@code GET /api/v1/availability} offers
 * them (same booking window, same 31-day limit). A Slot is a therapist's free time at a location from a start to an
 * end; its service types are the treatments, among those searched for, that can be booked exactly then (a read
 * considers every treatment the therapist offers). Free slots name no client: every signed-in caller may search them.
 */
@Service
class SlotExport {

    static final String STATUS_SYSTEM = "http://hl7.org/fhir/slotstatus";
    private static final Set<String> SLOT_STATUSES = Set.of("busy", "free", "busy-unavailable", "busy-tentative",
            "entered-in-error");
    private static final Comparator<SlotKey> EARLIEST_FIRST = Comparator.comparing(SlotKey::startsAt)
            .thenComparing(SlotKey::therapistId).thenComparing(SlotKey::locationId).thenComparing(SlotKey::endsAt);

    private final AvailabilityService availability;
    private final DirectoryRepository directory;
    private final DirectoryRecords records;

    SlotExport(AvailabilityService availability, DirectoryRepository directory, DirectoryRecords records) {
        this.availability = availability;
        this.directory = directory;
        this.records = records;
    }

    /** @throws InvalidValueException naming the parameter that is missing or wrong */
    Found search(SearchParameters search, int count, long offset) {
        Optional<FhirIds.ScheduleKey> schedule = search.single("schedule").map(SlotExport::schedule);
        Optional<UUID> practitioner = search.reference("practitioner", ResourceType.Practitioner.name());
        Optional<UUID> location = search.reference("location", ResourceType.Location.name());
        List<UUID> treatments = search.tokens("service-type", R4Resources.TREATMENT_SYSTEM).stream()
                .map(code -> DirectoryExport.uuid(code).orElseThrow(() -> new InvalidValueException("service-type",
                        "codes are treatment (HealthcareService) ids")))
                .toList();
        if (schedule.isPresent() && (practitioner.isPresent() || location.isPresent())) {
            throw new InvalidValueException("schedule", "names the practitioner and location already; leave those out");
        }
        if (schedule.isEmpty() && (treatments.isEmpty() || practitioner.isEmpty() && location.isEmpty())) {
            throw new InvalidValueException("schedule", "a slot search needs schedule, or service-type with practitioner or location");
        }
        DateRange start = search.dates("start");
        if (start.from().isEmpty() || start.before().isEmpty()) {
            throw new InvalidValueException("start", "needs a lower (ge, gt) and an upper (le, lt) bound, or one eq value");
        }
        if (!start.isBoundedBy(AvailabilityService.MAX_RANGE)) {
            throw new InvalidValueException("start", "may span at most " + AvailabilityService.MAX_RANGE.toDays() + " days");
        }
        if (!searchesFree(search) || start.isEmpty()) {
            return Found.NOTHING;
        }
        @Nullable UUID therapistId = schedule.map(FhirIds.ScheduleKey::therapistId).or(() -> practitioner).orElse(null);
        List<UUID> locations = schedule.map(key -> List.of(key.locationId()))
                .or(() -> location.map(List::of))
                .orElseGet(() -> directory.findTherapist(therapistId).map(t -> t.locationIds().stream().sorted().toList())
                        .orElse(List.of()));
        List<UUID> searched = treatments.isEmpty() && therapistId != null
                ? records.treatmentsOffered(List.of(therapistId)).getOrDefault(therapistId, List.of()).stream().map(Named::id).toList()
                : treatments;
        Map<SlotKey, List<Named>> free = freeSlots(therapistId, locations, searched, start.from().get(), start.before().get());
        // Only the page becomes resources: a month at a busy location holds thousands of slots.
        List<Map.Entry<SlotKey, List<Named>>> all = List.copyOf(free.entrySet());
        int from = (int) Math.min(offset, all.size());
        List<Slot> page = all.subList(from, Math.min(from + count, all.size())).stream()
                .map(entry -> R4Resources.slot(entry.getKey(), entry.getValue()))
                .toList();
        return new Found(page, all.size());
    }

    /** The slot, if it is still free for at least one treatment the therapist offers there that lasts exactly as long. */
    Optional<Slot> read(String id) {
        Optional<SlotKey> key = FhirIds.slot(id);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        SlotKey slot = key.get();
        List<UUID> lastingAsLong = records.treatmentsOffered(List.of(slot.therapistId()))
                .getOrDefault(slot.therapistId(), List.of()).stream()
                .map(Named::id)
                .filter(treatment -> directory.findTreatment(treatment)
                        .filter(found -> found.duration().toMinutes() == slot.minutes()).isPresent())
                .toList();
        Map<SlotKey, List<Named>> free = freeSlots(slot.therapistId(), List.of(slot.locationId()), lastingAsLong,
                slot.startsAt(), slot.startsAt().plusSeconds(1));
        return Optional.ofNullable(free.get(slot)).map(treatments -> R4Resources.slot(slot, treatments));
    }

    /**
     * The free slots of each bookable location and treatment, for one therapist or (null) everyone offering it there,
     * with the treatments each slot can take.
     */
    private Map<SlotKey, List<Named>> freeSlots(@Nullable UUID therapistId, List<UUID> locationIds, List<UUID> treatmentIds,
            Instant from, Instant before) {
        Map<SlotKey, List<Named>> free = new TreeMap<>(EARLIEST_FIRST);
        Optional<Therapist> therapist = Optional.ofNullable(therapistId).flatMap(directory::findTherapist)
                .filter(Therapist::active);
        if (therapistId != null && therapist.isEmpty()) {
            return free;
        }
        Map<UUID, String> names = directory.treatmentNames(treatmentIds);
        for (UUID locationId : locationIds) {
            if (directory.findLocation(locationId).filter(Location::active).isEmpty()) {
                continue;
            }
            for (UUID treatmentId : treatmentIds) {
                boolean bookable = directory.findTreatment(treatmentId).filter(Treatment::active).isPresent()
                        && therapist.map(t -> t.worksAt(locationId) && t.offers(treatmentId)).orElse(true);
                if (!bookable) {
                    continue;
                }
                Named treatment = new Named(treatmentId, names.get(treatmentId));
                for (FreeSlot slot : availability.freeSlots(locationId, treatmentId, Optional.ofNullable(therapistId), from,
                        before).slots()) {
                    free.computeIfAbsent(new SlotKey(slot.therapistId(), locationId, slot.startsAt(), slot.endsAt()),
                            key -> new ArrayList<>()).add(treatment);
                }
            }
        }
        return free;
    }

    /** Only free slots are served: a search for other statuses finds none; a status FHIR does not know is refused. */
    private static boolean searchesFree(SearchParameters search) {
        List<String> statuses = search.tokens("status", STATUS_SYSTEM);
        for (String status : statuses) {
            if (!SLOT_STATUSES.contains(status)) {
                throw new InvalidValueException("status", "'" + status + "' is not a slot status");
            }
        }
        return statuses.isEmpty() || statuses.contains("free");
    }

    private static FhirIds.ScheduleKey schedule(String reference) {
        String prefix = ResourceType.Schedule.name() + "/";
        String id = reference.startsWith(prefix) ? reference.substring(prefix.length()) : reference;
        return FhirIds.schedule(id).orElseThrow(() -> new InvalidValueException("schedule",
                "must reference a Schedule by its id (Schedule/<id>)"));
    }
}
