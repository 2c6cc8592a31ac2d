package com.clinicnetwork.booking.series;

import com.clinicnetwork.booking.appointment.BookingRejectedException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Some sessions of a course cannot be booked, so none is; thrown inside the booking's transaction, which rolls back. */
class CourseUnavailableException extends RuntimeException {

    /**
     * A session that cannot be booked.
     *
     * @param ruledOut  why the booking rules refuse its time; empty when the rules allow it but the time is taken
     * @param roomTaken whether the therapist is free but no room the treatment needs is (rather than the therapist taken)
     */
    record Occurrence(Instant startsAt, Optional<BookingRejectedException> ruledOut, boolean roomTaken) {

        static Occurrence taken(Instant startsAt) {
            return new Occurrence(startsAt, Optional.empty(), false);
        }

        static Occurrence roomTaken(Instant startsAt) {
            return new Occurrence(startsAt, Optional.empty(), true);
        }

        static Occurrence ruledOut(Instant startsAt, BookingRejectedException rejection) {
            return new Occurrence(startsAt, Optional.of(rejection), false);
        }
    }

    private final SeriesRequest course;
    private final List<Occurrence> unavailable;

    CourseUnavailableException(SeriesRequest course, List<Occurrence> unavailable) {
        super(unavailable.size() + " sessions of the course cannot be booked", null, false, false);
        this.course = course;
        this.unavailable = List.copyOf(unavailable);
    }

    /** The course that was asked for. */
    SeriesRequest course() {
        return course;
    }

    List<Occurrence> unavailable() {
        return unavailable;
    }
}
