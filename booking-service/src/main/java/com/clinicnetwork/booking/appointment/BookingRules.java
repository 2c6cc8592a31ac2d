package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.appointment.BookingRejectedException.Reason;
import com.clinicnetwork.booking.availability.AvailabilityEngine;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Therapist;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.policy.BookingPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a slot may be booked, judged against the directory read model and the location's policy, from plain values.
 * Whether the therapist works then is the availability engine's rule ({@link AvailabilityEngine#fit}), over the
 * schedule availability itself is computed from, so a booking can take exactly the times a search offers (at any
 * minute, not only on the slot grid). Overlap with other appointments and held offers is not checked here: the
 * therapist's calendar lock and the database's exclusion constraint decide that atomically.
 */
public final class BookingRules {

    private BookingRules() {
    }

    /**
     * @return the three, if all exist and take bookings, and the therapist works at the location and offers the treatment
     * @throws BookingRejectedException naming the first request field that rules the booking out
     */
    public static BookingParties bookable(UUID locationId, Optional<Location> location, UUID treatmentId,
            Optional<Treatment> treatment, UUID therapistId, Optional<Therapist> therapist) {
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
        return new BookingParties(place, what, who);
    }

    /**
     * @return the slot a booking at {@code startsAt} would occupy
     * @throws BookingRejectedException naming the request field that rules the booking out
     * @throws SlotTakenException if the schedule's busy time overlaps the slot
     */
    public static Slot slotFor(BookingContext context, Instant startsAt, BookingPolicy policy, Instant now) {
        requireFuture(startsAt, now);
        if (startsAt.isBefore(policy.earliestStart(now))) {
            throw new BookingRejectedException(Reason.OUTSIDE_BOOKING_WINDOW, "startsAt",
                    "The location needs at least " + policy.minimumNotice().toMinutes() + " minutes' notice");
        }
        if (!startsAt.isBefore(policy.startsBefore(now))) {
            throw new BookingRejectedException(Reason.OUTSIDE_BOOKING_WINDOW, "startsAt",
                    "The location takes bookings at most " + policy.bookingHorizon().toDays() + " days ahead");
        }
        return slotInSchedule(context, startsAt);
    }

    /**
     * Like {@link #slotFor}, for a slot a waitlist offer has held for the client: the booking window was checked when
     * the offer was made, and the hold must not run out of minimum notice while the client decides. Everything else
     * (the directory, the start in the future, the therapist's hours and time off) is judged again, since it may have
     * changed during the hold.
     */
    public static Slot heldSlotFor(BookingContext context, Instant startsAt, Instant now) {
        requireFuture(startsAt, now);
        return slotInSchedule(context, startsAt);
    }

    private static void requireFuture(Instant startsAt, Instant now) {
        if (!startsAt.isAfter(now)) {
            throw new BookingRejectedException(Reason.IN_THE_PAST, "startsAt", "The appointment must start in the future");
        }
    }

    private static Slot slotInSchedule(BookingContext context, Instant startsAt) {
        Treatment what = context.parties().treatment();
        Slot slot = context.parties().slotAt(startsAt);
        return switch (AvailabilityEngine.fit(context.schedule(), startsAt, what.duration(), what.buffer())) {
            case OUTSIDE_WORKING_HOURS -> throw new BookingRejectedException(Reason.OUTSIDE_WORKING_HOURS, "startsAt",
                    "The therapist does not see clients at this location for the whole session (working or extra hours, "
                            + "within the location's opening hours)");
            case UNAVAILABLE -> throw new BookingRejectedException(Reason.THERAPIST_UNAVAILABLE, "startsAt",
                    "The therapist is away (time off) during the session or the buffer after it");
            case BUSY -> throw SlotTakenException.collidingWith(slot, Optional.empty());
            case FREE -> slot;
        };
    }

    private static <T> T bookable(String field, String what, UUID id, Optional<T> entity) {
        return entity.orElseThrow(() -> new BookingRejectedException(Reason.NOT_BOOKABLE, field,
                what + " " + id + " does not exist or does not take bookings"));
    }
}
