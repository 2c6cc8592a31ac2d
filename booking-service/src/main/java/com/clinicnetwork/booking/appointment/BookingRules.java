package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.appointment.BookingRejectedException.Reason;
import com.clinicnetwork.booking.availability.AvailabilityEngine;
import com.clinicnetwork.booking.availability.Interval;
import com.clinicnetwork.booking.availability.TherapistSchedule;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Therapist;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.policy.BookingPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a slot may be booked, judged against the directory read model and the location's policy. Whether
 * the therapist works then is the availability engine's rule ({@link AvailabilityEngine#fit}), over the
 * schedule availability itself is computed from, so a booking can take exactly the times a search offers
 * (at any minute, not only on the slot grid). Overlap with other appointments and held offers is not
 * checked here: the therapist's calendar lock and the database's exclusion constraint decide that atomically.
 */
public final class BookingRules {

    /** The therapist's schedule at a location around a span, as availability builds it. */
    @FunctionalInterface
    public interface Schedules {
        TherapistSchedule around(Location location, Therapist therapist, Interval span);
    }

    private BookingRules() {
    }

    /**
     * @return the slot the booking would occupy
     * @throws BookingRejectedException naming the first request field that rules the booking out
     * @throws SlotTakenException if the schedule's busy time overlaps the slot
     */
    public static Slot slotFor(UUID locationId, Optional<Location> location, UUID treatmentId, Optional<Treatment> treatment,
            UUID therapistId, Optional<Therapist> therapist, Instant startsAt, BookingPolicy policy, Instant now,
            Schedules schedules) {
        Parties parties = parties(locationId, location, treatmentId, treatment, therapistId, therapist, startsAt, now);
        if (startsAt.isBefore(policy.earliestStart(now))) {
            throw new BookingRejectedException(Reason.OUTSIDE_BOOKING_WINDOW, "startsAt",
                    "The location needs at least " + policy.minimumNotice().toMinutes() + " minutes' notice");
        }
        if (!startsAt.isBefore(policy.startsBefore(now))) {
            throw new BookingRejectedException(Reason.OUTSIDE_BOOKING_WINDOW, "startsAt",
                    "The location takes bookings at most " + policy.bookingHorizon().toDays() + " days ahead");
        }
        return slotInSchedule(parties, startsAt, schedules);
    }

    /**
     * Like {@link #slotFor}, for a slot a waitlist offer has held for the client: the booking window was
     * checked when the offer was made, and the hold must not run out of minimum notice while the client
     * decides. Everything else (the directory, the start in the future, the therapist's hours and time off)
     * is judged again, since it may have changed during the hold.
     */
    public static Slot heldSlotFor(UUID locationId, Optional<Location> location, UUID treatmentId,
            Optional<Treatment> treatment, UUID therapistId, Optional<Therapist> therapist, Instant startsAt, Instant now,
            Schedules schedules) {
        Parties parties = parties(locationId, location, treatmentId, treatment, therapistId, therapist, startsAt, now);
        return slotInSchedule(parties, startsAt, schedules);
    }

    private static Parties parties(UUID locationId, Optional<Location> location, UUID treatmentId,
            Optional<Treatment> treatment, UUID therapistId, Optional<Therapist> therapist, Instant startsAt, Instant now) {
        Location place = bookable("locationId", "Location", locationId, location.filter(Location::active));
        Treatment what = bookable("treatmentId", "Treatment", treatmentId, treatment.filter(Treatment::active));
        Therapist who = bookable("therapistId", "Therapist", therapistId, therapist.filter(Therapist::active));
        if (!who.worksAt(locationId)) {
            throw new BookingRejectedException(Reason.NOT_OFFERED, "therapistId",
                    "Therapist " + therapistId + " does not work at location " + locationId);
        }
        if (!who.offers(treatmentId)) {
            throw new BookingRejectedException(Reason.NOT_OFFERED, "therapistId",
                    "Therapist " + therapistId + " does not offer treatment " + treatmentId);
        }
        if (!startsAt.isAfter(now)) {
            throw new BookingRejectedException(Reason.IN_THE_PAST, "startsAt", "The appointment must start in the future");
        }
        return new Parties(place, what, who);
    }

    private static Slot slotInSchedule(Parties parties, Instant startsAt, Schedules schedules) {
        Treatment what = parties.treatment();
        Instant endsAt = startsAt.plus(what.duration());
        Slot slot = new Slot(parties.therapist().id(), startsAt, endsAt, endsAt.plus(what.buffer()));
        TherapistSchedule schedule = schedules.around(parties.location(), parties.therapist(),
                new Interval(slot.startsAt(), slot.blockedUntil()));
        return switch (AvailabilityEngine.fit(schedule, startsAt, what.duration(), what.buffer())) {
            case OUTSIDE_WORKING_HOURS -> throw new BookingRejectedException(Reason.OUTSIDE_WORKING_HOURS, "startsAt",
                    "The therapist does not see clients at this location for the whole session (working or extra hours, "
                            + "within the location's opening hours)");
            case UNAVAILABLE -> throw new BookingRejectedException(Reason.THERAPIST_UNAVAILABLE, "startsAt",
                    "The therapist is away (time off) during the session or the buffer after it");
            case BUSY -> throw new SlotTakenException(slot);
            case FREE -> slot;
        };
    }

    private static <T> T bookable(String field, String what, UUID id, Optional<T> entity) {
        return entity.orElseThrow(() -> new BookingRejectedException(Reason.NOT_BOOKABLE, field,
                what + " " + id + " does not exist or does not take bookings"));
    }

    private record Parties(Location location, Treatment treatment, Therapist therapist) {
    }
}
