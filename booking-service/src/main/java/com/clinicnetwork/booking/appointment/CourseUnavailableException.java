package com.clinicnetwork.booking.appointment;

import java.time.Instant;
import java.util.List;

/** Some sessions of a course cannot be booked, so none is. */
public class CourseUnavailableException extends RuntimeException {

    /**
     * @param reason {@code slot-taken} or {@code not-bookable} (outside working hours, the booking window, ...)
     */
    public record Occurrence(Instant startsAt, String reason, String detail) {
    }

    private final List<Occurrence> unavailable;

    CourseUnavailableException(List<Occurrence> unavailable) {
        super(unavailable.size() + " sessions of the course cannot be booked", null, false, false);
        this.unavailable = List.copyOf(unavailable);
    }

    public List<Occurrence> unavailable() {
        return unavailable;
    }
}
