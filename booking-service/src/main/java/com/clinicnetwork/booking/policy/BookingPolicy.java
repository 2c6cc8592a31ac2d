package com.clinicnetwork.booking.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A location's booking rules.
 *
 * @param minimumNotice          how long before its start an appointment can still be booked or moved to
 * @param bookingHorizon         how far ahead clients can book
 * @param slotInterval           the step between offered start times, counted from the start of a working block
 * @param lateCancellationWindow a cancellation this close to the start is flagged as late
 */
public record BookingPolicy(Duration minimumNotice, Duration bookingHorizon, Duration slotInterval,
        Duration lateCancellationWindow) {

    public BookingPolicy {
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        Objects.requireNonNull(bookingHorizon, "bookingHorizon");
        Objects.requireNonNull(slotInterval, "slotInterval");
        Objects.requireNonNull(lateCancellationWindow, "lateCancellationWindow");
        if (minimumNotice.isNegative() || lateCancellationWindow.isNegative()) {
            throw new IllegalArgumentException("notice and late-cancellation window must not be negative");
        }
        if (bookingHorizon.compareTo(Duration.ZERO) <= 0 || slotInterval.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("horizon and slot interval must be positive");
        }
    }

    /** The earliest start a booking made at {@code now} may have. */
    public Instant earliestStart(Instant now) {
        return now.plus(minimumNotice);
    }

    /** Starts must lie before this instant: the horizon is exclusive. */
    public Instant startsBefore(Instant now) {
        return now.plus(bookingHorizon);
    }

    /** Whether cancelling at {@code cancelledAt} an appointment that starts at {@code startsAt} counts as late. */
    public boolean isLateCancellation(Instant startsAt, Instant cancelledAt) {
        return cancelledAt.isAfter(startsAt.minus(lateCancellationWindow));
    }
}
