package com.clinicnetwork.booking.availability;

import com.clinicnetwork.booking.directory.DirectoryRepository;
import com.clinicnetwork.booking.directory.ExtraHours;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Room;
import com.clinicnetwork.booking.directory.Therapist;
import com.clinicnetwork.booking.directory.TimeOff;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.policy.BookingPolicyRepository;
import com.clinicnetwork.booking.policy.BookingPolicy;
import com.clinicnetwork.servicedefaults.refusal.InvalidValueException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the engine's inputs from the read model, the policy and the bookings of therapists and rooms, and asks the engine. */
@Service
public class AvailabilityService {

    /** Longest range one request may ask for: a month of slots is what a calendar view shows. */
    public static final Duration MAX_RANGE = Duration.ofDays(31);

    private final DirectoryRepository directory;
    private final AvailabilityRepository repository;
    private final BookingPolicyRepository policies;
    private final AvailabilityCache cache;
    private final Clock clock;

    AvailabilityService(DirectoryRepository directory, AvailabilityRepository repository, BookingPolicyRepository policies,
            AvailabilityCache cache, Clock clock) {
        this.directory = directory;
        this.repository = repository;
        this.policies = policies;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * Served from {@link AvailabilityCache} while nothing the answer depends on has changed (its {@link SearchStamp},
     * read in the same snapshot as the inputs, so an answer is never stored under a stamp older than what it shows).
     *
     * @throws InvalidValueException naming the parameter if the range is empty or too long, or an id is unknown
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LocatedSlots freeSlots(UUID locationId, UUID treatmentId, Optional<UUID> therapistId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new InvalidValueException("to", "must be at most " + MAX_RANGE.toDays() + " days after from");
        }
        BookingPolicy policy = policies.policyAt(locationId);
        Window window = Window.of(policy, clock.instant(), from, to);
        AvailabilityCache.Search search = new AvailabilityCache.Search(locationId, treatmentId, therapistId.orElse(null), from, to);
        AvailabilityRepository.StampParts parts = repository.stampParts(locationId, treatmentId, therapistId.orElse(null),
                around(new Interval(from, to)));
        SearchStamp stamp = new SearchStamp(policy, window.earliestStart(), window.startsBefore(), parts.directory(), parts.taken());
        return cache.answer(search, stamp, () -> compute(locationId, treatmentId, therapistId, from, to, policy, window));
    }

    private LocatedSlots compute(UUID locationId, UUID treatmentId, Optional<UUID> therapistId, Instant from, Instant to,
            BookingPolicy policy, Window window) {
        Location location = directory.findLocation(locationId).filter(Location::active)
                .orElseThrow(() -> new InvalidValueException("locationId", "no bookable location with this id"));
        Treatment treatment = directory.findTreatment(treatmentId).filter(Treatment::active)
                .orElseThrow(() -> new InvalidValueException("treatmentId", "no bookable treatment with this id"));
        List<UUID> candidates = therapistId.map(id -> List.of(requireOffering(id, locationId, treatmentId)))
                .orElseGet(() -> directory.bookableTherapistIds(locationId, treatmentId));
        return new LocatedSlots(location, AvailabilityEngine.freeSlots(inputs(location, treatment, candidates, from, to, policy,
                window)));
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
        Instant from = target.minus(around);
        Instant to = target.plus(around);
        BookingPolicy policy = policies.policyAt(locationId);
        AvailabilityInputs inputs = inputs(location.get(), treatment.get(), List.of(therapistId), from, to, policy,
                Window.of(policy, clock.instant(), from, to));
        return AvailabilityEngine.nearest(inputs, target, count);
    }

    /**
     * The therapist's working and unavailable time at the location around {@code span}, built exactly as a
     * search builds it (its {@code busy} is left empty: bookings check that under the therapist's calendar
     * lock). Booking judges a wanted session against this, so both follow one set of rules.
     */
    public TherapistSchedule scheduleAround(Location location, Therapist therapist, Interval span) {
        return schedules(location, List.of(therapist), span, Map.of()).get(0);
    }

