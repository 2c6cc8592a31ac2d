package com.clinicnetwork.booking.availability;

/** Whether a wanted session fits a therapist's schedule, and if not, the first reason why not. */
public enum SessionFit {
    FREE,
    /** Not inside one block of working hours (weekly or extra hours, cut to the location's opening hours). */
    OUTSIDE_WORKING_HOURS,
    /** The session or its buffer overlaps the therapist's time off. */
    UNAVAILABLE,
    /** The session or its buffer overlaps an appointment or a held waitlist offer. */
    BUSY
}
