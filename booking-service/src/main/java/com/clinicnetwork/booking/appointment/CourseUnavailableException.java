package com.clinicnetwork.booking.appointment;

import java.time.Instant;
import java.util.List;

/** Some sessions of a course cannot be booked, so none is; thrown inside the booking's transaction, which rolls back. */
public class CourseUnavailableException extends RuntimeException {

    /**
     * @param reason {@code slot-taken} or {@code not-bookable} (outside working hours, the booking window, ...)
     */
    public record Occurrence(Instant startsAt, String reason, String detail) {
    }

    private final Course course;
    private final List<Occurrence> unavailable;

    CourseUnavailableException(Course course, List<Occurrence> unavailable) {
        super(unavailable.size() + " sessions of the course cannot be booked", null, false, false);
        this.course = course;
        this.unavailable = List.copyOf(unavailable);
    }

    /** The course that was asked for. */
    public Course course() {
        return course;
    }

    public List<Occurrence> unavailable() {
        return unavailable;
    }
}
