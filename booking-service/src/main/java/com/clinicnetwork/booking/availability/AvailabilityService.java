package com.clinicnetwork.booking.availability;

import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Therapist;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.policy.BookingPolicies;
import com.clinicnetwork.booking.policy.BookingPolicy;
import com.clinicnetwork.servicedefaults.web.ApiProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the engine's inputs from the read model, the policy and the bookings, and asks the engine. */
@Service
public class AvailabilityService {

    /** Longest range one request may ask for: a month of slots is what a calendar view shows. */
    public static final Duration MAX_RANGE = Duration.ofDays(31);

    private final DirectoryRepository directory;
    private final AvailabilityRepository repository;
    private final BookingPolicies policies;
    private final Clock clock;

    AvailabilityService(DirectoryRepository directory, AvailabilityRepository repository, BookingPolicies policies, Clock clock) {
        this.directory = directory;
        this.repository = repository;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * @throws ApiProblemException 400 naming the parameter if the range is empty or too long, or an id is unknown
     */
    @Transactional(readOnly = true)
    public LocatedSlots freeSlots(UUID locationId, UUID treatmentId, Optional<UUID> therapistId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ApiProblemException.invalidField("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw ApiProblemException.invalidField("to", "must be at most " + MAX_RANGE.toDays() + " days after from");
        }
        Location location = directory.findLocation(locationId).filter(Location::active)
                .orElseThrow(() -> ApiProblemException.invalidField("locationId", "no bookable location with this id"));
        Treatment treatment = directory.findTreatment(treatmentId).filter(Treatment::active)
                .orElseThrow(() -> ApiProblemException.invalidField("treatmentId", "no bookable treatment with this id"));
        List<UUID> candidates = therapistId.map(id -> List.of(requireOffering(id, locationId, treatmentId)))
                .orElseGet(() -> directory.bookableTherapistIds(locationId, treatmentId));
        return new LocatedSlots(location, AvailabilityEngine.freeSlots(inputs(location, treatment, candidates, from, to)));
    }

    /**
     * Free starts of one therapist nearest to {@code target}, looking {@code around} either side; for
     * proposing alternatives when a wanted time is taken. Nothing outside the booking window is proposed.
     */
    @Transactional(readOnly = true)
    public List<FreeSlot> nearestFreeSlots(UUID locationId, UUID treatmentId, UUID therapistId, Instant target,
            Duration around, int count) {
        Optional<Location> location = directory.findLocation(locationId).filter(Location::active);
        Optional<Treatment> treatment = directory.findTreatment(treatmentId).filter(Treatment::active);
        if (location.isEmpty() || treatment.isEmpty()) {
            return List.of();
        }
        AvailabilityInputs inputs = inputs(location.get(), treatment.get(), List.of(therapistId), target.minus(around),
                target.plus(around));
        return AvailabilityEngine.nearest(inputs, target, count);
    }

    private AvailabilityInputs inputs(Location location, Treatment treatment, List<UUID> therapistIds, Instant from, Instant to) {
        BookingPolicy policy = policies.policyAt(location.id());
        Instant now = clock.instant();
        Instant earliest = max(from, policy.earliestStart(now));
        Instant startsBefore = min(to, policy.startsBefore(now));
        // Blocks of the local days around the range; the engine cuts them to the range.
        LocalDate firstDay = from.atZone(location.timeZone()).toLocalDate().minusDays(1);
        LocalDate lastDay = to.atZone(location.timeZone()).toLocalDate().plusDays(1);
        Interval searched = new Interval(from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1)));
        Map<UUID, List<Interval>> busy = repository.busy(therapistIds, searched);
        // No opening hours in the read model means they are not known, not that the location is always closed.
        List<Interval> open = WeeklyHours.openingOnDates(directory.openingHours(location.id()), location.timeZone(),
                firstDay, lastDay);
        List<TherapistSchedule> schedules = therapistIds.stream()
                .flatMap(id -> directory.findTherapist(id).stream())
                .filter(Therapist::active)
                .map(therapist -> {
                    List<Interval> working = new ArrayList<>(WeeklyHours.onDates(therapist.workingHoursAt(location.id()),
                            location.timeZone(), firstDay, lastDay));
                    working.addAll(WeeklyHours.extraOnDates(
                            directory.extraHours(therapist.id(), location.id(), firstDay, lastDay), location.timeZone()));
                    List<Interval> timeOff = directory.timeOffOverlapping(therapist.id(), searched.start(), searched.end())
                            .stream().map(off -> new Interval(off.startsAt(), off.endsAt())).toList();
                    return new TherapistSchedule(therapist.id(), open.isEmpty() ? working : WeeklyHours.intersect(working, open),
                            timeOff, busy.getOrDefault(therapist.id(), List.of()));
                })
                .toList();
        return new AvailabilityInputs(treatment.duration(), treatment.buffer(), policy.slotInterval(), earliest,
                startsBefore, schedules);
    }

    private UUID requireOffering(UUID therapistId, UUID locationId, UUID treatmentId) {
        directory.findTherapist(therapistId)
                .filter(therapist -> therapist.active() && therapist.worksAt(locationId) && therapist.offers(treatmentId))
                .orElseThrow(() -> ApiProblemException.invalidField("therapistId",
                        "no active therapist with this id offers the treatment at the location"));
        return therapistId;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Slots together with the location, whose time zone the API shows them in. */
    public record LocatedSlots(Location location, List<FreeSlot> slots) {
    }
}
