package com.clinicnetwork.booking.appointment;

import com.clinicnetwork.booking.appointment.BookingRejectedException.Reason;
import com.clinicnetwork.booking.directory.Location;
import com.clinicnetwork.booking.directory.Therapist;
import com.clinicnetwork.booking.directory.Treatment;
import com.clinicnetwork.booking.directory.WorkingHours;
import com.clinicnetwork.booking.policy.BookingPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a slot may be booked, judged against the directory read model alone. Overlap with other
 * appointments is not checked here: the database's exclusion constraint decides that atomically.
 */
public final class BookingRules {

    private BookingRules() {
    }

    /**
     * @return the slot the booking would occupy
     * @throws BookingRejectedException naming the first request field that rules the booking out
     */
    public static Slot slotFor(UUID locationId, Optional<Location> location, UUID treatmentId, Optional<Treatment> treatment,
            UUID therapistId, Optional<Therapist> therapist, Instant startsAt, BookingPolicy policy, Instant now) {
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
        if (startsAt.isBefore(policy.earliestStart(now))) {
            throw new BookingRejectedException(Reason.OUTSIDE_BOOKING_WINDOW, "startsAt",
                    "The location needs at least " + policy.minimumNotice().toMinutes() + " minutes' notice");
        }
        if (!startsAt.isBefore(policy.startsBefore(now))) {
            throw new BookingRejectedException(Reason.OUTSIDE_BOOKING_WINDOW, "startsAt",
                    "The location takes bookings at most " + policy.bookingHorizon().toDays() + " days ahead");
        }
        Instant endsAt = startsAt.plus(what.duration());
        if (!withinWorkingHours(who.workingHoursAt(locationId), place, startsAt, endsAt)) {
            throw new BookingRejectedException(Reason.OUTSIDE_WORKING_HOURS, "startsAt",
                    "The therapist does not work at this location for the whole session");
        }
        return new Slot(therapistId, startsAt, endsAt, endsAt.plus(what.buffer()));
    }

    /**
     * Whether [start, end) lies inside one weekly block, with the block's wall-clock times placed on the
     * location's calendar day. Converting each block through the location's zone on that very date (rather
     * than applying a fixed offset) keeps the check right on the days the clocks change.
     */
    static boolean withinWorkingHours(List<WorkingHours> blocks, Location location, Instant start, Instant end) {
        LocalDate day = start.atZone(location.timeZone()).toLocalDate();
        return blocks.stream()
                .filter(block -> block.dayOfWeek() == day.getDayOfWeek())
                .anyMatch(block -> {
                    Instant opens = ZonedDateTime.of(day, block.startsAt(), location.timeZone()).toInstant();
                    Instant closes = ZonedDateTime.of(day, block.endsAt(), location.timeZone()).toInstant();
                    return !start.isBefore(opens) && !end.isAfter(closes);
                });
    }

    private static <T> T bookable(String field, String what, UUID id, Optional<T> entity) {
        return entity.orElseThrow(() -> new BookingRejectedException(Reason.NOT_BOOKABLE, field,
                what + " " + id + " does not exist or does not take bookings"));
    }
}