    private AvailabilityInputs inputs(Location location, Treatment treatment, List<UUID> therapistIds, Instant from, Instant to,
            BookingPolicy policy, Window window) {
        Interval searched = new Interval(from, to);
        List<Therapist> therapists = directory.findTherapists(therapistIds).stream().filter(Therapist::active).toList();
        Map<UUID, List<Interval>> busy = repository.busy(therapistIds, around(searched));
        return new AvailabilityInputs(treatment.duration(), treatment.buffer(), policy.slotInterval(), window.earliestStart(),
                window.startsBefore(), schedules(location, therapists, searched, busy),
                roomsAround(location.id(), treatment, around(searched), null));
    }

    /**
     * The active rooms of the kind the treatment needs at the location, by name, with what takes each around
     * {@code span}, as a search sees them; {@link RoomSchedule#NOT_NEEDED} for a treatment that needs no room. Booking
     * assigns a room from this under the location's room lock, so it takes exactly the rooms a search counts as free.
     *
     * @param movedAppointmentId an appointment being moved, whose own room is no obstacle; null for none
     */
    public RoomSchedule roomsAround(UUID locationId, Treatment treatment, Interval span, UUID movedAppointmentId) {
        if (!treatment.needsRoom()) {
            return RoomSchedule.NOT_NEEDED;
        }
        List<Room> rooms = directory.activeRooms(locationId, treatment.roomKind());
        Map<UUID, List<Interval>> taken = repository.roomsTaken(rooms.stream().map(Room::id).toList(), span,
                movedAppointmentId);
        return RoomSchedule.of(rooms.stream()
                .map(room -> new RoomSchedule.RoomTime(room.id(), taken.getOrDefault(room.id(), List.of())))
                .toList());
    }

    /** Working time as {@link WeeklyHours#working} places it, time off as unavailable, {@code busy} as given. */
    private List<TherapistSchedule> schedules(Location location, List<Therapist> therapists, Interval span,
            Map<UUID, List<Interval>> busy) {
        // Blocks of the local days around the span; the engine cuts them to what it looks at.
        LocalDate firstDay = span.start().atZone(location.timeZone()).toLocalDate().minusDays(1);
        LocalDate lastDay = span.end().atZone(location.timeZone()).toLocalDate().plusDays(1);
        Interval around = around(span);
        List<Interval> open = WeeklyHours.openingOnDates(directory.openingHours(location.id()), location.timeZone(),
                firstDay, lastDay);
        // One query per kind for all the location's therapists: a search must not cost round trips per therapist.
        List<UUID> ids = therapists.stream().map(Therapist::id).toList();
        Map<UUID, List<ExtraHours>> extraHours = directory.extraHours(ids, location.id(), firstDay, lastDay);
        Map<UUID, List<TimeOff>> timeOff = directory.timeOffOverlapping(ids, around.start(), around.end());
        return therapists.stream()
                .map(therapist -> new TherapistSchedule(therapist.id(),
                        WeeklyHours.working(therapist.workingHoursAt(location.id()),
                                extraHours.getOrDefault(therapist.id(), List.of()), open,
                                location.timeZone(), firstDay, lastDay),
                        timeOff.getOrDefault(therapist.id(), List.of()).stream()
                                .map(off -> new Interval(off.startsAt(), off.endsAt())).toList(),
                        busy.getOrDefault(therapist.id(), List.of())))
                .toList();
    }

    /** A day either side, so sessions and buffers at the edges of a span are judged against all they touch. */
    private static Interval around(Interval span) {
        return new Interval(span.start().minus(Duration.ofDays(1)), span.end().plus(Duration.ofDays(1)));
    }

    private UUID requireOffering(UUID therapistId, UUID locationId, UUID treatmentId) {
        directory.findTherapist(therapistId)
                .filter(therapist -> therapist.active() && therapist.worksAt(locationId) && therapist.offers(treatmentId))
                .orElseThrow(() -> new InvalidValueException("therapistId",
                        "no active therapist with this id offers the treatment at the location"));
        return therapistId;
    }

    /**
     * Slots together with the location, whose time zone the API shows them in.
     *
     * @param rendered the answer as the API writes it, made once and kept with the answer while it is cached
     * @param gzipped  the same, gzip-compressed for clients that accept it
     */
    public record LocatedSlots(Location location, List<FreeSlot> slots, RenderedOnce<byte[]> rendered,
            RenderedOnce<byte[]> gzipped) {

        LocatedSlots(Location location, List<FreeSlot> slots) {
            this(location, slots, new RenderedOnce<>(), new RenderedOnce<>());
        }
    }
}
