package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.BookingRejectedException;
import com.clinicnetwork.booking.appointment.RoomTaken;
import com.clinicnetwork.booking.availability.AvailabilityService;
import com.clinicnetwork.booking.availability.FreeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the answer to an unavailable course names: each date that could not be booked, why, and the nearest free starts
 * with the same therapist (and a free room, when the treatment needs one) around it. Looked up after the booking has
 * rolled back.
 */
@Component
class FindAlternatives {

    /** How far either side of an unavailable date alternatives are looked for. */
    private static final Duration AROUND = Duration.ofDays(3);
    private static final int PER_DATE = 3;

    private final AvailabilityService availability;

    FindAlternatives(AvailabilityService availability) {
        this.availability = availability;
    }

    List<UnavailableDate> around(CourseUnavailableException e) {
        SeriesRequest course = e.course();
        return e.unavailable().stream()
                .map(occurrence -> new UnavailableDate(utc(occurrence.startsAt()), reason(occurrence),
                        occurrence.ruledOut().map(BookingRejectedException::detail)
                                .orElse(occurrence.roomTaken() ? "No room the treatment needs is free then."
                                        : "The therapist is already booked then."),
                        availability.nearestFreeSlots(course.locationId(), course.treatmentId(), course.therapistId(),
                                occurrence.startsAt(), AROUND, PER_DATE).stream().map(Alternative::of).toList()))
                .toList();
    }

    private static String reason(CourseUnavailableException.Occurrence occurrence) {
        if (occurrence.ruledOut().isPresent()) {
            return "not-bookable";
        }
        return occurrence.roomTaken() ? RoomTaken.PROBLEM : "slot-taken";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * A date of the course that cannot be booked, why, and free starts near it with the same therapist.
     *
     * @param reason {@code slot-taken}, {@code room-taken} (the therapist is free, no room of the kind the treatment
     *               needs is) or {@code not-bookable} (outside working hours, the booking window, ...)
     */
    record UnavailableDate(OffsetDateTime startsAt, String reason, String detail, List<Alternative> alternatives) {
    }

    record Alternative(UUID therapistId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        static Alternative of(FreeSlot slot) {
            return new Alternative(slot.therapistId(), utc(slot.startsAt()), utc(slot.endsAt()));
        }
    }
}
