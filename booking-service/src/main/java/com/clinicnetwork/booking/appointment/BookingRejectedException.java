package com.clinicnetwork.booking.appointment;

/**
 * A booking request that the directory, the client records or the clock rule out; {@code field} names the request
 * field at fault.
 */
public class BookingRejectedException extends RuntimeException {

    public enum Reason {
        /** The referenced client, location, treatment or therapist is unknown or no longer active. */
        NOT_BOOKABLE,
        /** Staff book for a client and did not name them. */
        CLIENT_MISSING,
        /** The therapist does not work at the location or does not offer the treatment. */
        NOT_OFFERED,
        IN_THE_PAST,
        /** Too soon (minimum notice) or too far ahead (booking horizon) by the location's policy. */
        OUTSIDE_BOOKING_WINDOW,
        /** Not inside the therapist's working or extra hours at the location, within its opening hours. */
        OUTSIDE_WORKING_HOURS,
        /** The therapist is away (time off) during the session or its buffer. */
        THERAPIST_UNAVAILABLE
    }

    private final Reason reason;
    private final String field;

    public BookingRejectedException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    /** The client a booking names does not exist. */
    public static BookingRejectedException unknownClient() {
        return new BookingRejectedException(Reason.NOT_BOOKABLE, "clientId", "no client with this id");
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    /**
     * The rejection as its problem answer words it, and a course's unavailable date with it: a time the rules refuse
     * speaks for itself, a value the request got wrong is named by its field.
     */
    public String detail() {
        return switch (reason) {
            case OUTSIDE_BOOKING_WINDOW, OUTSIDE_WORKING_HOURS, THERAPIST_UNAVAILABLE -> getMessage();
            case NOT_BOOKABLE, CLIENT_MISSING, NOT_OFFERED, IN_THE_PAST -> field + ": " + getMessage();
        };
    }
}
