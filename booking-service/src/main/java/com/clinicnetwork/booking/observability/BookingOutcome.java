package com.clinicnetwork.booking.observability;

/**
 * The {@code outcome} tag of {@code clinic.bookings}: what became of one booking request, from the HTTP status
 * and the slug of its RFC 9457 problem type. A fixed set, so the metric's label set stays bounded whatever
 * problem types are added later.
 */
enum BookingOutcome {

    /** Booked (or a retry with the same idempotency key answered with the booking). */
    BOOKED("booked"),
    /** The slot, or every room the treatment needs, was taken by another booking. */
    CONFLICT("conflict"),
    OUTSIDE_HOURS("outside-hours"),
    THERAPIST_UNAVAILABLE("therapist-unavailable"),
    OUTSIDE_BOOKING_WINDOW("outside-booking-window"),
    /** Any other invalid or unacceptable request. */
    REJECTED("rejected"),
    /** Not authenticated, or not allowed to book this. */
    DENIED("denied"),
    /** The service could not answer (database outage, bug). */
    ERROR("error");

    private final String tag;

    BookingOutcome(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    /** @param problemSlug last path segment of the problem's {@code type}, or null when the answer is no problem */
    static BookingOutcome of(int status, String problemSlug) {
        if (status >= 200 && status < 300) {
            return BOOKED;
        }
        if (status == 401 || status == 403) {
            return DENIED;
        }
        if (status >= 500) {
            return ERROR;
        }
        if (problemSlug == null) {
            return REJECTED;
        }
        return switch (problemSlug) {
            case "slot-taken", "room-taken" -> CONFLICT;
            case "outside-working-hours" -> OUTSIDE_HOURS;
            case "therapist-unavailable" -> THERAPIST_UNAVAILABLE;
            case "outside-booking-window" -> OUTSIDE_BOOKING_WINDOW;
            default -> REJECTED;
        };
    }
}
